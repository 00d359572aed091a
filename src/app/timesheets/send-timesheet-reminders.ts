import { Decimal } from "../../core/money/decimal";
import { timesheetSchedule } from "../../core/timesheets/cutoffs";
import { formatHours, sumHours } from "../../core/timesheets/hours";
import { workweekStarting } from "../../core/timesheets/workweek";
import type { EmployeeFacts } from "../../db/timesheet-repository";
import { DomainError } from "../../errors/domain-error";
import type { Notification } from "../notifier";
import { clientTimePolicies } from "./client-settings.schema";
import { formatInstant, type TimesheetDeps } from "./deps";
import { pendingApprovalsReminder, submissionReminder } from "./replies";

export type ReminderKind = "employee_reminder" | "manager_reminder" | "escalation";

export type ReminderRun = {
  kind: ReminderKind;
  /** Employee ids notified by this run (not those notified before). */
  notified: string[];
};

/**
 * Send once: claim the notice key first (a concurrent or repeated run finds it claimed), release it if
 * delivery fails so the job's retry sends it.
 */
async function sendOnce(
  deps: Pick<TimesheetDeps, "timesheets" | "notifier" | "clock">,
  key: string,
  clientId: string,
  kind: ReminderKind,
  notification: Notification,
): Promise<boolean> {
  if (!(await deps.timesheets.claimNotice(key, clientId, kind, deps.clock.now()))) return false;
  try {
    await deps.notifier.notify(notification);
  } catch (error) {
    await deps.timesheets.releaseNotice(key);
    throw error;
  }
  return true;
}

/**
 * Run one reminder kind for a client's workweek, looking at the state now:
 * - `employee_reminder`: hourly employees employed that week whose timesheet is not submitted;
 * - `manager_reminder`: each approver (the manager, or the client admins for someone without one) of
 *   timesheets still pending, with count and hours;
 * - `escalation`: for approvals still pending, the manager's manager (or the client admins).
 */
export async function sendTimesheetReminders(
  deps: Pick<TimesheetDeps, "timesheets" | "notifier" | "clock">,
  input: { kind: ReminderKind; clientId: string; weekStart: string },
): Promise<ReminderRun> {
  const client = await deps.timesheets.findClient(input.clientId);
  if (!client) throw new DomainError("record.not_found", `client ${input.clientId} not found`);
  const week = workweekStarting(input.weekStart);
  const policies = clientTimePolicies(client.settings);
  const schedule = timesheetSchedule(week.end, policies.timesheets, client.timezone);
  const notified: string[] = [];

  if (input.kind === "employee_reminder") {
    const employees = await deps.timesheets.findHourlyEmployedDuring(client.id, week.start, week.end);
    const sheets = await deps.timesheets.listTimesheets({ clientId: client.id, weekStart: week.start });
    const done = new Set(
      sheets.filter((s) => s.status !== "draft" && s.status !== "rejected").map((s) => s.employeeId),
    );
    for (const employee of employees.filter((e) => !done.has(e.id))) {
      const sent = await sendOnce(
        deps,
        `employee_reminder-${week.start}-${employee.id}`,
        client.id,
        input.kind,
        {
          recipient: { kind: "employee", employeeId: employee.id },
          reply: submissionReminder({
            weekStart: week.start,
            cutoff: formatInstant(schedule.submissionCutoff, employee.timezone),
            date: week.start,
          }),
          idempotencyKey: `timesheet-employee-reminder-${week.start}-${employee.id}`,
        },
      );
      if (sent) notified.push(employee.id);
    }
    return { kind: input.kind, notified };
  }

  const pending = await deps.timesheets.listTimesheets({
    clientId: client.id,
    weekStart: week.start,
    statuses: ["submitted", "resubmitted"],
  });
  if (pending.length === 0) return { kind: input.kind, notified };
  const employees = new Map(
    (await deps.timesheets.findEmployees(pending.map((p) => p.employeeId))).map((e) => [e.id, e]),
  );
  const admins = await deps.timesheets.findByRole(client.id, "client_admin");
  // Group the pending hours by the approver responsible (the manager; admins when there is none).
  const byManager = new Map<string, { hours: Decimal; count: number }>();
  for (const sheet of pending) {
    const managerId = employees.get(sheet.employeeId)?.managerId ?? "none";
    const group = byManager.get(managerId) ?? { hours: new Decimal(0), count: 0 };
    group.hours = group.hours.plus(sumHours(sheet.days.map((d) => d.hours)));
    group.count += 1;
    byManager.set(managerId, group);
  }
  const managers = new Map(
    (await deps.timesheets.findEmployees([...byManager.keys()].filter((k) => k !== "none"))).map((m) => [
      m.id,
      m,
    ]),
  );
  for (const [managerId, group] of byManager) {
    const manager = managers.get(managerId);
    let recipients: EmployeeFacts[];
    if (input.kind === "manager_reminder") {
      recipients = manager ? [manager] : admins;
    } else {
      const boss = manager?.managerId ? await deps.timesheets.findEmployee(manager.managerId) : null;
      recipients = boss ? [boss] : admins;
    }
    for (const recipient of recipients) {
      const key = `${input.kind}-${week.start}-${managerId}-${recipient.id}`;
      const sent = await sendOnce(deps, key, client.id, input.kind, {
        recipient: { kind: "employee", employeeId: recipient.id },
        reply: pendingApprovalsReminder({
          weekStart: week.start,
          count: group.count,
          totalHours: formatHours(group.hours),
          cutoff: formatInstant(schedule.approvalCutoff, recipient.timezone),
          ...(input.kind === "escalation"
            ? { escalation: { forManager: manager?.name ?? "a manager" } }
            : {}),
        }),
        idempotencyKey: `timesheet-${key}`,
      });
      if (sent) notified.push(recipient.id);
    }
  }
  return { kind: input.kind, notified };
}
