import type { Actor } from "../../core/policy/actor";
import { formatHours, sumHours } from "../../core/timesheets/hours";
import type { TimesheetStatus } from "../../core/timesheets/timesheet-status";
import { dayPtoHours } from "../../core/timesheets/validate-timesheet";
import { workweekOf } from "../../core/timesheets/workweek";
import { requireEmployeeActor, type TimesheetDeps } from "./deps";
import { decidableEmployees } from "./list-pending-approvals";

export type TeamSummary = {
  weekStart: string;
  members: {
    employeeId: string;
    name: string;
    status: TimesheetStatus | "not_started";
    totalHours: string;
    ptoHours: string;
  }[];
  counts: Record<TimesheetStatus | "not_started", number>;
  totalHours: string;
};

/** A manager's (or delegate's, or client admin's) team for one week: who submitted, hours, PTO. */
export async function getTeamSummary(
  deps: TimesheetDeps,
  actor: Actor,
  input: { date: string },
): Promise<TeamSummary> {
  const me = requireEmployeeActor(actor);
  const client = await deps.timesheets.findClient(me.clientId);
  const week = workweekOf(input.date, client?.workweekStartDay ?? 0);
  const team = await decidableEmployees(deps, actor);
  const sheets = await deps.timesheets.listTimesheets({
    clientId: me.clientId,
    employeeIds: team.map((t) => t.employee.id),
    weekStart: week.start,
  });
  const counts: TeamSummary["counts"] = {
    not_started: 0,
    draft: 0,
    submitted: 0,
    resubmitted: 0,
    approved: 0,
    rejected: 0,
  };
  const members = team.map(({ employee }) => {
    const sheet = sheets.find((s) => s.employeeId === employee.id);
    const status: TimesheetStatus | "not_started" = sheet?.status ?? "not_started";
    counts[status] += 1;
    return {
      employeeId: employee.id,
      name: employee.name,
      status,
      totalHours: formatHours(sumHours(sheet?.days.map((d) => d.hours) ?? [])),
      ptoHours: formatHours(sumHours(sheet?.days.map((d) => dayPtoHours(d)) ?? [])),
    };
  });
  return {
    weekStart: week.start,
    members,
    counts,
    totalHours: formatHours(sumHours(members.map((m) => m.totalHours))),
  };
}
