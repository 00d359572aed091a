import type { Actor } from "../../core/policy/actor";
import { formatHours, sumHours } from "../../core/timesheets/hours";
import { isDomainError } from "../../errors/domain-error";
import { type DecideTimesheetResult, decideTimesheet } from "./decide-timesheet";
import type { TimesheetDeps } from "./deps";

export type BulkApproveResult = {
  approved: DecideTimesheetResult[];
  /** Decided by someone else first: "Already approved by …". */
  already: DecideTimesheetResult[];
  /** Refused or changed since the preview (one line each, safe to show). */
  failed: { timesheetId: string; message: string }[];
  summary: string;
};

/**
 * Approve the timesheets of a confirmed preview (`previewBulkApproval`), each one its own idempotent
 * decision: a timesheet changed since the preview (new submission) is not approved blindly.
 */
export async function bulkApproveTimesheets(
  deps: TimesheetDeps,
  actor: Actor,
  input: { items: { timesheetId: string; submission: number }[]; requestId?: string },
): Promise<BulkApproveResult> {
  const approved: DecideTimesheetResult[] = [];
  const already: DecideTimesheetResult[] = [];
  const failed: { timesheetId: string; message: string }[] = [];
  for (const item of input.items) {
    try {
      const result = await decideTimesheet(deps, actor, {
        timesheetId: item.timesheetId,
        submission: item.submission,
        decision: "approved",
        ...(input.requestId ? { requestId: `${input.requestId}:${item.timesheetId}` } : {}),
      });
      (result.outcome === "already" ? already : approved).push(result);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      failed.push({ timesheetId: item.timesheetId, message: error.userMessage });
    }
  }
  const hours = formatHours(sumHours(approved.map((r) => r.totalHours)));
  const parts = [
    `Approved ${approved.length} timesheet${approved.length === 1 ? "" : "s"} (${hours} hours).`,
  ];
  if (already.length) parts.push(`${already.length} were already decided.`);
  if (failed.length) parts.push(`${failed.length} could not be approved.`);
  return { approved, already, failed, summary: parts.join(" ") };
}
