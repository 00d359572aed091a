import type { Actor } from "../../core/policy/actor";
import { canViewTimeOf } from "../../core/policy/approvals";
import { localDate } from "../../core/timesheets/cutoffs";
import { formatHours, sumHours } from "../../core/timesheets/hours";
import type { TimesheetStatus } from "../../core/timesheets/timesheet-status";
import { dayPtoHours, type TimesheetDay } from "../../core/timesheets/validate-timesheet";
import { workweekOf } from "../../core/timesheets/workweek";
import type { TimesheetDecisionRecord } from "../../db/timesheet-repository";
import { DomainError } from "../../errors/domain-error";
import { approvalSubject, loadEmployee, type TimesheetDeps } from "./deps";

export type WeekView = {
  employeeId: string;
  employeeName: string;
  weekStart: string;
  weekEnd: string;
  timesheetId: string | null;
  status: TimesheetStatus | "not_started";
  /** All seven days, zero-filled. */
  days: TimesheetDay[];
  totalHours: string;
  ptoHours: string;
  decision: TimesheetDecisionRecord | null;
};

/** A workweek's timesheet (any date of it), for the employee or someone who may see their time. */
export async function getMyTimesheet(
  deps: TimesheetDeps,
  actor: Actor,
  input: { date: string; employeeId?: string },
): Promise<WeekView> {
  const employeeId = input.employeeId ?? (actor.kind === "employee" ? actor.employeeId : undefined);
  if (!employeeId) throw new DomainError("input.invalid", "timesheet: employeeId is required");
  const employee = await loadEmployee(deps, employeeId);
  const delegations =
    actor.kind === "employee"
      ? await deps.timesheets.listDelegations({ clientId: employee.clientId, delegateId: actor.employeeId })
      : [];
  const visible = canViewTimeOf({
    actor,
    subject: approvalSubject(employee),
    delegations,
    onDate: localDate(deps.clock.now(), employee.client.timezone),
    staffScope:
      actor.kind === "staff"
        ? await deps.timesheets.staffClientScope(actor.staffId, employee.clientId)
        : undefined,
  });
  if (!visible) throw new DomainError("auth.forbidden", "not allowed to see this timesheet");
  const week = workweekOf(input.date, employee.client.workweekStartDay);
  const sheet = await deps.timesheets.findTimesheet(employee.id, week.start);
  const days = week.dates.map((date) => sheet?.days.find((d) => d.date === date) ?? { date, hours: "0" });
  return {
    employeeId: employee.id,
    employeeName: employee.name,
    weekStart: week.start,
    weekEnd: week.end,
    timesheetId: sheet?.id ?? null,
    status: sheet?.status ?? "not_started",
    days,
    totalHours: formatHours(sumHours(days.map((d) => d.hours))),
    ptoHours: formatHours(sumHours(days.map((d) => dayPtoHours(d)))),
    decision: sheet?.decision ?? null,
  };
}
