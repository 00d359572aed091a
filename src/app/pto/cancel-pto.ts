import { formatShortDate } from "../../core/calendar/iso-date";
import { type Actor, auditEntry } from "../../core/policy/actor";
import { canCancelPto } from "../../core/policy/timesheets";
import { localDate } from "../../core/timesheets/cutoffs";
import { formatHours } from "../../core/timesheets/hours";
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
 * An employee withdraws their own pending or approved request (in their time zone). Before its first
 * day the whole request is cancelled; once it has started, only the days after today are (today and
 * the days before stay taken), and the request ends today. Once: a double click finds it done and
 * says so. An approved request's hours given back return to the balance exactly and leave the
 * timesheet; whoever decides the employee's time off is told.
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
    return {
      outcome: "already",
      request: result.request,
      message:
        result.request.status === "cancelled"
          ? "That request is already cancelled."
          : `Already done: your ${request.type} now ends ${formatShortDate(result.request.endDate)}.`,
    };
  }
  if (result.kind === "started") {
    throw new DomainError("pto.not_cancellable", `PTO request ${request.id} has no days left`, {
      userMessage: `Your ${request.type} from ${ptoRange(request)} has no days left after today, so there is nothing to cancel. Your manager or HR can change days that are past.`,
    });
  }
  if (result.kind === "shortened") {
    const given = ptoRange({ startDate: result.dropped[0]![0], endDate: result.dropped.at(-1)![0] });
    await tellDecider(
      deps,
      employee,
      request,
      `${employee.name} cancelled the rest of their ${result.was} ${request.type} (${given}, ${formatHours(result.droppedHours)} hours); the days up to ${formatShortDate(result.request.endDate)} stay taken.`,
      `pto-shortened-${request.id}`,
    );
    const back =
      result.was === "approved"
        ? ` ${formatHours(result.droppedHours)} hours are back in your ${request.type} balance.`
        : "";
    return {
      outcome: "cancelled",
      request: result.request,
      message: `Cancelled the rest of your ${request.type}: ${given}.${back} The days up to ${formatShortDate(result.request.endDate)} stay taken. Your manager has been told.`,
    };
  }
  if (result.kind !== "cancelled") {
    throw new DomainError("pto.not_cancellable", `PTO request ${request.id} is ${result.request.status}`, {
      userMessage: `That request is ${result.request.status}, so there is nothing to cancel.`,
    });
  }
  const hours = formatHours(request.hours);
  await tellDecider(
    deps,
    employee,
    request,
    `${employee.name} cancelled their ${result.was} ${request.type} request for ${hours} hours (${ptoRange(request)}).`,
    `pto-cancelled-${request.id}`,
  );
  const restored =
    result.was === "approved" ? ` ${hours} hours are back in your ${request.type} balance.` : "";
  return {
    outcome: "cancelled",
    request: result.request,
    message: `Cancelled your ${request.type} for ${ptoRange(request)}.${restored} Your manager has been told.`,
  };
}

/** Whoever decides the employee's time off: their manager, else who decided it, else the client admins. */
async function tellDecider(
  deps: TimesheetDeps,
  employee: Awaited<ReturnType<typeof loadEmployee>>,
  request: PtoRequestRecord,
  text: string,
  key: string,
): Promise<void> {
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
      reply: { personal: true, blocks: [{ kind: "status", tone: "info", text }] },
      idempotencyKey: `${key}-${recipientId}`,
    });
  }
}
