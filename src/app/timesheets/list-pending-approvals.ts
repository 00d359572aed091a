import { isWithin } from "../../core/calendar/iso-date";
import type { Actor } from "../../core/policy/actor";
import { canDecideApproval } from "../../core/policy/approvals";
import { hasRole } from "../../core/policy/roles";
import { localDate } from "../../core/timesheets/cutoffs";
import { formatHours, sumHours } from "../../core/timesheets/hours";
import { dayPtoHours } from "../../core/timesheets/validate-timesheet";
import type { EmployeeFacts } from "../../db/timesheet-repository";
import { approvalSubject, requireEmployeeActor, type TimesheetDeps } from "./deps";

export type PendingTimesheet = {
  timesheetId: string;
  submission: number;
  employeeId: string;
  employeeName: string;
  weekStart: string;
  weekEnd: string;
  totalHours: string;
  ptoHours: string;
  submittedAt: Date | null;
  via: "manager" | "delegate" | "client_admin";
};

export type PendingPtoRequest = {
  requestId: string;
  employeeId: string;
  employeeName: string;
  type: string;
  startDate: string;
  endDate: string;
  hours: string;
};

export type PendingApprovals = {
  timesheets: PendingTimesheet[];
  ptoRequests: PendingPtoRequest[];
  totals: { timesheets: number; hours: string; ptoRequests: number; ptoHours: string };
};

/**
 * The employees whose time `actor` may decide today: their reports, the reports of managers who
 * named them delegate (active today), or everyone at the client for a client admin — never themselves.
 */
export async function decidableEmployees(
  deps: Pick<TimesheetDeps, "timesheets" | "clock">,
  actor: Actor,
): Promise<{ employee: EmployeeFacts; via: PendingTimesheet["via"] }[]> {
  const me = requireEmployeeActor(actor);
  const client = await deps.timesheets.findClient(me.clientId);
  if (!client) return [];
  const today = localDate(deps.clock.now(), client.timezone);
  const delegations = await deps.timesheets.listDelegations({
    clientId: me.clientId,
    delegateId: me.employeeId,
  });
  const managers = [
    me.employeeId,
    ...delegations.filter((d) => isWithin(today, d.startsOn, d.endsOn)).map((d) => d.managerId),
  ];
  const candidates = hasRole(me, "client_admin")
    ? [
        ...(await deps.timesheets.findByRole(me.clientId, "employee")),
        ...(await deps.timesheets.findByRole(me.clientId, "manager")),
        ...(await deps.timesheets.findByRole(me.clientId, "client_admin")),
      ]
    : await deps.timesheets.findReports(me.clientId, managers);
  const seen = new Set<string>();
  const out: { employee: EmployeeFacts; via: PendingTimesheet["via"] }[] = [];
  for (const employee of candidates) {
    if (seen.has(employee.id)) continue;
    seen.add(employee.id);
    const authority = canDecideApproval({
      actor: me,
      subject: approvalSubject(employee),
      delegations,
      onDate: today,
    });
    if (authority.allowed) out.push({ employee, via: authority.via });
  }
  return out;
}

/** Timesheets and PTO requests waiting for `actor`'s decision, with totals; optionally one week only. */
export async function listPendingApprovals(
  deps: TimesheetDeps,
  actor: Actor,
  input: { weekStart?: string } = {},
): Promise<PendingApprovals> {
  const me = requireEmployeeActor(actor);
  const decidable = await decidableEmployees(deps, actor);
  const byId = new Map(decidable.map((d) => [d.employee.id, d]));
  const ids = [...byId.keys()];
  if (ids.length === 0) {
    return {
      timesheets: [],
      ptoRequests: [],
      totals: { timesheets: 0, hours: "0", ptoRequests: 0, ptoHours: "0" },
    };
  }
  const sheets = await deps.timesheets.listTimesheets({
    clientId: me.clientId,
    employeeIds: ids,
    statuses: ["submitted", "resubmitted"],
    ...(input.weekStart ? { weekStart: input.weekStart } : {}),
  });
  const timesheets = sheets.map((t): PendingTimesheet => {
    const who = byId.get(t.employeeId)!;
    return {
      timesheetId: t.id,
      submission: t.submission,
      employeeId: t.employeeId,
      employeeName: who.employee.name,
      weekStart: t.weekStart,
      weekEnd: t.weekEnd,
      totalHours: formatHours(sumHours(t.days.map((d) => d.hours))),
      ptoHours: formatHours(sumHours(t.days.map((d) => dayPtoHours(d)))),
      submittedAt: t.submittedAt,
      via: who.via,
    };
  });
  const requests = await deps.pto.listRequests({
    clientId: me.clientId,
    employeeIds: ids,
    statuses: ["pending"],
  });
  const ptoRequests = requests.map((r) => ({
    requestId: r.id,
    employeeId: r.employeeId,
    employeeName: byId.get(r.employeeId)!.employee.name,
    type: r.type,
    startDate: r.startDate,
    endDate: r.endDate,
    hours: r.hours,
  }));
  return {
    timesheets,
    ptoRequests,
    totals: {
      timesheets: timesheets.length,
      hours: formatHours(sumHours(timesheets.map((t) => t.totalHours))),
      ptoRequests: ptoRequests.length,
      ptoHours: formatHours(sumHours(ptoRequests.map((r) => r.hours))),
    },
  };
}
