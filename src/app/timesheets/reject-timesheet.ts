import type { Actor } from "../../core/policy/actor";
import { type DecideTimesheetResult, decideTimesheet } from "./decide-timesheet";
import type { TimesheetDeps } from "./deps";

/** Reject a submitted timesheet with a reason (required); the employee is notified with it. */
export function rejectTimesheet(
  deps: TimesheetDeps,
  actor: Actor,
  input: { timesheetId: string; reason: string; submission?: number; requestId?: string },
): Promise<DecideTimesheetResult> {
  return decideTimesheet(deps, actor, { ...input, decision: "rejected" });
}
