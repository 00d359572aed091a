/**
 * The timesheet approval state machine:
 *
 * ```
 * draft ──submit──> submitted ──approve──> approved (final)
 *                        └────reject──> rejected ──submit──> resubmitted ──approve──> approved
 *                                          ^                      └──reject──> rejected
 * ```
 * Entries may change only in `draft` and `rejected`; a submitted timesheet is locked until decided.
 */
export const TIMESHEET_STATUSES = ["draft", "submitted", "approved", "rejected", "resubmitted"] as const;
export type TimesheetStatus = (typeof TIMESHEET_STATUSES)[number];

export type TimesheetEvent = "edit" | "submit" | "approve" | "reject";

export type TransitionResult =
  | { ok: true; status: TimesheetStatus }
  | { ok: false; reason: "not_editable" | "not_submittable" | "not_pending" | "already_decided" };

const TABLE: Record<TimesheetStatus, Partial<Record<TimesheetEvent, TimesheetStatus>>> = {
  draft: { edit: "draft", submit: "submitted" },
  submitted: { approve: "approved", reject: "rejected" },
  resubmitted: { approve: "approved", reject: "rejected" },
  rejected: { edit: "rejected", submit: "resubmitted" },
  approved: {},
};

/** The status after `event`, or why the event is not allowed in `status`. */
export function transitionTimesheet(status: TimesheetStatus, event: TimesheetEvent): TransitionResult {
  const next = TABLE[status][event];
  if (next) return { ok: true, status: next };
  if (event === "edit") return { ok: false, reason: "not_editable" };
  if (event === "submit") return { ok: false, reason: "not_submittable" };
  return { ok: false, reason: status === "approved" ? "already_decided" : "not_pending" };
}

/** True while a timesheet waits for a decision. */
export function isPendingApproval(status: TimesheetStatus): boolean {
  return status === "submitted" || status === "resubmitted";
}

/** True when entries may still be changed by the employee. */
export function isEditable(status: TimesheetStatus): boolean {
  return status === "draft" || status === "rejected";
}
