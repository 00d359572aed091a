import { type Actor, auditEntry } from "../../core/policy/actor";
import { formatHours, sumHours } from "../../core/timesheets/hours";
import type { TimesheetDecisionRecord, TimesheetRecord } from "../../db/timesheet-repository";
import { DomainError } from "../../errors/domain-error";
import { actorTimeZone, formatInstant, loadEmployee, requireApprover, type TimesheetDeps } from "./deps";
import { approvalNotice, rejectionNotice } from "./replies";

export type DecideTimesheetInput = {
  timesheetId: string;
  /** The submission the approver was shown (from the button); absent = the current one. */
  submission?: number;
  decision: "approved" | "rejected";
  reason?: string;
  requestId?: string;
};

export type DecideTimesheetResult =
  | {
      outcome: "approved" | "rejected";
      timesheet: TimesheetRecord;
      decision: TimesheetDecisionRecord;
      employeeName: string;
      totalHours: string;
      message: string;
    }
  | {
      /** Someone decided first (or this is a retry): nothing changed. */
      outcome: "already";
      timesheet: TimesheetRecord;
      decision: TimesheetDecisionRecord;
      employeeName: string;
      totalHours: string;
      /** "Already approved by Dana Lee at 2026-11-25 10:42 EST" */
      message: string;
    };

/** "Already approved by <name> at <time>" in the reader's time zone. */
export function alreadyDecidedMessage(decision: TimesheetDecisionRecord, timeZone: string): string {
  return `Already ${decision.decision} by ${decision.deciderName} at ${formatInstant(decision.decidedAt, timeZone)}.`;
}

/**
 * Approve or reject a submitted timesheet: authorised by `canDecideApproval` (manager, active delegate,
 * client admin; never one's own; never another client), decided once in the database (unique decision
 * per submission), audited. After the commit, an approval enqueues `timesheet.mark-payable`; a
 * rejection notifies the employee with the reason.
 */
export async function decideTimesheet(
  deps: TimesheetDeps,
  actor: Actor,
  input: DecideTimesheetInput,
): Promise<DecideTimesheetResult> {
  const reason = input.reason?.trim() ?? "";
  if (input.decision === "rejected" && reason === "") {
    throw new DomainError("input.invalid", "reject timesheet: reason is required", {
      userMessage: "Please give a reason for the rejection.",
    });
  }
  const sheet = await deps.timesheets.findTimesheetById(input.timesheetId);
  if (!sheet) {
    throw new DomainError("record.not_found", `timesheet ${input.timesheetId} not found`, {
      userMessage: "I could not find that timesheet.",
    });
  }
  const employee = await loadEmployee(deps, sheet.employeeId);
  const now = deps.clock.now();
  const decider = await requireApprover(deps, actor, employee, now);
  const result = await deps.timesheets.decide({
    id: sheet.id,
    ...(input.submission !== undefined ? { submission: input.submission } : {}),
    decision: input.decision,
    reason: input.decision === "rejected" ? reason : null,
    decider,
    at: now,
    audit: auditEntry(
      actor,
      `timesheet.${input.decision === "approved" ? "approve" : "reject"}`,
      input.requestId,
    ),
  });
  if (result.kind === "not_found") {
    throw new DomainError("record.not_found", `timesheet ${input.timesheetId} not found`);
  }
  if (result.kind === "not_pending") {
    throw new DomainError("timesheet.not_pending", `timesheet ${sheet.id} is ${result.timesheet.status}`, {
      userMessage:
        result.timesheet.status === "draft"
          ? `${employee.name}'s timesheet has not been submitted.`
          : `${employee.name}'s timesheet changed since you saw it; please look again.`,
    });
  }
  const totalHours = formatHours(sumHours(result.timesheet.days.map((d) => d.hours)));
  const base = {
    timesheet: result.timesheet,
    decision: result.decision,
    employeeName: employee.name,
    totalHours,
  };
  if (result.kind === "already") {
    if (result.decision.decision === "approved" && result.timesheet.payableAt === null) {
      // The first decider's enqueue may have failed after its commit; the job is idempotent.
      await deps.jobs.timesheetApproved({ timesheetId: sheet.id });
    }
    return {
      outcome: "already",
      ...base,
      message: alreadyDecidedMessage(result.decision, actorTimeZone(actor)),
    };
  }
  if (input.decision === "approved") {
    await deps.jobs.timesheetApproved({ timesheetId: sheet.id });
    await deps.notifier.notify({
      recipient: { kind: "employee", employeeId: employee.id },
      reply: approvalNotice({ weekStart: sheet.weekStart, deciderName: actor.name, totalHours }),
      idempotencyKey: `timesheet-approved-${sheet.id}-${result.decision.submission}`,
    });
    return {
      outcome: "approved",
      ...base,
      message: `Approved ${totalHours} hours for ${employee.name}, week of ${sheet.weekStart}.`,
    };
  }
  await deps.notifier.notify({
    recipient: { kind: "employee", employeeId: employee.id },
    reply: rejectionNotice({ weekStart: sheet.weekStart, deciderName: actor.name, reason }),
    idempotencyKey: `timesheet-rejected-${sheet.id}-${result.decision.submission}`,
  });
  return {
    outcome: "rejected",
    ...base,
    message: `Rejected ${employee.name}'s timesheet for the week of ${sheet.weekStart}. They have been told why.`,
  };
}
