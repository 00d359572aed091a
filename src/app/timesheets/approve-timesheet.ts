import type { Actor } from "../../core/policy/actor";
import { type DecideTimesheetResult, decideTimesheet } from "./decide-timesheet";
import type { TimesheetDeps } from "./deps";

/**
 * Approve a submitted timesheet. Two clicks, a retry or two approvers at once yield one approval;
 * the others get `outcome: "already"` with "Already approved by <name> at <time>".
 */
export function approveTimesheet(
  deps: TimesheetDeps,
  actor: Actor,
  input: { timesheetId: string; submission?: number; requestId?: string },
): Promise<DecideTimesheetResult> {
  return decideTimesheet(deps, actor, { ...input, decision: "approved" });
}
