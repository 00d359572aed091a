import type { Actor } from "../../core/policy/actor";
import { workweekOf } from "../../core/timesheets/workweek";
import { requireEmployeeActor, type TimesheetDeps } from "./deps";
import { listPendingApprovals, type PendingTimesheet } from "./list-pending-approvals";

export type BulkApprovalPreview = {
  weekStart: string;
  count: number;
  totalHours: string;
  timesheets: PendingTimesheet[];
  /** What the confirmation asks: "Approve 6 timesheets (243.5 hours) for the week of 2026-11-22?" */
  question: string;
};

/**
 * "Approve all for my team this week": what would be approved — count and total hours — shown before
 * anything changes. The confirmation carries exactly these timesheet ids and submissions.
 */
export async function previewBulkApproval(
  deps: TimesheetDeps,
  actor: Actor,
  input: { date: string },
): Promise<BulkApprovalPreview> {
  const me = requireEmployeeActor(actor);
  const client = await deps.timesheets.findClient(me.clientId);
  const week = workweekOf(input.date, client?.workweekStartDay ?? 0);
  const pending = await listPendingApprovals(deps, actor, { weekStart: week.start });
  const { timesheets: count, hours } = pending.totals;
  return {
    weekStart: week.start,
    count,
    totalHours: hours,
    timesheets: pending.timesheets,
    question:
      count === 0
        ? `No timesheets wait for your approval for the week of ${week.start}.`
        : `Approve ${count} timesheet${count === 1 ? "" : "s"} (${hours} hours) for the week of ${week.start}?`,
  };
}
