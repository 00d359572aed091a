import { isoDate, parts } from "../calendar/iso-date";
import { Money } from "../money/money";
import type { StateWithholdingFrequency } from "../tables/states/deposit-frequencies";
import { Accounts, accountDefinition, type Payee } from "./accounts";
import { type LiabilityPosting, netByRun, type Posting, total } from "./deposit-drafts";
import type { DepositRules, Form941Schedule } from "./deposit-schedule";
import { form941Deposits, futaDeposits } from "./federal-deposits";
import { csvField } from "./liabilities-report";
import { localDeposits } from "./local-deposits";
import { remittanceDeposits } from "./remittance-deposits";
import { stateDeposits } from "./state-deposits";

export type { LiabilityPosting } from "./deposit-drafts";

/**
 * The deposit calendar of one client employer: every liability of its posted ledger grouped into the
 * deposits the ASO must make for the client, under the client's EIN, with each deposit's payee, amount,
 * due date and status. Pure: the ledger's postings, the client's rules, the payments recorded and the
 * day to judge "overdue" by all come in as parameters.
 * @see IRS Pub 15 (2026) §11 (941 deposits), Pub 15 pp. 42–43 (FUTA), 29 CFR 2510.3-102 (401(k)),
 *   src/core/tables/states/deposit-frequencies.ts (states)
 */

export type RecordedDepositPayment = {
  depositId: string;
  paidOn: string;
  confirmation: string;
  amount: string;
};

export type DepositStatus = "due" | "overdue" | "paid";

export type DepositItem = {
  /** Stable id from the payee and the period (e.g. `941-M-2026-01`), used to mark it paid. */
  id: string;
  payee: Payee;
  agency: string;
  state: string | null;
  amount: string;
  lines: { account: string; memo: string | null; amount: string }[];
  /** First and last pay date whose liabilities the deposit settles. */
  covers: { from: string; to: string };
  dueDate: string;
  /** The rule that set the due date, in words. */
  rule: string;
  status: DepositStatus;
  paid?: { confirmation: string; paidOn: string; amount: string };
  /**
   * Paid deposits only, when the liability changed after the payment was recorded (an adjustment run
   * or a void in the same period): what is still owed (negative: overpaid). Absent when it matches.
   */
  balance?: string;
  /** Present when the rule came from a table entry not checked against the agency's publication. */
  unverified?: true;
};

/** Liabilities the calendar cannot date (a state or program with no known frequency). */
export type UnscheduledLiability = {
  payee: Payee;
  state: string | null;
  account: string;
  memo: string | null;
  amount: string;
  covers: { from: string; to: string };
  reason: string;
};

export type DepositCalendar = {
  client: string;
  from: string;
  to: string;
  asOf: string;
  deposits: DepositItem[];
  unscheduled: UnscheduledLiability[];
  totals: { due: string; overdue: string; paid: string };
};

export type DepositCalendarInput = {
  clientEin: string;
  /** The client's unemployment state (SUTA is posted without a state). */
  clientState: string;
  asOf: string;
  /** Deposits due in [from, to] are listed; postings should start a year before `from`'s year. */
  from: string;
  to: string;
  postings: readonly LiabilityPosting[];
  /** The 941 schedule each calendar year starts with (lookback or client setting); missing → monthly. */
  form941ScheduleByYear: Readonly<Record<number, Form941Schedule>>;
  rules: Omit<DepositRules, "form941">;
  /** The withholding frequency each state assigned the client (client setting), by state code. */
  stateFrequencies: Readonly<Record<string, StateWithholdingFrequency>>;
  payments: readonly RecordedDepositPayment[];
};

/**
 * Builds the deposit calendar: every deposit due in [from, to] (by due date), each with its status on
 * `asOf` (paid when a payment is recorded, overdue when its due date has passed, else due), plus the
 * liabilities of pay dates up to `to` that no known rule can date. Net pay is not a deposit (employees
 * are paid on the pay date) and is left out.
 */
export function buildDepositCalendar(input: DepositCalendarInput): DepositCalendar {
  const postings = netByRun(input.postings);
  const states = stateDeposits(postings, input);
  const locals = localDeposits(postings, input.form941ScheduleByYear);
  const drafts = [
    ...locals.drafts,
    ...form941Deposits(postings, input.form941ScheduleByYear),
    ...futaDeposits(postings),
    ...states.drafts,
    ...remittanceDeposits(postings, input.rules),
  ];
  const payments = new Map(input.payments.map((p) => [p.depositId, p]));
  const deposits: DepositItem[] = [];
  let due = Money.zero();
  let overdue = Money.zero();
  let paidTotal = Money.zero();
  for (const d of drafts) {
    if (d.dueDate < input.from || d.dueDate > input.to) continue;
    const amount = total(d);
    const payment = payments.get(d.id);
    if (amount.isZero() && !payment) continue;
    const status: DepositStatus = payment ? "paid" : d.dueDate < input.asOf ? "overdue" : "due";
    if (status === "paid") paidTotal = paidTotal.plus(Money.of(payment!.amount));
    else if (status === "overdue") overdue = overdue.plus(amount);
    else due = due.plus(amount);
    deposits.push({
      id: d.id,
      payee: d.payee,
      agency: d.agency,
      state: d.state,
      amount: amount.toFixed(),
      lines: [...d.lines.values()]
        .sort((a, b) => a.account.localeCompare(b.account) || (a.memo ?? "").localeCompare(b.memo ?? ""))
        .map((l) => ({ account: l.account, memo: l.memo, amount: l.amount.toFixed() })),
      covers: { from: d.from, to: d.to },
      dueDate: d.dueDate,
      rule: d.rule,
      status,
      ...(payment
        ? { paid: { confirmation: payment.confirmation, paidOn: payment.paidOn, amount: payment.amount } }
        : {}),
      ...(payment && !amount.equals(Money.of(payment.amount))
        ? { balance: amount.minus(Money.of(payment.amount)).toFixed() }
        : {}),
      ...(d.unverified ? { unverified: true as const } : {}),
    });
  }
  deposits.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  const yearStart = isoDate(parts(input.from).year, 1, 1);
  // Local taxes with no remittance rule are listed with their collector, never dropped.
  const reasons = new Map([...states.reasons, ...locals.reasons]);
  const unscheduled = groupUnscheduled(
    [...states.unscheduled, ...locals.unscheduled].filter(
      (p) => p.payDate >= yearStart && p.payDate <= input.to,
    ),
    reasons,
  );
  return {
    client: input.clientEin,
    from: input.from,
    to: input.to,
    asOf: input.asOf,
    deposits,
    unscheduled,
    totals: { due: due.toFixed(), overdue: overdue.toFixed(), paid: paidTotal.toFixed() },
  };
}

function groupUnscheduled(
  postings: readonly Posting[],
  reasons: Map<Posting, string>,
): UnscheduledLiability[] {
  const groups = new Map<string, UnscheduledLiability & { sum: Money }>();
  for (const p of postings) {
    const reason = reasons.get(p) ?? "deposit frequency not known";
    const key = `${p.account}\u0000${p.memo ?? ""}\u0000${reason}`;
    const payee = accountDefinition(p.account).payee ?? "other_payees";
    const state =
      p.account === Accounts.stateProgramsPayable || p.account === Accounts.localTaxesPayable
        ? (p.memo ?? "").slice(0, 2).toUpperCase()
        : (p.memo?.toUpperCase() ?? null);
    const g = groups.get(key);
    if (g) {
      g.sum = g.sum.plus(p.amount);
      if (p.payDate < g.covers.from) g.covers.from = p.payDate;
      if (p.payDate > g.covers.to) g.covers.to = p.payDate;
    } else
      groups.set(key, {
        payee,
        state,
        account: p.account,
        memo: p.memo,
        amount: "",
        sum: p.amount,
        covers: { from: p.payDate, to: p.payDate },
        reason,
      });
  }
  return [...groups.values()].map(({ sum, ...g }) => ({ ...g, amount: sum.toFixed() }));
}

/** Finds one deposit of a calendar by id, or undefined. */
export function findDeposit(
  calendar: Pick<DepositCalendar, "deposits">,
  id: string,
): DepositItem | undefined {
  return calendar.deposits.find((d) => d.id === id);
}

/** The calendar as CSV: one row per deposit, then one per unscheduled liability (no due date). */
export function depositCalendarCsv(calendar: DepositCalendar): string {
  const rows: string[][] = [
    [
      "client",
      "deposit",
      "payee",
      "agency",
      "state",
      "amount",
      "covers_from",
      "covers_to",
      "due_date",
      "status",
      "paid_on",
      "confirmation",
      "rule",
    ],
  ];
  for (const d of calendar.deposits)
    rows.push([
      calendar.client,
      d.id,
      d.payee,
      d.agency,
      d.state ?? "",
      d.amount,
      d.covers.from,
      d.covers.to,
      d.dueDate,
      d.status,
      d.paid?.paidOn ?? "",
      d.paid?.confirmation ?? "",
      d.rule,
    ]);
  for (const u of calendar.unscheduled)
    rows.push([
      calendar.client,
      "",
      u.payee,
      "",
      u.state ?? "",
      u.amount,
      u.covers.from,
      u.covers.to,
      "",
      "unscheduled",
      "",
      "",
      u.reason,
    ]);
  return `${rows.map((r) => r.map(csvField).join(",")).join("\n")}\n`;
}
