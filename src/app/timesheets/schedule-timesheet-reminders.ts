import { addDays } from "../../core/calendar/iso-date";
import { localDate, timesheetSchedule } from "../../core/timesheets/cutoffs";
import { workweekOf } from "../../core/timesheets/workweek";
import { DomainError } from "../../errors/domain-error";
import { clientTimePolicies } from "./client-settings.schema";
import type { TimesheetDeps } from "./deps";

export type ScheduledReminder = {
  kind: "employee_reminder" | "manager_reminder" | "escalation";
  weekStart: string;
  at: Date;
};

/**
 * Plan the delayed reminder and escalation jobs of a client's workweek (default: the current week and
 * the week just ended, in the client's time zone) at the times its policy sets. Jobs whose time has
 * passed by more than the approval cutoff are not planned; ones just due run now.
 */
export async function scheduleTimesheetReminders(
  deps: Pick<TimesheetDeps, "timesheets" | "jobs" | "clock">,
  input: { clientId: string; weekStart?: string },
): Promise<ScheduledReminder[]> {
  const client = await deps.timesheets.findClient(input.clientId);
  if (!client) throw new DomainError("record.not_found", `client ${input.clientId} not found`);
  const policies = clientTimePolicies(client.settings);
  const now = deps.clock.now();
  const current = workweekOf(localDate(now, client.timezone), client.workweekStartDay);
  const weeks = input.weekStart
    ? [workweekOf(input.weekStart, client.workweekStartDay)]
    : [workweekOf(addDays(current.start, -7), client.workweekStartDay), current];
  const planned: ScheduledReminder[] = [];
  for (const week of weeks) {
    const schedule = timesheetSchedule(week.end, policies.timesheets, client.timezone);
    if (schedule.approvalCutoff.getTime() < now.getTime()) continue;
    const items: ScheduledReminder[] = [
      { kind: "employee_reminder", weekStart: week.start, at: schedule.employeeReminderAt },
      { kind: "manager_reminder", weekStart: week.start, at: schedule.managerReminderAt },
      { kind: "escalation", weekStart: week.start, at: schedule.escalationAt },
    ];
    for (const item of items) {
      await deps.jobs.scheduleReminder({ ...item, clientId: client.id });
      planned.push(item);
    }
  }
  return planned;
}
