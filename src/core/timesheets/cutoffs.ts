import { DateTime } from "luxon";
import { addDays, type IsoDate } from "../calendar/iso-date";
import type { RelativeDeadline, TimesheetPolicy } from "./timesheet-policy";

/** The instant of a deadline relative to a workweek's last day, in the client's IANA time zone. */
export function deadlineInstant(weekEnd: IsoDate, deadline: RelativeDeadline, timeZone: string): Date {
  const day = addDays(weekEnd, deadline.daysAfterWeekEnd);
  const local = DateTime.fromISO(`${day}T${deadline.time}`, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`invalid deadline ${day}T${deadline.time} in ${timeZone}`);
  return local.toJSDate();
}

/** When each reminder and the escalation of a workweek are due. */
export type TimesheetSchedule = {
  submissionCutoff: Date;
  approvalCutoff: Date;
  employeeReminderAt: Date;
  managerReminderAt: Date;
  escalationAt: Date;
};

/**
 * The reminder and escalation times for the workweek ending `weekEnd`, from the client's policy:
 * employees `employeeReminderLeadHours` before the submission cutoff, managers
 * `managerReminderLeadHours` before the approval (payroll) cutoff, escalation `escalationLeadHours`
 * before it.
 */
export function timesheetSchedule(
  weekEnd: IsoDate,
  policy: TimesheetPolicy,
  timeZone: string,
): TimesheetSchedule {
  const submissionCutoff = deadlineInstant(weekEnd, policy.submissionCutoff, timeZone);
  const approvalCutoff = deadlineInstant(weekEnd, policy.approvalCutoff, timeZone);
  const before = (at: Date, hours: number) => new Date(at.getTime() - hours * 3_600_000);
  return {
    submissionCutoff,
    approvalCutoff,
    employeeReminderAt: before(submissionCutoff, policy.employeeReminderLeadHours),
    managerReminderAt: before(approvalCutoff, policy.managerReminderLeadHours),
    escalationAt: before(approvalCutoff, policy.escalationLeadHours),
  };
}

/** The calendar date of an instant in a time zone ("today" for the client or the employee). */
export function localDate(at: Date, timeZone: string): IsoDate {
  return DateTime.fromJSDate(at, { zone: timeZone }).toISODate()!;
}
