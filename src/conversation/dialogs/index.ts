import type { Dialog } from "../dialog";
import { greetingHelpDialog } from "./greeting-help";
import { leaveOfAbsenceDialog } from "./leave-of-absence";
import { outOfScopeDialog } from "./out-of-scope";
import { sensitiveReportDialog } from "./sensitive-report";
import { talkToHumanDialog } from "./talk-to-human";

/**
 * The dialogs that need no domain service. Domain dialogs (PTO, timesheets, benefits…) are factories
 * taking their services; the composition root adds them: `new DialogRegistry([...builtInDialogs, …])`.
 */
export const builtInDialogs: readonly Dialog[] = [
  greetingHelpDialog,
  outOfScopeDialog,
  talkToHumanDialog,
  sensitiveReportDialog,
  leaveOfAbsenceDialog,
];
