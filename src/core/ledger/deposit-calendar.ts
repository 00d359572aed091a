import { Money } from "../money/money";
import { pickDated } from "../tables/dated";
import {
  STATE_DEPOSIT_RULES,
  STATE_PROGRAM_DEPOSITS,
  type StateDepositRule,
  type StateWithholdingFrequency,
} from "../tables/states/deposit-frequencies";
import { Accounts, accountDefinition, FORM_941_ACCOUNTS, type Payee } from "./accounts";
import {
  addBusinessDays,
  addDays,
  isoDate,
  lastDayOfMonth,
  nextBusinessDay,
  nextMonth,
  onOrNextBusinessDay,
  parts,
  quarterOf,
  quarterRange,
} from "./business-days";
import {
  DEPOSIT_FIGURES,
  type DepositRules,
  type Form941Schedule,
  form941DepositPeriodStart,
  form941DueDate,
  quarterlyDueDate,
} from "./deposit-schedule";

/**
 * The deposit calendar of one client employer: every liability of its posted ledger grouped into the
 * deposits the ASO must make for the client, under the client's EIN, with each deposit's payee, amount,
 * due date and status. Pure: the ledger's postings, the client's rules, the payments recorded and the
 * day to judge "overdue" by all come in as parameters.
 * @see IRS Pub 15 (2026) §11 (941 deposits), Pub 15 pp. 42–43 (FUTA), 29 CFR 2510.3-102 (401(k)),
 *   src/core/tables/states/deposit-frequencies.ts (states)
 */

/** A run's net liability in one account (credits − debits, voids included), dated by the run's pay date. */
export type LiabilityPosting = {
  runId: string;
  payDate: string;
  account: string;
  /** The state for state withholding, the program code for state programs. */
  memo: string | null;
  amount: string;
};

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

type Draft = {
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

function newDraft(init: Omit<Draft, "lines" | "from" | "to">): Draft {
  return { ...init, lines: new Map(), from: "9999-12-31", to: "0000-01-01" };
}

function addTo(draft: Draft, p: { payDate: string; account: string; memo: string | null; amount: Money }) {
  const key = `${p.account}\u0000${p.memo ?? ""}`;
  const line = draft.lines.get(key);
  if (line) line.amount = line.amount.plus(p.amount);
  else draft.lines.set(key, { account: p.account, memo: p.memo, amount: p.amount });
  if (p.payDate < draft.from) draft.from = p.payDate;
  if (p.payDate > draft.to) draft.to = p.payDate;
}

function total(draft: Draft): Money {
  let sum = Money.zero();
  for (const l of draft.lines.values()) sum = sum.plus(l.amount);
  return sum;
}

type Posting = { payDate: string; account: string; memo: string | null; amount: Money };

/** Nets each run's postings per account and memo (a voided run nets to nothing) and drops zeros. */
function netByRun(postings: readonly LiabilityPosting[]): Posting[] {
  const byKey = new Map<string, Posting>();
  for (const p of postings) {
    if (accountDefinition(p.account).kind !== "liability") continue;
    const key = `${p.runId}\u0000${p.account}\u0000${p.memo ?? ""}`;
    const found = byKey.get(key);
    if (found) found.amount = found.amount.plus(Money.of(p.amount));
    else byKey.set(key, { payDate: p.payDate, account: p.account, memo: p.memo, amount: Money.of(p.amount) });
  }
  return [...byKey.values()]
    .filter((p) => !p.amount.isZero())
    .sort((a, b) => a.payDate.localeCompare(b.payDate) || a.account.localeCompare(b.account));
}

/** A semiweekly period's first day, never before the start of the pay date's quarter (Pub 15 §11). */
function semiweeklyKey(payDate: string): string {
  const start = form941DepositPeriodStart(payDate, "semiweekly");
  const quarterStart = quarterRange(parts(payDate).year, quarterOf(payDate)).start;
  // ISO dates compare as strings: a period that began in the previous quarter starts with this one.
  if (start < quarterStart) return quarterStart;
  return start;
}

/**
 * Form 941 deposits. Pay dates are walked in order within each deposit period (a month, or a
 * semiweekly period split at a quarter's end). When the period's undeposited taxes reach $100,000 on a
 * pay date, everything undeposited is due the next business day, accumulation starts again at zero,
 * and a monthly depositor becomes semiweekly for the rest of the year and the next one.
 * @see IRS Pub 15 (2026) §11 "Semiweekly deposit schedule", "Deposit period spanning two quarters",
 *   "$100,000 Next-Day Deposit Rule"
 */
function form941Deposits(
  postings: readonly Posting[],
  scheduleByYear: Readonly<Record<number, Form941Schedule>>,
) {
  const drafts: Draft[] = [];
  const threshold = Money.of(DEPOSIT_FIGURES.nextDayThreshold.value);
  const byYear = new Map<number, Posting[]>();
  for (const p of postings) {
    if (!FORM_941_ACCOUNTS.has(p.account)) continue;
    const year = parts(p.payDate).year;
    byYear.set(year, [...(byYear.get(year) ?? []), p]);
  }
  let semiweeklyFromLastYear = false;
  let lastYear: number | undefined;
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    if (lastYear !== undefined && year !== lastYear + 1) semiweeklyFromLastYear = false;
    let schedule: Form941Schedule = semiweeklyFromLastYear
      ? "semiweekly"
      : (scheduleByYear[year] ?? "monthly");
    let switchedThisYear = false;
    let open: { key: string; schedule: Form941Schedule; draft: Draft } | undefined;
    const close = () => {
      if (!open) return;
      open.draft.dueDate = form941DueDate(open.draft.to, open.schedule);
      drafts.push(open.draft);
      open = undefined;
    };
    const days = new Map<string, Posting[]>();
    for (const p of byYear.get(year)!) days.set(p.payDate, [...(days.get(p.payDate) ?? []), p]);
    for (const [day, dayPostings] of [...days.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const key = schedule === "monthly" ? `M-${day.slice(0, 7)}` : `SW-${semiweeklyKey(day)}`;
      if (open && open.key !== key) close();
      if (!open) {
        open = {
          key,
          schedule,
          draft: newDraft({
            id: `941-${key}`,
            payee: "irs_941",
            agency: AGENCIES.irs_941,
            state: null,
            dueDate: "",
            rule:
              schedule === "monthly"
                ? "941 monthly schedule: by the 15th of the next month"
                : "941 semiweekly schedule: Wed–Fri paydays by the next Wednesday, Sat–Tue paydays by the next Friday (3 business days)",
          }),
        };
      }
      for (const p of dayPostings) addTo(open.draft, p);
      if (!total(open.draft).lessThan(threshold)) {
        const draft = open.draft;
        draft.id = `941-ND-${day}`;
        draft.rule = "$100,000 next-day rule: $100,000 or more accumulated, due the next business day";
        draft.dueDate = nextBusinessDay(day);
        drafts.push(draft);
        open = undefined;
        if (schedule === "monthly") {
          schedule = "semiweekly";
          switchedThisYear = true;
        }
      }
    }
    close();
    semiweeklyFromLastYear = switchedThisYear;
    lastYear = year;
  }
  return drafts;
}

/**
 * FUTA deposits: each quarter's liability is deposited by the last day of the month after the quarter
 * once the undeposited total is over $500, otherwise carried into the next quarter; what is left after
 * the fourth quarter (or after the last quarter posted so far) is due by 31 January.
 * @see IRS Pub 15 (2025) pp. 42–43 "When To Deposit" (FUTA)
 */
function futaDeposits(postings: readonly Posting[]): Draft[] {
  const drafts: Draft[] = [];
  const threshold = Money.of(DEPOSIT_FIGURES.futaDepositThreshold.value);
  const futa = postings.filter((p) => p.account === Accounts.futaPayable);
  const years = [...new Set(futa.map((p) => parts(p.payDate).year))].sort((a, b) => a - b);
  for (const year of years) {
    let draft: Draft | undefined;
    for (const quarter of [1, 2, 3, 4] as const) {
      const { start, end } = quarterRange(year, quarter);
      const inQuarter = futa.filter((p) => p.payDate >= start && p.payDate <= end);
      if (inQuarter.length === 0 && !draft) continue;
      draft ??= newDraft({
        id: "",
        payee: "irs_futa",
        agency: AGENCIES.irs_futa,
        state: null,
        dueDate: "",
        rule: "",
      });
      for (const p of inQuarter) addTo(draft, p);
      const later = futa.some((p) => p.payDate > end && parts(p.payDate).year === year);
      if (total(draft).greaterThan(threshold) || quarter === 4 || !later) {
        const over = total(draft).greaterThan(threshold);
        const depositQuarter = over ? quarter : 4;
        draft.id = `940-${year}Q${depositQuarter}`;
        draft.dueDate = quarterlyDueDate(quarterRange(year, depositQuarter).end);
        draft.rule = over
          ? "FUTA over $500: by the last day of the month after the quarter"
          : "FUTA of $500 or less so far: carried forward, due by 31 January with Form 940";
        drafts.push(draft);
        draft = undefined;
        if (!later) break;
      }
    }
  }
  return drafts;
}

function dayOfMonthAfter(year: number, month: number, day: number): string {
  const next = nextMonth(year, month);
  const last = Number(lastDayOfMonth(next.year, next.month).slice(8));
  return onOrNextBusinessDay(isoDate(next.year, next.month, Math.min(day, last)));
}

/** The period key and due date of a state rule for one pay date. */
function stateDue(
  rule: StateDepositRule,
  payDate: string,
  schedule941: Form941Schedule,
): { key: string; dueDate: string; words: string } {
  const { year, month, day } = parts(payDate);
  const q = quarterOf(payDate);
  switch (rule.kind) {
    case "federal_schedule":
      return schedule941 === "monthly"
        ? stateDue({ kind: "monthly", dayOfNextMonth: 15 }, payDate, schedule941)
        : stateDue({ kind: "semiweekly" }, payDate, schedule941);
    case "semiweekly":
      return {
        key: `SW-${semiweeklyKey(payDate)}`,
        dueDate: form941DueDate(payDate, "semiweekly"),
        words: "semiweekly: Wed–Fri paydays by the next Wednesday, Sat–Tue by the next Friday",
      };
    case "semimonthly": {
      const periodEnd = day <= 15 ? isoDate(year, month, 15) : lastDayOfMonth(year, month);
      return {
        key: `SM-${periodEnd}`,
        dueDate: addBusinessDays(periodEnd, rule.businessDaysAfter),
        words: `semimonthly: ${rule.businessDaysAfter} business days after the 15th and the month's end`,
      };
    }
    case "monthly": {
      const quarterEnd = month % 3 === 0 && rule.quarterEndDay !== undefined;
      return {
        key: `M-${payDate.slice(0, 7)}`,
        dueDate: dayOfMonthAfter(year, month, quarterEnd ? rule.quarterEndDay! : rule.dayOfNextMonth),
        words: quarterEnd
          ? "monthly: a quarter's last month is due with the quarterly return"
          : `monthly: by the ${ordinal(rule.dayOfNextMonth)} of the next month`,
      };
    }
    case "quarterly":
      return {
        key: `${year}Q${q}`,
        dueDate: dayOfMonthAfter(year, q * 3, rule.dayOfMonthAfterQuarter),
        words:
          rule.dayOfMonthAfterQuarter >= 31
            ? "quarterly: by the last day of the month after the quarter"
            : `quarterly: by the ${ordinal(rule.dayOfMonthAfterQuarter)} of the month after the quarter`,
      };
    case "every_payroll":
      return {
        key: payDate,
        dueDate: addBusinessDays(payDate, rule.businessDaysAfter),
        words: `every payroll: ${rule.businessDaysAfter} business days after the pay date`,
      };
  }
}

function ordinal(n: number): string {
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

/** State withholding and unemployment deposits, by each state's table and the client's frequency. */
function stateDeposits(
  postings: readonly Posting[],
  input: Pick<DepositCalendarInput, "clientState" | "stateFrequencies" | "form941ScheduleByYear">,
): { drafts: Draft[]; unscheduled: Posting[]; reasons: Map<Posting, string> } {
  const drafts = new Map<string, Draft>();
  const unscheduled: Posting[] = [];
  const reasons = new Map<Posting, string>();
  const refuse = (p: Posting, reason: string) => {
    unscheduled.push(p);
    reasons.set(p, reason);
  };
  for (const p of postings) {
    let kind: "withholding" | "unemployment";
    let state: string;
    if (p.account === Accounts.stateWithholdingPayable) {
      kind = "withholding";
      state = (p.memo ?? "").toUpperCase();
    } else if (p.account === Accounts.sutaPayable) {
      kind = "unemployment";
      state = input.clientState.toUpperCase();
    } else if (p.account === Accounts.stateProgramsPayable) {
      const code = (p.memo ?? "").toUpperCase();
      state = code.slice(0, 2);
      const travelsWith = STATE_PROGRAM_DEPOSITS[code];
      if (!travelsWith) {
        refuse(p, `deposit frequency not known for the state program ${code || "(unnamed)"}`);
        continue;
      }
      kind = travelsWith;
    } else continue;
    const entry = pickDated(STATE_DEPOSIT_RULES[state] ?? [], p.payDate);
    if (!entry) {
      refuse(p, `deposit frequency not known for ${state || "(no state)"}`);
      continue;
    }
    let rule: StateDepositRule;
    let agency: string;
    let words: string;
    if (kind === "withholding") {
      const withholding = entry.value.withholding;
      if (!withholding) {
        refuse(p, `${state} has no state withholding deposit in the table, yet withholding was posted`);
        continue;
      }
      const frequency = input.stateFrequencies[state] ?? withholding.default;
      const chosen = withholding.frequencies[frequency];
      if (!chosen) {
        refuse(p, `deposit frequency ${frequency} not known for ${state}`);
        continue;
      }
      rule = chosen;
      agency = withholding.agency;
      words =
        input.stateFrequencies[state] !== undefined
          ? `${state} withholding, frequency the state assigned (client setting)`
          : `${state} withholding, the table's default frequency (${frequency}); no client setting`;
    } else {
      rule = entry.value.unemployment.rule;
      agency = entry.value.unemployment.agency;
      words = `${state} unemployment`;
    }
    const year = parts(p.payDate).year;
    const due = stateDue(rule, p.payDate, input.form941ScheduleByYear[year] ?? "monthly");
    const id = `${kind === "withholding" ? "SIT" : "SUI"}-${state}-${due.key}`;
    let draft = drafts.get(id);
    if (!draft) {
      draft = newDraft({
        id,
        payee: kind === "withholding" ? "state_withholding" : "state_unemployment",
        agency,
        state,
        dueDate: due.dueDate,
        rule: `${words}; ${due.words}`,
        ...(entry.unverified ? { unverified: true as const } : {}),
      });
      drafts.set(id, draft);
    }
    // Within a period the due date is the latest any pay date gives (they agree for every rule here).
    if (due.dueDate > draft.dueDate) draft.dueDate = due.dueDate;
    addTo(draft, p);
  }
  return { drafts: [...drafts.values()], unscheduled, reasons };
}

const AGENCIES: Record<Payee, string> = {
  employees: "Employees (net pay)",
  irs_941: "IRS (EFTPS): Form 941 taxes",
  irs_futa: "IRS (EFTPS): FUTA, Form 940",
  state_withholding: "State withholding agency",
  state_unemployment: "State unemployment agency",
  retirement_plan: "401(k) plan trustee",
  benefit_carriers: "Benefit carriers (premiums)",
  hsa_custodian: "HSA custodian",
  fsa_administrator: "FSA administrator",
  workers_comp_carrier: "Workers' compensation carrier",
  garnishment_payees: "Garnishment payees",
  other_payees: "Other deduction payees",
};

const ID_PREFIX: Partial<Record<Payee, string>> = {
  retirement_plan: "401K",
  benefit_carriers: "PREM",
  hsa_custodian: "HSA",
  fsa_administrator: "FSA",
  workers_comp_carrier: "WC",
  garnishment_payees: "GARN",
  other_payees: "OTHER",
};

function otherRuleWords(payee: Payee, rules: DepositCalendarInput["rules"]): string {
  switch (payee) {
    case "retirement_plan":
      return rules.retirement.kind === "business_days_after_pay_date"
        ? `401(k): as soon as segregable, at the latest ${rules.retirement.days} business days after the pay date (small-plan safe harbor)`
        : `401(k): by the ${ordinal(rules.retirement.n)} business day of the next month (outer limit)`;
    case "benefit_carriers":
    case "fsa_administrator":
      return `carrier bill: by the ${ordinal(rules.carrierDayOfNextMonth)} of the next month`;
    case "hsa_custodian":
      return `HSA: ${rules.hsaBusinessDays} business days after the pay date`;
    case "workers_comp_carrier":
      return `pay-as-you-go premium: by the ${ordinal(rules.workersCompDayOfNextMonth)} of the next month`;
    case "garnishment_payees":
      return `garnishments: ${rules.garnishmentBusinessDays} business days after the pay date`;
    default:
      return "by the next business day after the pay date";
  }
}

/** Retirement, carriers, HSA, FSA, workers' comp, garnishments: one deposit per payee and due date. */
function otherDeposits(postings: readonly Posting[], rules: DepositCalendarInput["rules"]): Draft[] {
  const drafts = new Map<string, Draft>();
  for (const p of postings) {
    const payee = accountDefinition(p.account).payee;
    if (!payee) continue;
    const prefix = ID_PREFIX[payee];
    if (!prefix) continue;
    const dueDate = otherDueDate(payee, p.payDate, rules);
    const id = `${prefix}-${dueDate}`;
    let draft = drafts.get(id);
    if (!draft) {
      draft = newDraft({
        id,
        payee,
        agency: AGENCIES[payee],
        state: null,
        dueDate,
        rule: otherRuleWords(payee, rules),
      });
      drafts.set(id, draft);
    }
    addTo(draft, p);
  }
  return [...drafts.values()];
}

function otherDueDate(payee: Payee, payDate: string, rules: DepositCalendarInput["rules"]): string {
  const { year, month } = parts(payDate);
  switch (payee) {
    case "retirement_plan":
      return rules.retirement.kind === "business_days_after_pay_date"
        ? addBusinessDays(payDate, rules.retirement.days)
        : addBusinessDays(
            addDays(isoDate(nextMonth(year, month).year, nextMonth(year, month).month, 1), -1),
            rules.retirement.n,
          );
    case "benefit_carriers":
    case "fsa_administrator":
      return dayOfMonthAfter(year, month, rules.carrierDayOfNextMonth);
    case "hsa_custodian":
      return addBusinessDays(payDate, rules.hsaBusinessDays);
    case "workers_comp_carrier":
      return dayOfMonthAfter(year, month, rules.workersCompDayOfNextMonth);
    case "garnishment_payees":
      return addBusinessDays(payDate, rules.garnishmentBusinessDays);
    default:
      return nextBusinessDay(payDate);
  }
}

/**
 * Builds the deposit calendar: every deposit due in [from, to] (by due date), each with its status on
 * `asOf` (paid when a payment is recorded, overdue when its due date has passed, else due), plus the
 * liabilities of pay dates up to `to` that no known rule can date. Net pay is not a deposit (employees
 * are paid on the pay date) and is left out.
 */
export function buildDepositCalendar(input: DepositCalendarInput): DepositCalendar {
  const postings = netByRun(input.postings);
  const states = stateDeposits(postings, input);
  const drafts = [
    ...form941Deposits(postings, input.form941ScheduleByYear),
    ...futaDeposits(postings),
    ...states.drafts,
    ...otherDeposits(postings, input.rules),
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
  const unscheduled = groupUnscheduled(
    states.unscheduled.filter((p) => p.payDate >= yearStart && p.payDate <= input.to),
    states.reasons,
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
      p.account === Accounts.stateProgramsPayable
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

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
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
