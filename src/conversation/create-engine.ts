import type { Clock } from "../core/clock";
import type { Logger } from "../log/logger";
import type { CaseDesk, CaseRelay } from "./case-desk";
import type { IntentClassifier } from "./classifier";
import { type Command, CommandRegistry } from "./commands";
import type { Dialog } from "./dialog";
import { DialogRegistry } from "./dialog-registry";
import { builtInDialogs } from "./dialogs/index";
import { createSensitiveReportDialog } from "./dialogs/sensitive-report";
import type { ConversationDeps, EngineOptions, FeedbackRecorder } from "./engine";
import type { ConversationStore } from "./store";

/**
 * Wires the engine's dependencies for a composition root (serve, playground, tests): the built-in
 * dialogs plus the domain dialogs and commands given. Production passes
 * `new PrismaConversationStore(db.prisma)` as the store and `createIntentClassifier(env, logger)`.
 */
export function createConversationDeps(input: {
  store: ConversationStore;
  clock: Clock;
  classifier: IntentClassifier;
  caseDesk: CaseDesk;
  caseRelay?: CaseRelay;
  feedback?: FeedbackRecorder;
  logger: Logger;
  dialogs?: readonly Dialog[];
  // biome-ignore lint/suspicious/noExplicitAny: commands of any argument schema.
  commands?: readonly Command<any>[];
  options?: Partial<EngineOptions>;
  /** The client's employee assistance program, for crisis replies (absent = the general line). */
  assistanceProgram?: (clientId: string) => Promise<string | null>;
}): ConversationDeps {
  const lookup = input.assistanceProgram;
  const builtIns = lookup
    ? builtInDialogs.map((d) =>
        d.intent === "sensitive_report" ? createSensitiveReportDialog({ assistanceProgram: lookup }) : d,
      )
    : builtInDialogs;
  return {
    store: input.store,
    clock: input.clock,
    classifier: input.classifier,
    caseDesk: input.caseDesk,
    ...(input.caseRelay ? { caseRelay: input.caseRelay } : {}),
    ...(input.feedback ? { feedback: input.feedback } : {}),
    logger: input.logger.child({ component: "conversation" }),
    dialogs: new DialogRegistry([...builtIns, ...(input.dialogs ?? [])]),
    commands: new CommandRegistry(input.commands ?? []),
    ...(input.options ? { options: input.options } : {}),
  };
}
