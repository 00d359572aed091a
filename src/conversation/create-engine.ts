import type { Clock } from "../core/clock";
import type { Logger } from "../log/logger";
import type { CaseDesk, CaseRelay } from "./case-desk";
import type { IntentClassifier } from "./classifier";
import { type Command, CommandRegistry } from "./commands";
import type { Dialog } from "./dialog";
import { DialogRegistry } from "./dialog-registry";
import type { ConversationDeps, EngineOptions, FeedbackRecorder } from "./engine";
import { lazySafetyReader, type SafetyReader } from "./offline/safety-classifier";
import type { ConversationStore } from "./store";

/**
 * Wires the engine's dependencies for a composition root (serve, playground, tests) from the dialogs
 * and commands given. The engine imports no dialog of its own beyond the fallback: which dialogs a
 * deployment answers with is decided by the caller (`assembleDialogs` in `src/app/dialogs.ts`), so the
 * engine never reaches into the use cases those dialogs call. Production passes
 * `new PrismaConversationStore(db.prisma)` as the store and `createIntentClassifier(env, logger)`.
 * The learned safety reader (decision 0052) is always wired: the shipped classifier, trained once per
 * process on the first message, unless the caller passes another reader.
 */
export function createConversationDeps(input: {
  store: ConversationStore;
  clock: Clock;
  classifier: IntentClassifier;
  caseDesk: CaseDesk;
  caseRelay?: CaseRelay;
  feedback?: FeedbackRecorder;
  /** The learned safety reader; the shipped one (`lazySafetyReader`) when left out. */
  safety?: SafetyReader;
  logger: Logger;
  /** Every dialog of the deployment, built-ins included; an intent left out gets the fallback. */
  dialogs: readonly Dialog[];
  // biome-ignore lint/suspicious/noExplicitAny: commands of any argument schema.
  commands?: readonly Command<any>[];
  options?: Partial<EngineOptions>;
}): ConversationDeps {
  return {
    store: input.store,
    clock: input.clock,
    classifier: input.classifier,
    caseDesk: input.caseDesk,
    ...(input.caseRelay ? { caseRelay: input.caseRelay } : {}),
    ...(input.feedback ? { feedback: input.feedback } : {}),
    safety: input.safety ?? lazySafetyReader,
    logger: input.logger.child({ component: "conversation" }),
    dialogs: new DialogRegistry(input.dialogs),
    commands: new CommandRegistry(input.commands ?? []),
    ...(input.options ? { options: input.options } : {}),
  };
}
