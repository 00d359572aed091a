import type { Hours } from "./hours";

/** A deadline relative to the end of a workweek, in the client's time zone. */
export type RelativeDeadline = {
  /** Calendar days after the last day of the workweek (0 = on the last day). */
  daysAfterWeekEnd: number;
  /** Local wall-clock time "HH:MM" in the client's time zone. */
  time: string;
};

/**
 * A client's timesheet policy, stored in `ClientEmployer.settings.timesheets` (validated at the edge
 * by `ClientSettingsSchema`); every field optional there, defaults below.
 *
 * ```json
 * { "timesheets": {
 *     "standardDayHours": "8",
 *     "submissionCutoff": { "daysAfterWeekEnd": 1, "time": "12:00" },
 *     "approvalCutoff":   { "daysAfterWeekEnd": 2, "time": "12:00" },
 *     "employeeReminderLeadHours": 24,
 *     "managerReminderLeadHours": 24,
 *     "escalationLeadHours": 4 } }
 * ```
 * - `submissionCutoff`: employees must submit the week by then; reminders go out
 *   `employeeReminderLeadHours` before it to everyone whose week is not submitted.
 * - `approvalCutoff` is the payroll cutoff: managers are reminded `managerReminderLeadHours` before it
 *   of timesheets still pending, and `escalationLeadHours` before it anything still pending escalates
 *   to the manager's manager (or the client admins when there is none).
 */
export type TimesheetPolicy = {
  /** A scheduled workday: approved PTO on a day plus worked hours may not exceed it. */
  standardDayHours: Hours;
  submissionCutoff: RelativeDeadline;
  approvalCutoff: RelativeDeadline;
  employeeReminderLeadHours: number;
  managerReminderLeadHours: number;
  escalationLeadHours: number;
};

export const DEFAULT_TIMESHEET_POLICY: TimesheetPolicy = {
  standardDayHours: "8",
  submissionCutoff: { daysAfterWeekEnd: 1, time: "12:00" },
  approvalCutoff: { daysAfterWeekEnd: 2, time: "12:00" },
  employeeReminderLeadHours: 24,
  managerReminderLeadHours: 24,
  escalationLeadHours: 4,
};

/** A client's (already validated) partial timesheet settings merged over the defaults. */
export function resolveTimesheetPolicy(input: Partial<TimesheetPolicy> | undefined): TimesheetPolicy {
  const merged: TimesheetPolicy = { ...DEFAULT_TIMESHEET_POLICY };
  for (const [key, value] of Object.entries(input ?? {})) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
