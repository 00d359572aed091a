import { Money } from "../money/money";
import {
  type AccountCode,
  Accounts,
  accountDefinition,
  accountForDeduction,
  accountForEmployerContribution,
  FORM_941_ACCOUNTS,
} from "./accounts";
import { type DepositRules, dueDateFor } from "./deposit-schedule";
import { localDueDate } from "./local-deposits";
import { otherWithheldTaxes, type PaycheckFigures } from "./paycheck-figures";
import { stateDepositOf } from "./state-deposits";

/** One line of a journal entry: exactly one of debit and credit is non-zero. Money is decimal strings. */
export type JournalLine = {
  account: string;
  debit: string;
  credit: string;
  /** When the liability must be paid (liability lines only). */
  dueDate: string | null;
  /** Sub-ledger label, e.g. the state for state withholding. */
  memo: string | null;
};

export type JournalEntryKind = "pay_run" | "adjustment" | "reversal";

/** A balanced, append-only journal entry in one client employer's ledger. */
export type JournalEntry = {
  clientEin: string;
  runId: string;
  kind: JournalEntryKind;
  entryDate: string;
  description: string;
  lines: readonly JournalLine[];
  /** The one paycheck a reversal is about; absent for an entry about the whole run. */
  subject?: string;
};

/** Thrown when an entry does not balance: a programming or data error, never posted. */
export class UnbalancedEntryError extends Error {
  override readonly name = "UnbalancedEntryError";
}

function isCents(value: string): boolean {
  return /^-?\d+(\.\d{1,2})?$/.test(value);
}

/**
 * Asserts that an entry balances to the cent: every amount is whole cents and not negative, each
 * line is a debit or a credit, and total debits equal total credits.
 */
export function assertBalanced(entry: Pick<JournalEntry, "lines">): { debit: string; credit: string } {
  let debit = Money.zero();
  let credit = Money.zero();
  for (const line of entry.lines) {
    if (!isCents(line.debit) || !isCents(line.credit))
      throw new UnbalancedEntryError(`line ${line.account} is not in whole cents`);
    const d = Money.of(line.debit);
    const c = Money.of(line.credit);
    if (d.isNegative() || c.isNegative()) throw new UnbalancedEntryError(`line ${line.account} is negative`);
    if (!d.isZero() && !c.isZero())
      throw new UnbalancedEntryError(`line ${line.account} is both a debit and a credit`);
    debit = debit.plus(d);
    credit = credit.plus(c);
  }
  if (!debit.equals(credit))
    throw new UnbalancedEntryError(
      `entry does not balance: debits ${debit.toFixed()} ≠ credits ${credit.toFixed()}`,
    );
  return { debit: debit.toFixed(), credit: credit.toFixed() };
}

/**
 * Checks one paycheck's own arithmetic: gross = net + employee taxes + deductions. Returns the
 * difference as a message, or null when it holds. A paycheck that fails is never posted.
 */
export function paycheckImbalance(p: PaycheckFigures): string | null {
  const withheld = [
    p.employeeTaxes.federalIncomeTax,
    p.employeeTaxes.socialSecurity,
    p.employeeTaxes.medicare,
    p.employeeTaxes.additionalMedicare,
    p.employeeTaxes.stateIncomeTax,
    ...otherWithheldTaxes(p).map((t) => t.amount),
    ...p.deductions.map((d) => d.amount),
  ].reduce((acc, v) => acc.plus(Money.of(v)), Money.zero());
  const gross = Money.of(p.gross);
  const accounted = withheld.plus(Money.of(p.net));
  return gross.equals(accounted)
    ? null
    : `gross ${gross.toFixed()} ≠ net + withholding + deductions ${accounted.toFixed()}`;
}

type Totals = Map<string, { account: AccountCode; memo: string | null; amount: Money }>;

function add(totals: Totals, account: AccountCode, amount: string, memo: string | null = null): void {
  const value = Money.of(amount);
  if (value.isZero()) return;
  const key = `${account}\u0000${memo ?? ""}`;
  const existing = totals.get(key);
  if (existing) existing.amount = existing.amount.plus(value);
  else totals.set(key, { account, memo, amount: value });
}

/** Debit-side and credit-side totals of a set of paychecks, by account (and state for state tax). */
export function accumulatePaychecks(paychecks: Iterable<PaycheckFigures>): {
  debits: Totals;
  credits: Totals;
} {
  const debits: Totals = new Map();
  const credits: Totals = new Map();
  for (const p of paychecks) {
    add(debits, Accounts.wagesExpense, p.gross);
    add(credits, Accounts.netPayPayable, p.net);
    add(credits, Accounts.federalIncomeTaxPayable, p.employeeTaxes.federalIncomeTax);
    add(credits, Accounts.socialSecurityEmployeePayable, p.employeeTaxes.socialSecurity);
    add(credits, Accounts.medicareEmployeePayable, p.employeeTaxes.medicare);
    add(credits, Accounts.medicareEmployeePayable, p.employeeTaxes.additionalMedicare);
    add(credits, Accounts.stateWithholdingPayable, p.employeeTaxes.stateIncomeTax, p.workState);
    for (const s of p.statePrograms ?? []) add(credits, Accounts.stateProgramsPayable, s.amount, s.code);
    // One liability per locality and tax, so each is remitted to its own collector.
    for (const l of p.localTaxes ?? [])
      add(credits, Accounts.localTaxesPayable, l.amount, `${l.jurisdiction} ${l.code}`);
    for (const d of p.deductions) add(credits, accountForDeduction(d.code), d.amount);

    for (const v of [
      p.employerTaxes.socialSecurity,
      p.employerTaxes.medicare,
      p.employerTaxes.futa,
      p.employerTaxes.suta,
    ])
      add(debits, Accounts.payrollTaxExpense, v);
    add(credits, Accounts.socialSecurityEmployerPayable, p.employerTaxes.socialSecurity);
    add(credits, Accounts.medicareEmployerPayable, p.employerTaxes.medicare);
    add(credits, Accounts.futaPayable, p.employerTaxes.futa);
    add(credits, Accounts.sutaPayable, p.employerTaxes.suta);
    // An employer-paid local tax is an expense and a liability to its collector, like the withheld
    // ones: same account and memo, so it is remitted with them.
    for (const l of p.employerLocalTaxes ?? []) {
      add(debits, Accounts.payrollTaxExpense, l.amount);
      add(credits, Accounts.localTaxesPayable, l.amount, `${l.jurisdiction} ${l.code}`);
    }

    for (const c of p.employerContributions ?? []) {
      add(debits, Accounts.employerBenefitsExpense, c.amount);
      add(credits, accountForEmployerContribution(c.code), c.amount);
    }

    add(debits, Accounts.workersCompExpense, p.workersCompPremium);
    add(credits, Accounts.workersCompPremiumPayable, p.workersCompPremium);
  }
  return { debits, credits };
}

export type PayRunEntryInput = {
  clientEin: string;
  runId: string;
  kind: "pay_run" | "adjustment";
  payDate: string;
  description: string;
  paychecks: Iterable<PaycheckFigures>;
  rules: DepositRules;
  /** 941 taxes already accumulated in the same deposit period before this run ($100,000 rule). */
  prior941InDepositPeriod?: string;
};

/**
 * A state withholding, unemployment or program line's due date by the state's own table and the
 * client's frequency: the rule the deposit calendar groups it by, so the ledger stores the date the
 * calendar shows. Null for any other line, without the client's state rules, or for a state the
 * tables do not cover (the generic date is stored, and the calendar lists the line as unscheduled).
 */
function stateDueDate(
  account: string,
  memo: string | null,
  payDate: string,
  rules: DepositRules,
): string | null {
  if (!rules.states) return null;
  const of = stateDepositOf(
    { account, memo, payDate },
    {
      clientState: rules.states.clientState,
      stateFrequencies: rules.states.frequencies,
      form941ScheduleByYear: { [Number(payDate.slice(0, 4))]: rules.form941 },
    },
  );
  return of && !("refused" in of) ? of.due.dueDate : null;
}

/**
 * Builds the journal entry for a pay run (or an off-cycle adjustment run): debit wages, employer
 * payroll taxes, employer benefit contributions and workers' comp premium to expense; credit each
 * liability with its due date from the client's deposit rules. Asserts the entry balances.
 * @see us-payroll-2026.md §8 (ASO accounting); IRS Pub 15 (2026) §11 (deposit timing)
 */
export function buildPayRunEntry(input: PayRunEntryInput): JournalEntry {
  const { debits, credits } = accumulatePaychecks(input.paychecks);
  let run941 = Money.zero();
  for (const c of credits.values()) if (FORM_941_ACCOUNTS.has(c.account)) run941 = run941.plus(c.amount);
  const accumulated941 = Money.of(input.prior941InDepositPeriod ?? "0")
    .plus(run941)
    .toFixed();

  const lines: JournalLine[] = [];
  const sortByAccount = <T extends { account: string; memo: string | null }>(xs: Iterable<T>) =>
    [...xs].sort((a, b) => a.account.localeCompare(b.account) || (a.memo ?? "").localeCompare(b.memo ?? ""));
  for (const d of sortByAccount(debits.values())) {
    lines.push({
      account: d.account,
      debit: d.amount.toFixed(),
      credit: "0.00",
      dueDate: null,
      memo: d.memo,
    });
  }
  for (const c of sortByAccount(credits.values())) {
    lines.push({
      account: c.account,
      debit: "0.00",
      credit: c.amount.toFixed(),
      dueDate:
        c.account === Accounts.localTaxesPayable
          ? localDueDate(c.memo, input.payDate)
          : (stateDueDate(c.account, c.memo, input.payDate, input.rules) ??
            dueDateFor(c.account, input.payDate, input.rules, accumulated941)),
      memo: c.memo,
    });
  }
  const entry: JournalEntry = {
    clientEin: input.clientEin,
    runId: input.runId,
    kind: input.kind,
    entryDate: input.payDate,
    description: input.description,
    lines,
  };
  assertBalanced(entry);
  return entry;
}

/**
 * The reversing entry that voids `entry`: the same lines with debits and credits swapped, dated
 * `entryDate`. Posting both nets every account to zero; nothing is ever deleted.
 */
export function reverseEntry(entry: JournalEntry, entryDate: string, description: string): JournalEntry {
  if (entry.kind === "reversal") throw new Error("a reversal is never reversed; post a new run instead");
  const reversal: JournalEntry = {
    clientEin: entry.clientEin,
    runId: entry.runId,
    kind: "reversal",
    entryDate,
    description,
    lines: entry.lines.map((l) => ({ ...l, debit: l.credit, credit: l.debit })),
  };
  assertBalanced(reversal);
  return reversal;
}

/**
 * The reversing entry that voids one posted paycheck of a run: the entry the paycheck alone would
 * have posted (liabilities due as on its pay date), with debits and credits swapped, dated
 * `entryDate`. The run's own entry is left as it was posted.
 */
export function paycheckReversalEntry(input: {
  clientEin: string;
  runId: string;
  paycheckId: string;
  paycheck: PaycheckFigures;
  rules: DepositRules;
  entryDate: string;
  description: string;
}): JournalEntry {
  const alone = buildPayRunEntry({
    clientEin: input.clientEin,
    runId: input.runId,
    kind: "pay_run",
    payDate: input.paycheck.payDate,
    description: input.description,
    paychecks: [input.paycheck],
    rules: input.rules,
  });
  return { ...reverseEntry(alone, input.entryDate, input.description), subject: input.paycheckId };
}

/** Total of the Form 941 liability (withheld income tax and both FICA shares) in an entry, signed. */
export function form941Liability(entry: Pick<JournalEntry, "lines">): string {
  let total = Money.zero();
  for (const l of entry.lines) {
    if (!FORM_941_ACCOUNTS.has(l.account)) continue;
    total = total.plus(Money.of(l.credit)).minus(Money.of(l.debit));
  }
  return total.toFixed();
}

/** Whether an account is a liability (its normal balance is a credit). */
export function isLiabilityAccount(account: string): boolean {
  return accountDefinition(account).kind === "liability";
}
