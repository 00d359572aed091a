import { z } from "zod";
import { holidaysBetween } from "../../core/calendar/holiday-calendar";
import { formatShortDate, isIsoDate, isWithin } from "../../core/calendar/iso-date";
import type { Holiday } from "../../core/calendar/us-federal-holidays";
import { Decimal } from "../../core/money/decimal";
import { type Actor, auditEntry } from "../../core/policy/actor";
import { canRecordTimeFor } from "../../core/policy/timesheets";
import { checkPtoBalance, type PtoBalanceCheck } from "../../core/pto/balance";
import { planPtoDays } from "../../core/pto/pto-days";
import { formatHours, sumHours } from "../../core/timesheets/hours";
import { workweekOf } from "../../core/timesheets/workweek";
import type { PtoRequestRecord } from "../../db/pto-repository";
import type { EmployeeFacts } from "../../db/timesheet-repository";
import { DomainError } from "../../errors/domain-error";
import { inputError } from "../../errors/zod-issues";
import { clientTimePolicies } from "../timesheets/client-settings.schema";
import { loadEmployee, type TimesheetDeps } from "../timesheets/deps";

const HoursSchema = z.string().regex(/^\d{1,2}(\.\d{1,2})?$/, 'must be hours like "8"');
const IsoDateSchema = z.string().refine(isIsoDate, "must be a date YYYY-MM-DD");

export const RequestPtoInputSchema = z
  .object({
    employeeId: z.string().uuid().optional(),
    type: z.enum(["vacation", "sick"]),
    /** Either explicit days… */
    days: z
      .array(z.object({ date: IsoDateSchema, hours: HoursSchema }))
      .min(1)
      .optional(),
    /** …or a range of weekdays at `hoursPerDay` (default the client's standard day). */
    startDate: IsoDateSchema.optional(),
    endDate: IsoDateSchema.optional(),
    hoursPerDay: HoursSchema.optional(),
    note: z.string().max(500).optional(),
    /** The caller's idempotency key (button click id, message id): a retry returns the first request. */
    requestKey: z.string().max(200).optional(),
  })
  .refine((v) => v.days !== undefined || (v.startDate !== undefined && v.endDate !== undefined), {
    message: "give days, or startDate and endDate",
  });
export type RequestPtoInput = z.input<typeof RequestPtoInputSchema>;

export type RequestPtoResult = {
  outcome: "requested" | "already";
  request: PtoRequestRecord;
  /** Available balance after this request (balance − everything pending). */
  availableAfter: string;
  /** Holidays inside the range, not charged. */
  holidays: Holiday[];
};

/**
 * Request time off. Refused with `pto.insufficient_balance` — the balance in the message — when it
 * exceeds the available balance (balance minus pending requests), unless the client allows negative
 * balances. The manager is notified to decide.
 */
export async function requestPto(
  deps: TimesheetDeps,
  actor: Actor,
  raw: RequestPtoInput,
): Promise<RequestPtoResult> {
  const parsed = RequestPtoInputSchema.safeParse(raw);
  if (!parsed.success) throw inputError(parsed.error, "request PTO");
  const input = parsed.data;
  const employeeId = input.employeeId ?? (actor.kind === "employee" ? actor.employeeId : undefined);
  if (!employeeId) throw new DomainError("input.invalid", "request PTO: employeeId is required");
  const employee = await loadEmployee(deps, employeeId);
  const allowed = canRecordTimeFor({ actor, subject: { employeeId, clientId: employee.clientId } });
  if (!allowed.allowed) throw new DomainError("auth.forbidden", allowed.message);
  const policies = clientTimePolicies(employee.client.settings);
  const { days, holidays, hours: requested } = await planPtoRequest(deps, employee, input);
  let availableAfter = "0";
  const result = await deps.pto.createRequest<Extract<PtoBalanceCheck, { ok: false }>>({
    employee,
    type: input.type,
    days,
    hours: requested,
    note: input.note ?? null,
    requestKey: input.requestKey ?? null,
    check: (available) => {
      const verdict = checkPtoBalance({ policy: policies.pto, type: input.type, available, requested });
      if (!verdict.ok) return { ok: false, result: verdict };
      availableAfter = verdict.balanceAfter;
      return { ok: true };
    },
    audit: auditEntry(actor, "pto.request"),
  });
  if (result.kind === "refused") {
    throw new DomainError("pto.insufficient_balance", result.result.message, {
      userMessage: result.result.message,
      details: { balance: result.result.balance, requested: result.result.requested },
    });
  }
  const approverIds =
    result.kind !== "created"
      ? []
      : employee.managerId
        ? [employee.managerId]
        : (await deps.timesheets.findByRole(employee.clientId, "client_admin"))
            .map((admin) => admin.id)
            .filter((id) => id !== employee.id);
  for (const approverId of approverIds) {
    await deps.notifier.notify({
      recipient: { kind: "employee", employeeId: approverId },
      reply: {
        personal: true,
        updateKey: `approval:pto:${result.request.id}`,
        blocks: [
          {
            kind: "text",
            text: `*${employee.name}* requests ${requested} hours of ${input.type}, ${days[0]![0]} to ${days.at(-1)![0]}.`,
          },
          {
            kind: "actions",
            buttons: [
              {
                label: "Approve",
                style: "primary",
                command: { name: "pto.approve", args: { requestId: result.request.id } },
              },
              {
                label: "Reject",
                style: "danger",
                command: { name: "pto.reject", args: { requestId: result.request.id } },
              },
            ],
          },
        ],
      },
      idempotencyKey: `pto-requested-${result.request.id}-${approverId}`,
    });
  }
  return {
    outcome: result.kind === "created" ? "requested" : "already",
    request: result.request,
    availableAfter,
    holidays,
  };
}

/**
 * The days a request charges, checked without saving anything: holidays left out (or refused when
 * named one by one), inside employment, not on top of a day already worked.
 */
export async function planPtoRequest(
  deps: Pick<TimesheetDeps, "timesheets">,
  employee: EmployeeFacts,
  input: Pick<RequestPtoInput, "days" | "startDate" | "endDate" | "hoursPerDay">,
): Promise<{ days: [string, string][]; holidays: Holiday[]; hours: string }> {
  const policies = clientTimePolicies(employee.client.settings);
  let holidays: Holiday[] = [];
  let days: [string, string][];
  if (input.days) {
    days = input.days.map((d) => [d.date, formatHours(d.hours)]);
    const dates = days.map((d) => d[0]).sort();
    const holiday = holidaysBetween(policies.holidays, dates[0]!, dates.at(-1)!).find((h) =>
      dates.includes(h.date),
    );
    if (holiday) {
      throw new DomainError("pto.invalid_request", `PTO on ${holiday.date} is a holiday`, {
        userMessage: `${formatShortDate(holiday.date)} is a holiday (${holiday.name}); it needs no time off.`,
      });
    }
  } else {
    const plan = planPtoDays(
      input.startDate!,
      input.endDate!,
      input.hoursPerDay ?? policies.timesheets.standardDayHours,
      holidaysBetween(policies.holidays, input.startDate!, input.endDate!),
    );
    days = plan.days;
    holidays = plan.holidays;
  }
  const hours = sumHours(days.map((d) => d[1]));
  if (days.length === 0 || hours.isZero()) {
    throw new DomainError("pto.invalid_request", "PTO request covers no working hours", {
      userMessage: "That request covers no working days.",
    });
  }
  const outside = days.find(([date]) => !isWithin(date, employee.hireDate, employee.terminationDate));
  if (outside) {
    throw new DomainError("pto.invalid_request", `PTO on ${outside[0]} is outside employment`, {
      userMessage: `${outside[0]} is outside your employment dates.`,
    });
  }
  // Time off on a day already worked: the worked hours plus the PTO may not exceed the scheduled day.
  const sheets = new Map<string, Awaited<ReturnType<typeof deps.timesheets.findTimesheet>>>();
  for (const [date, ptoHours] of days) {
    const week = workweekOf(date, employee.client.workweekStartDay);
    if (!sheets.has(week.start))
      sheets.set(week.start, await deps.timesheets.findTimesheet(employee.id, week.start));
    const worked = new Decimal(sheets.get(week.start)?.days.find((d) => d.date === date)?.hours ?? 0);
    const limit = Decimal.max(new Decimal(policies.timesheets.standardDayHours), new Decimal(ptoHours));
    if (worked.greaterThan(0) && worked.plus(ptoHours).greaterThan(limit)) {
      throw new DomainError("pto.invalid_request", `PTO on ${date} overlaps ${worked} hours worked`, {
        userMessage: `You already recorded ${formatHours(worked)} hours of work on ${formatShortDate(date)}; change that first or ask for fewer hours.`,
      });
    }
  }
  return { days, holidays, hours: formatHours(hours) };
}
