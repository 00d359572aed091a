import type { Actor } from "../../core/policy/actor";
import { formatHours, sumHours } from "../../core/timesheets/hours";
import type { TimesheetStatus } from "../../core/timesheets/timesheet-status";
import type { TimesheetDecisionRecord } from "../../db/timesheet-repository";
import { requireEmployeeActor, type TimesheetDeps } from "./deps";

export type SubmissionSummary = {
  timesheetId: string;
  weekStart: string;
  status: TimesheetStatus;
  totalHours: string;
  submittedAt: Date | null;
  decision: TimesheetDecisionRecord | null;
};

/** The status of the acting employee's last submitted weeks, newest first. */
export async function listMySubmissions(
  deps: TimesheetDeps,
  actor: Actor,
  input: { limit?: number } = {},
): Promise<SubmissionSummary[]> {
  const me = requireEmployeeActor(actor);
  const sheets = await deps.timesheets.listRecentForEmployee(me.employeeId, Math.min(input.limit ?? 5, 26));
  return sheets.map((t) => ({
    timesheetId: t.id,
    weekStart: t.weekStart,
    status: t.status,
    totalHours: formatHours(sumHours(t.days.map((d) => d.hours))),
    submittedAt: t.submittedAt,
    decision: t.decision,
  }));
}
