import { type Actor, auditEntry } from "../../core/policy/actor";
import { canCancelPto } from "../../core/policy/timesheets";
import { localDate } from "../../core/timesheets/cutoffs";
import { formatHours } from "../../core/timesheets/hours";
import { formatShortDate } from "../../core/timesheets/iso-date";
import { workweekOf } from "../../core/timesheets/workweek";
import type { PtoRequestRecord } from "../../db/pto-repository";
import { DomainError } from "../../errors/domain-error";
import { loadEmployee, type TimesheetDeps } from "../timesheets/deps";

export type CancelPtoResult = {
  outcome: "cancelled" | "already";
  request: PtoRequestRecord;
  message: string;
};

/** "Dec 7" or "Dec 7 – Dec 11". */
export function ptoRange(request: Pick<PtoRequestRecord, "startDate" | "endDate">): string {
  return request.startDate === request.endDate
    ? formatShortDate(request.startDate)
    : `${formatShortDate(request.startDate)} – ${formatShortDate(request.endDate)}`;
}

/**
 * An employee withdraws their own pending or approved request before its first day (in their time
 * zone). Once: a double click finds it cancelled and says so. An approved request's hours come back to
 * the balance exactly and leave the timesheet; whoever decides the employee's time off is told.
 */
export async function cancelPto(
  deps: TimesheetDeps,
  actor: Actor,
  input: { requestId: string; requestKey?: string },
): Promise<CancelPtoResult> {
  const request = await deps.pto.findRequest(input.requestId);
  const notFound = () =>
    new DomainError("record.not_found", `PTO request ${input.requestId} not found`, {
      userMessage: "I could not find that time-off request.",
    });
  if (!request) throw notFound();
  const allowed = canCancelPto({ actor, request });
  // Someone else's request answers like a missing one, so its existence is not revealed.
  if (!allowed.allowed) throw notFound();
  const employee = await loadEmployee(deps, request.employeeId);
  const now = deps.clock.now();
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
  const result = await deps.pto.cancel({
    id: request.id,
    employeeId: employee.id,
    today: localDate(now, employee.timezone),
    at: now,
    weeks: [...weeks.values()],
    audit: auditEntry(actor, "pto.cancel", input.requestKey),
  });
  if (result.kind === "not_found") throw notFound();
  if (result.kind === "already") {
    return { outcome: "already", request: result.request, message: "That request is already cancelled." };
  }
  if (result.kind === "started") {
    throw new DomainError("pto.not_cancellable", `PTO request ${request.id} has started`, {
      userMessage: `Your ${request.type} from ${ptoRange(request)} has already started, so it can't be cancelled here. Your manager or HR can change days that are past.`,
    });
  }
  if (result.kind !== "cancelled") {
    throw new DomainError("pto.not_cancellable", `PTO request ${request.id} is ${result.request.status}`, {
      userMessage: `That request is ${result.request.status}, so there is nothing to cancel.`,
    });
  }
  const hours = formatHours(request.hours);
  const recipients =
    employee.managerId !== null
      ? [employee.managerId]
      : request.decision
        ? [request.decision.deciderEmployeeId]
        : (await deps.timesheets.findByRole(employee.clientId, "client_admin"))
            .map((admin) => admin.id)
            .filter((id) => id !== employee.id);
  for (const recipientId of recipients) {
    await deps.notifier.notify({
      recipient: { kind: "employee", employeeId: recipientId },
      reply: {
        personal: true,
        blocks: [
          {
            kind: "status",
            tone: "info",
            text: `${employee.name} cancelled their ${result.was} ${request.type} request for ${hours} hours (${ptoRange(request)}).`,
          },
        ],
      },
      idempotencyKey: `pto-cancelled-${request.id}-${recipientId}`,
    });
  }
  const restored =
    result.was === "approved" ? ` ${hours} hours are back in your ${request.type} balance.` : "";
  return {
    outcome: "cancelled",
    request: result.request,
    message: `Cancelled your ${request.type} for ${ptoRange(request)}.${restored} Your manager has been told.`,
  };
}
