import { Decimal } from "../../core/money/decimal";
import { type Actor, auditEntry } from "../../core/policy/actor";
import { checkPtoBalance } from "../../core/pto/balance";
import { workweekOf } from "../../core/timesheets/workweek";
import type { PtoRequestRecord } from "../../db/pto-repository";
import { DomainError } from "../../errors/domain-error";
import { clientTimePolicies } from "../timesheets/client-settings.schema";
import {
  actorTimeZone,
  formatInstant,
  loadEmployee,
  requireApprover,
  type TimesheetDeps,
} from "../timesheets/deps";

export type DecidePtoResult = {
  outcome: "approved" | "rejected" | "already";
  request: PtoRequestRecord;
  message: string;
};

/**
 * Approve or reject a PTO request, once (conditional update on `pending`), by the same rules as
 * timesheets. An approval takes the hours off the balance and writes them into the timesheet days of
 * each workweek the request covers; the employee is told either way.
 */
export async function decidePto(
  deps: TimesheetDeps,
  actor: Actor,
  input: { requestId: string; decision: "approved" | "rejected"; reason?: string; requestKey?: string },
): Promise<DecidePtoResult> {
  const reason = input.reason?.trim() ?? "";
  if (input.decision === "rejected" && reason === "") {
    throw new DomainError("input.invalid", "reject PTO: reason is required", {
      userMessage: "Please give a reason for the rejection.",
    });
  }
  const request = await deps.pto.findRequest(input.requestId);
  if (!request) throw new DomainError("record.not_found", `PTO request ${input.requestId} not found`);
  const employee = await loadEmployee(deps, request.employeeId);
  const now = deps.clock.now();
  const decider = await requireApprover(deps, actor, employee, now);
  const policies = clientTimePolicies(employee.client.settings);
  const weeks = new Map<
    string,
    { weekStart: string; weekEnd: string; days: { date: string; hours: string }[] }
  >();
  for (const [date, hours] of request.days) {
    const week = workweekOf(date, employee.client.workweekStartDay);
    const entry = weeks.get(week.start) ?? { weekStart: week.start, weekEnd: week.end, days: [] };
    entry.days.push({ date, hours });
    weeks.set(week.start, entry);
  }
  const result = await deps.pto.decide<string>({
    id: request.id,
    decision: input.decision,
    reason: input.decision === "rejected" ? reason : null,
    decider,
    at: now,
    weeks: [...weeks.values()],
    recheck: (balance) => {
      const verdict = checkPtoBalance({
        policy: policies.pto,
        type: request.type,
        available: balance,
        requested: request.hours,
      });
      return verdict.ok ? { ok: true } : { ok: false, result: verdict.message };
    },
    audit: auditEntry(actor, `pto.${input.decision === "approved" ? "approve" : "reject"}`, input.requestKey),
  });
  if (result.kind === "not_found")
    throw new DomainError("record.not_found", `PTO request ${request.id} not found`);
  if (result.kind === "refused") {
    throw new DomainError("pto.insufficient_balance", result.result, {
      userMessage: `${employee.name} no longer has the balance for this: ${result.result}`,
    });
  }
  if (result.kind === "already") {
    const d = result.request.decision;
    const message = d
      ? `Already ${result.request.status} by ${d.deciderName} at ${formatInstant(d.decidedAt, actorTimeZone(actor))}.`
      : `This request is ${result.request.status}.`;
    return { outcome: "already", request: result.request, message };
  }
  const hours = new Decimal(request.hours).toString();
  await deps.notifier.notify({
    recipient: { kind: "employee", employeeId: employee.id },
    reply: {
      personal: true,
      blocks: [
        {
          kind: "status",
          tone: input.decision === "approved" ? "success" : "danger",
          text: `Your ${request.type} request for ${hours} hours (${request.startDate} to ${request.endDate}) was ${input.decision} by ${actor.name}.`,
        },
        ...(reason ? [{ kind: "facts" as const, facts: [{ label: "Reason", value: reason }] }] : []),
      ],
    },
    idempotencyKey: `pto-decided-${request.id}`,
  });
  return {
    outcome: input.decision,
    request: result.request,
    message: `${input.decision === "approved" ? "Approved" : "Rejected"} ${hours} hours of ${request.type} for ${employee.name}.`,
  };
}
