import { type Actor, auditEntry } from "../../core/policy/actor";
import { canRecordTimeFor } from "../../core/policy/timesheets";
import { formatHours, sumHours } from "../../core/timesheets/hours";
import { transitionTimesheet } from "../../core/timesheets/timesheet-status";
import { dayPtoHours } from "../../core/timesheets/validate-timesheet";
import { workweekOf } from "../../core/timesheets/workweek";
import type { EmployeeFacts, TimesheetRecord } from "../../db/timesheet-repository";
import { DomainError } from "../../errors/domain-error";
import { loadEmployee, type TimesheetDeps } from "./deps";
import { approvalCard } from "./replies";

export type SubmitTimesheetInput = {
  /** Whose timesheet; default the acting employee. */
  employeeId?: string;
  /** Any date of the workweek. */
  date: string;
  requestId?: string;
};

export type SubmitTimesheetResult = {
  /** `already` when this submission was made before (double click, retry): nothing changed. */
  outcome: "submitted" | "already";
  timesheet: TimesheetRecord;
  totalHours: string;
};

/**
 * Submit a week for approval: draft → submitted, rejected → resubmitted. Idempotent: a second click
 * finds the week already submitted and returns `already` without a second submission.
 */
export async function submitTimesheet(
  deps: TimesheetDeps,
  actor: Actor,
  input: SubmitTimesheetInput,
): Promise<SubmitTimesheetResult> {
  const employeeId = input.employeeId ?? (actor.kind === "employee" ? actor.employeeId : undefined);
  if (!employeeId) throw new DomainError("input.invalid", "submit timesheet: employeeId is required");
  const employee = await loadEmployee(deps, employeeId);
  const allowed = canRecordTimeFor({ actor, subject: { employeeId, clientId: employee.clientId } });
  if (!allowed.allowed) throw new DomainError("auth.forbidden", allowed.message);
  const week = workweekOf(input.date, employee.client.workweekStartDay);
  const sheet = await deps.timesheets.findTimesheet(employee.id, week.start);
  const total = (t: TimesheetRecord) => formatHours(sumHours(t.days.map((d) => d.hours)));
  if (!sheet || sheet.days.every((d) => sumHours([d.hours]).isZero() && dayPtoHours(d).isZero())) {
    throw new DomainError("timesheet.not_submittable", `no time recorded for week ${week.start}`, {
      userMessage: `There is no time recorded for the week of ${week.start} yet.`,
    });
  }
  const step = transitionTimesheet(sheet.status, "submit");
  if (!step.ok) {
    if (sheet.status === "submitted" || sheet.status === "resubmitted" || sheet.status === "approved") {
      return { outcome: "already", timesheet: sheet, totalHours: total(sheet) };
    }
    throw new DomainError("timesheet.not_submittable", `timesheet ${sheet.id} is ${sheet.status}`);
  }
  const { submitted, timesheet } = await deps.timesheets.submit({
    id: sheet.id,
    clientId: sheet.clientId,
    from: sheet.status,
    to: step.status,
    submission: sheet.submission,
    at: deps.clock.now(),
    audit: auditEntry(actor, "timesheet.submit", input.requestId),
  });
  if (submitted) await notifyApprovers(deps, employee, timesheet, total(timesheet));
  return { outcome: submitted ? "submitted" : "already", timesheet, totalHours: total(timesheet) };
}

/** Ask the manager (or, without one, the client admins) to decide, with Approve / Reject buttons. */
async function notifyApprovers(
  deps: TimesheetDeps,
  employee: EmployeeFacts,
  timesheet: TimesheetRecord,
  totalHours: string,
): Promise<void> {
  const approverIds = employee.managerId
    ? [employee.managerId]
    : (await deps.timesheets.findByRole(employee.clientId, "client_admin"))
        .map((a) => a.id)
        .filter((id) => id !== employee.id);
  for (const approverId of approverIds) {
    await deps.notifier.notify({
      recipient: { kind: "employee", employeeId: approverId },
      reply: approvalCard({
        timesheetId: timesheet.id,
        submission: timesheet.submission,
        employeeName: employee.name,
        weekStart: timesheet.weekStart,
        totalHours,
        ptoHours: formatHours(sumHours(timesheet.days.map((d) => dayPtoHours(d)))),
      }),
      idempotencyKey: `timesheet-submitted-${timesheet.id}-${timesheet.submission}-${approverId}`,
    });
  }
}
