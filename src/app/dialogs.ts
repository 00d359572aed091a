import type { Dialog } from "../conversation/dialog";
import { greetingHelpDialog } from "../conversation/dialogs/greeting-help";
import { leaveOfAbsenceDialog } from "../conversation/dialogs/leave-of-absence";
import { outOfScopeDialog } from "../conversation/dialogs/out-of-scope";
import { createSensitiveReportDialog, sensitiveReportDialog } from "../conversation/dialogs/sensitive-report";
import { talkToHumanDialog } from "../conversation/dialogs/talk-to-human";

/**
 * The dialogs that need no domain service. Domain dialogs (PTO, timesheets, benefits…) are factories
 * taking their services; they sit beside their use cases and the composition root adds them.
 */
export const builtInDialogs: readonly Dialog[] = [
  greetingHelpDialog,
  outOfScopeDialog,
  talkToHumanDialog,
  sensitiveReportDialog,
  leaveOfAbsenceDialog,
];

/**
 * The dialogs handed to the engine (`createConversationDeps({ dialogs })`): the built-ins, then the
 * domain dialogs given. The list is assembled here rather than in `src/conversation` because app may
 * import both sides, while the engine must not know the use cases the domain dialogs call.
 */
export function assembleDialogs(input: {
  /** Each domain's dialogs, as its wiring factory built them. */
  domain?: readonly Dialog[];
  /** The client's employee assistance program, for crisis replies (absent = the general line). */
  assistanceProgram?: (clientId: string) => Promise<string | null>;
}): Dialog[] {
  const lookup = input.assistanceProgram;
  const builtIns = lookup
    ? builtInDialogs.map((d) =>
        d.intent === "sensitive_report" ? createSensitiveReportDialog({ assistanceProgram: lookup }) : d,
      )
    : builtInDialogs;
  return [...builtIns, ...(input.domain ?? [])];
}
