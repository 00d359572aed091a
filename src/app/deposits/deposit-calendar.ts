import { isIsoDate, isoDate } from "../../core/calendar/iso-date";
import { buildDepositCalendar, type DepositCalendar } from "../../core/ledger/deposit-calendar";
import type { Form941Schedule } from "../../core/ledger/deposit-schedule";
import { type Actor, actorLabel } from "../../core/policy/actor";
import { canViewDeposits } from "../../core/policy/deposits";
import { localDate } from "../../core/timesheets/cutoffs";
import type { PayrollClient } from "../../db/payroll-inputs-repository";
import { DomainError } from "../../errors/domain-error";
import { depositRulesFor } from "../payroll/approve-pay-run";
import { requireClient } from "../payroll/payroll-deps";
import { payrollSettingsOf } from "../payroll/payroll-settings";
import { type DepositDeps, scopeOf } from "./deposit-deps";

/** Checks an ISO date argument; the error names the field. */
export function checkDate(field: string, value: string): void {
  if (!isIsoDate(value))
    throw new DomainError(
      "input.invalid",
      `${field}: must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`,
      {
        userMessage: "That date doesn't look right; use YYYY-MM-DD.",
      },
    );
}

/** Today in the client's time zone: a deposit is overdue from the day after its due date there. */
export function clientToday(deps: DepositDeps, client: PayrollClient): string {
  return localDate(deps.clock.now(), client.timezone || "America/New_York");
}

/**
 * The calendar of one client over a window, computed from the posted ledger: postings from 1 January
 * of the year before `from` (FUTA carried from last year, a monthly depositor turned semiweekly by the
 * $100,000 rule last year), each year's 941 schedule from the client's settings or lookback, and the
 * payments recorded.
 */
export async function computeDepositCalendar(
  deps: DepositDeps,
  client: PayrollClient,
  window: { from: string; to: string; asOf: string },
): Promise<DepositCalendar> {
  const fromYear = Number(window.from.slice(0, 4));
  const toYear = Number(window.to.slice(0, 4));
  const settings = payrollSettingsOf(client.settings);
  const form941ScheduleByYear: Record<number, Form941Schedule> = {};
  for (let year = fromYear - 1; year <= toYear; year++)
    form941ScheduleByYear[year] = (await depositRulesFor(deps.payroll, client, isoDate(year, 1, 1))).form941;
  const [postings, payments] = await Promise.all([
    deps.payroll.ledger.runPostings(client.id, isoDate(fromYear - 1, 1, 1), window.to),
    deps.deposits.payments(client.id, window.from, window.to),
  ]);
  return buildDepositCalendar({
    clientEin: client.ein,
    clientState: client.state,
    asOf: window.asOf,
    from: window.from,
    to: window.to,
    postings,
    form941ScheduleByYear,
    rules: settings.rules,
    stateFrequencies: settings.stateDepositFrequencies,
    payments,
  });
}

/**
 * `aso report deposits` and the chat's deposit calendar: every deposit due in [from, to] for the
 * client, with its status today. Staff who serve the client and the client's own admins may see it.
 */
export async function getDepositCalendar(
  deps: DepositDeps,
  actor: Actor,
  input: { clientEin: string; from: string; to: string },
): Promise<DepositCalendar & { name: string }> {
  checkDate("from", input.from);
  checkDate("to", input.to);
  if (input.from > input.to)
    throw new DomainError("input.invalid", `from ${input.from} is after to ${input.to}`, {
      userMessage: "The start date is after the end date.",
    });
  const client = await requireClient(deps.payroll, input.clientEin);
  if (!canViewDeposits(actor, client.id, await scopeOf(deps, actor, client.id)))
    throw new DomainError("auth.forbidden", `${actorLabel(actor)} may not see deposits of ${client.ein}`);
  const calendar = await computeDepositCalendar(deps, client, { ...input, asOf: clientToday(deps, client) });
  return { ...calendar, name: client.name };
}
