import type { Clock } from "../../core/clock";
import type { TimesheetRepository } from "../../db/timesheet-repository";

/**
 * The `timesheet.mark-payable` job's work: stamp an approved timesheet as payable for the next payroll
 * run. Idempotent: the conditional update changes nothing the second time.
 */
export async function markTimesheetPayable(
  deps: { timesheets: TimesheetRepository; clock: Clock },
  input: { timesheetId: string },
): Promise<{ marked: boolean }> {
  return { marked: await deps.timesheets.markPayable(input.timesheetId, deps.clock.now()) };
}
