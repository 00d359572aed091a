import { isoDate, monthEnd, parts } from "../calendar/iso-date";
import { Money } from "../money/money";
import { accountDefinition, type Payee } from "./accounts";
import { nextMonth, onOrNextBusinessDay, quarterOf, quarterRange } from "./business-days";
import { form941DepositPeriodStart } from "./deposit-schedule";

/**
 * What the deposit calendar's groupings share: a run's net posting, a deposit being assembled (its
 * lines, the pay dates it covers, its due date and rule), and the small date helpers they use.
 */

/** A run's net liability in one account (credits − debits, voids included), dated by the run's pay date. */
export type LiabilityPosting = {
  runId: string;
  payDate: string;
  account: string;
  /** The state for state withholding, the program code for state programs. */
  memo: string | null;
  amount: string;
  /** The due date stored on the line at posting, where the ledger has one. */
  dueDate?: string | null;
};

export type Draft = {
  id: string;
  payee: Payee;
  agency: string;
  state: string | null;
  lines: Map<string, { account: string; memo: string | null; amount: Money }>;
  from: string;
  to: string;
  dueDate: string;
  rule: string;
  unverified?: true;
};

export function newDraft(init: Omit<Draft, "lines" | "from" | "to">): Draft {
  return { ...init, lines: new Map(), from: "9999-12-31", to: "0000-01-01" };
}

export function addTo(
  draft: Draft,
  p: { payDate: string; account: string; memo: string | null; amount: Money },
) {
  const key = `${p.account}\u0000${p.memo ?? ""}`;
  const line = draft.lines.get(key);
  if (line) line.amount = line.amount.plus(p.amount);
  else draft.lines.set(key, { account: p.account, memo: p.memo, amount: p.amount });
  if (p.payDate < draft.from) draft.from = p.payDate;
  if (p.payDate > draft.to) draft.to = p.payDate;
}

export function total(draft: Draft): Money {
  let sum = Money.zero();
  for (const l of draft.lines.values()) sum = sum.plus(l.amount);
  return sum;
}

export type Posting = {
  payDate: string;
  account: string;
  memo: string | null;
  amount: Money;
  /** The due date the run's first line of this account stored at posting, if any. */
  storedDueDate?: string;
};

/** Nets each run's postings per account and memo (a voided run nets to nothing) and drops zeros. */
export function netByRun(postings: readonly LiabilityPosting[]): Posting[] {
  const byKey = new Map<string, Posting>();
  for (const p of postings) {
    if (accountDefinition(p.account).kind !== "liability") continue;
    const key = `${p.runId}\u0000${p.account}\u0000${p.memo ?? ""}`;
    const found = byKey.get(key);
    if (found) found.amount = found.amount.plus(Money.of(p.amount));
    else
      byKey.set(key, {
        payDate: p.payDate,
        account: p.account,
        memo: p.memo,
        amount: Money.of(p.amount),
        ...(p.dueDate ? { storedDueDate: p.dueDate } : {}),
      });
  }
  return [...byKey.values()]
    .filter((p) => !p.amount.isZero())
    .sort((a, b) => a.payDate.localeCompare(b.payDate) || a.account.localeCompare(b.account));
}

/** A semiweekly period's first day, never before the start of the pay date's quarter (Pub 15 §11). */
export function semiweeklyKey(payDate: string): string {
  const start = form941DepositPeriodStart(payDate, "semiweekly");
  const quarterStart = quarterRange(parts(payDate).year, quarterOf(payDate)).start;
  // ISO dates compare as strings: a period that began in the previous quarter starts with this one.
  if (start < quarterStart) return quarterStart;
  return start;
}

/** That day of the next month (past its end: the last day), moved off a weekend or holiday (`extra` too). */
export function dayOfMonthAfter(
  year: number,
  month: number,
  day: number,
  extra?: ReadonlySet<string>,
): string {
  const next = nextMonth(year, month);
  const last = Number(monthEnd(next.year, next.month).slice(8));
  return onOrNextBusinessDay(isoDate(next.year, next.month, Math.min(day, last)), extra);
}

export function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n !== 11
      ? "st"
      : n % 10 === 2 && n !== 12
        ? "nd"
        : n % 10 === 3 && n !== 13
          ? "rd"
          : "th";
  return `${n}${suffix}`;
}

/** Who each payee is, as a person reads it. */
export const DEPOSIT_AGENCIES: Record<Payee, string> = {
  employees: "Employees (net pay)",
  irs_941: "IRS (EFTPS): Form 941 taxes",
  irs_futa: "IRS (EFTPS): FUTA, Form 940",
  state_withholding: "State withholding agency",
  state_unemployment: "State unemployment agency",
  local_tax_collector: "Local tax collector (per locality)",
  retirement_plan: "401(k) plan trustee",
  benefit_carriers: "Benefit carriers (premiums)",
  hsa_custodian: "HSA custodian",
  fsa_administrator: "FSA administrator",
  workers_comp_carrier: "Workers' compensation carrier",
  garnishment_payees: "Garnishment payees",
  other_payees: "Other deduction payees",
};
