import { isoDate } from "../../core/calendar/iso-date";
import { Accounts } from "../../core/ledger/accounts";
import { quarterRange } from "../../core/ledger/business-days";
import { futaDueDates } from "../../core/ledger/deposit-schedule";
import { buildForm941, type Form941, parseQuarter } from "../../core/ledger/form-941";
import { buildW2s, type W2 } from "../../core/ledger/form-w2";
import { buildLiabilitiesReport, type LiabilitiesReport } from "../../core/ledger/liabilities-report";
import type { PaycheckFigures } from "../../core/ledger/paycheck-figures";
import { buildScheduleB, type ScheduleB } from "../../core/ledger/schedule-b";
import { Money } from "../../core/money/money";
import { type ArrearsReport, buildArrearsReport } from "../../core/payroll/deduction-arrears";
import type { Actor } from "../../core/policy/actor";
import type { LedgerLine } from "../../db/ledger-repository";
import { DomainError } from "../../errors/domain-error";
import { requirePostedPeriod } from "../filings/filing-period";
import { depositRulesFor } from "./approve-pay-run";
import { type PayrollDeps, requireClient, requirePayrollManager } from "./payroll-deps";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(flag: string, value: string): void {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw new DomainError(
      "input.invalid",
      `${flag}: must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
}

/**
 * FUTA's real due date depends on the whole quarter (deposited only when over $500, else rolled
 * forward), so it is settled here from every FUTA line of the years involved, per run, with
 * `futaDueDates`; the date stored at posting assumed the quarter would go over $500.
 */
async function settleFuta(deps: PayrollDeps, clientId: string, lines: LedgerLine[]): Promise<LedgerLine[]> {
  const futaLines = lines.filter((l) => l.account === Accounts.futaPayable);
  if (futaLines.length === 0) return lines;
  const years = [...new Set(futaLines.map((l) => Number(l.entryDate.slice(0, 4))))];
  const dueByRun = new Map<string, string>();
  for (const year of years) {
    const all = await deps.ledger.lines(clientId, isoDate(year, 1, 1), isoDate(year, 12, 31), [
      Accounts.futaPayable,
    ]);
    const netByRun = new Map<string, Money>();
    // Only what runs owe: a deposit made (no run) settles FUTA and does not move its due date.
    for (const l of all)
      if (l.runId)
        netByRun.set(
          l.runId,
          (netByRun.get(l.runId) ?? Money.zero()).plus(Money.of(l.credit)).minus(Money.of(l.debit)),
        );
    const payDates = await deps.ledger.runPayDates([...netByRun.keys()]);
    const live = [...netByRun.entries()].filter(([, net]) => !net.isZero());
    const due = futaDueDates(
      live.map(([runId, net]) => ({ payDate: payDates.get(runId) ?? "", amount: net.toFixed() })),
    );
    live.forEach(([runId], i) => {
      dueByRun.set(runId, due[i]!);
    });
  }
  return lines.map((l) =>
    l.account === Accounts.futaPayable && l.runId && dueByRun.has(l.runId)
      ? { ...l, dueDate: dueByRun.get(l.runId)! }
      : l,
  );
}

/** `aso report liabilities`: the client's posted ledger for the dates, by account (docs/contracts.md §1). */
export async function liabilitiesReport(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string; from: string; to: string },
): Promise<LiabilitiesReport> {
  checkDate("--from", input.from);
  checkDate("--to", input.to);
  if (input.from > input.to)
    throw new DomainError("input.invalid", `--from ${input.from} is after --to ${input.to}`);
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);
  // State lines carry the date their state's table gave at posting (the calendar reads the same).
  const lines = await settleFuta(deps, client.id, await deps.ledger.lines(client.id, input.from, input.to));
  return buildLiabilitiesReport(client.ein, input.from, input.to, lines);
}

/**
 * `aso report 941`: Form 941 lines 1–10 for a quarter, from the quarter's posted paychecks, refused
 * while a run paid in the quarter is not posted. A semiweekly depositor's report adds `scheduleB`, the
 * liability of each pay date, whose total equals line 12 (line 10: the product claims no line 11
 * credits).
 */
export async function form941Report(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string; quarter: string },
): Promise<{ client: string; name: string; unverifiedTables?: string[]; scheduleB?: ScheduleB } & Form941> {
  const q = parseQuarter(input.quarter);
  if (!q)
    throw new DomainError(
      "input.invalid",
      `--quarter: must look like 2026Q1, got ${JSON.stringify(input.quarter)}`,
    );
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);
  const { start, end } = quarterRange(q.year, q.quarter);
  await requirePostedPeriod(deps, client, { from: start, to: end });
  const figures = await deps.runs.postedFigures(client.id, start, end);
  const schedule = (await depositRulesFor(deps, client, start)).form941;
  return {
    client: client.ein,
    name: client.name,
    ...buildForm941(input.quarter, figures),
    ...(schedule === "semiweekly" ? { scheduleB: buildScheduleB(input.quarter, figures) } : {}),
    ...unverifiedIn(figures),
  };
}

/**
 * The unverified tables any of the paychecks used, so a report built on carried-forward or unchecked
 * figures says so; absent when there are none (reports on verified tables stay as they were).
 */
function unverifiedIn(figures: readonly PaycheckFigures[]): { unverifiedTables?: string[] } {
  const all = new Set(figures.flatMap((f) => f.unverifiedTables ?? []));
  return all.size ? { unverifiedTables: [...all].sort() } : {};
}

/** `aso report w2`: boxes 1–6 and box 12 per employee for a year, from the year's posted paychecks. */
export async function w2Report(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string; year: string },
): Promise<{
  client: string;
  name: string;
  year: number;
  unverifiedTables?: string[];
  employees: (W2 & { externalId: string; name: string })[];
}> {
  if (!/^\d{4}$/.test(input.year))
    throw new DomainError("input.invalid", `--year: must be YYYY, got ${JSON.stringify(input.year)}`);
  const year = Number(input.year);
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);
  await requirePostedPeriod(deps, client, { from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) });
  const figures = await deps.runs.postedFigures(client.id, isoDate(year, 1, 1), isoDate(year, 12, 31));
  const w2s = buildW2s(year, figures);
  const names = await deps.inputs.employeeNames(w2s.map((w) => w.employeeId));
  return {
    client: client.ein,
    name: client.name,
    year,
    employees: w2s
      .map((w) => ({
        ...w,
        externalId: names.get(w.employeeId)?.externalId ?? "",
        name: names.get(w.employeeId)?.name ?? "",
      }))
      .sort((a, b) => a.externalId.localeCompare(b.externalId)),
    ...unverifiedIn(figures),
  };
}

/**
 * `aso report arrears`: the deduction arrears each employee still owes (what net pay could not cover,
 * carried to their next regular paychecks), from posted runs only.
 */
export async function arrearsReport(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string },
): Promise<ArrearsReport> {
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);
  const balances = await deps.runs.arrearsBalances(client.id);
  const names = await deps.inputs.employeeNames([...balances.keys()]);
  return buildArrearsReport(client, balances, names);
}
