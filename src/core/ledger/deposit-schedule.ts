import { addDays, dayOfWeek, isoDate, monthEnd, parts } from "../calendar/iso-date";
import { Money } from "../money/money";
import type { StateWithholdingFrequency } from "../tables/states/deposit-frequencies";
import { type AccountCode, accountDefinition } from "./accounts";
import {
  addBusinessDays,
  nextBusinessDay,
  nextMonth,
  nthBusinessDayOfMonth,
  onOrNextBusinessDay,
  quarterOf,
} from "./business-days";

/** Dated figures with their source, as the house style keeps every statutory number. */
export const DEPOSIT_FIGURES = {
  lookbackThreshold: {
    effective: "1993-01-01",
    value: "50000",
    source: "IRS Pub 15 (2026) §11: monthly depositor if lookback-period taxes were $50,000 or less",
  },
  nextDayThreshold: {
    effective: "1993-01-01",
    value: "100000",
    source: "IRS Pub 15 (2026) §11 '$100,000 Next-Day Deposit Rule'",
  },
  futaDepositThreshold: {
    effective: "1985-01-01",
    value: "500",
    source: "IRS Pub 15 (2025) pp. 42–43: deposit FUTA when the accumulated liability is over $500",
  },
  smallPlanSafeHarborBusinessDays: {
    effective: "2010-01-14",
    value: "7",
    source: "29 CFR 2510.3-102(a)(2) (FR 2010-430): plans with fewer than 100 participants",
  },
  largePlanBusinessDayOfNextMonth: {
    effective: "1997-02-03",
    value: "15",
    source: "29 CFR 2510.3-102(b)(1): no later than the 15th business day of the following month",
  },
} as const satisfies Record<string, { effective: string; value: string; source: string }>;

export type Form941Schedule = "monthly" | "semiweekly";

/** How retirement deferrals must reach the plan. */
export type RetirementDepositRule =
  | { kind: "business_days_after_pay_date"; days: number }
  | { kind: "business_day_of_next_month"; n: number };

/** The client's deposit rules (client settings), with defaults for anything not set. */
export type DepositRules = {
  form941: Form941Schedule;
  retirement: RetirementDepositRule;
  /** State income tax withholding: day of the following month (many states: 15th). */
  stateWithholdingDayOfNextMonth: number;
  /** Carrier premiums, FSA: day of the following month the carrier bill is paid. */
  carrierDayOfNextMonth: number;
  /** HSA: business days after pay date the custodian must receive the money. */
  hsaBusinessDays: number;
  /** Workers' compensation (pay-as-you-go): day of the following month. */
  workersCompDayOfNextMonth: number;
  /** Garnishments: business days after pay date (state orders commonly 7). */
  garnishmentBusinessDays: number;
  /**
   * What dates state liabilities by each state's own table (`stateDepositOf`): the client's
   * unemployment state and the withholding frequency each state assigned it. Absent: the generic
   * `stateWithholdingDayOfNextMonth` and quarterly dates above.
   */
  states?: {
    clientState: string;
    frequencies: Readonly<Record<string, StateWithholdingFrequency>>;
  };
};

/**
 * The defaults: a monthly 941 depositor (new employers are monthly: Pub 15 §11), the small-plan
 * 7-business-day 401(k) safe harbor, state withholding and carrier bills on the 15th/1st of the
 * next month. Each is a client setting.
 */
export const DEFAULT_DEPOSIT_RULES: DepositRules = {
  form941: "monthly",
  retirement: { kind: "business_days_after_pay_date", days: 7 },
  stateWithholdingDayOfNextMonth: 15,
  carrierDayOfNextMonth: 1,
  hsaBusinessDays: 3,
  workersCompDayOfNextMonth: 15,
  garnishmentBusinessDays: 7,
};

/**
 * The 941 deposit schedule for a calendar year from the lookback period (the four quarters from
 * 1 July two years before to 30 June of the prior year): monthly if the taxes reported then were
 * $50,000 or less (or the employer has no lookback history), else semiweekly.
 * @see IRS Pub 15 (2026) §11 "Determining your deposit schedule"
 */
export function form941ScheduleFromLookback(lookbackTaxes: string | null): Form941Schedule {
  if (lookbackTaxes === null) return "monthly";
  return Money.of(lookbackTaxes).greaterThan(Money.of(DEPOSIT_FIGURES.lookbackThreshold.value))
    ? "semiweekly"
    : "monthly";
}

/** The lookback period for a calendar year: 1 July of year−2 through 30 June of year−1. */
export function lookbackPeriod(year: number): { from: string; to: string } {
  return { from: isoDate(year - 2, 7, 1), to: isoDate(year - 1, 6, 30) };
}

/**
 * Due date of Form 941 taxes (withheld income tax and both FICA shares) for wages paid on `payDate`.
 * Monthly: the 15th of the next month. Semiweekly: Wednesday–Friday paydays deposit by the next
 * Wednesday, Saturday–Tuesday paydays by the next Friday, always at least 3 business days after the
 * semiweekly period closes (a holiday adds a day). Either way, $100,000 or more accumulated in the
 * deposit period is due the next business day. Weekends and legal holidays move a deadline to the
 * next business day.
 * @see IRS Pub 15 (2026) §11 "When To Deposit", "$100,000 Next-Day Deposit Rule"
 */
export function form941DueDate(
  payDate: string,
  schedule: Form941Schedule,
  accumulatedInPeriod: string = "0",
): string {
  if (Money.of(accumulatedInPeriod).amount.greaterThanOrEqualTo(DEPOSIT_FIGURES.nextDayThreshold.value)) {
    return nextBusinessDay(payDate);
  }
  if (schedule === "monthly") {
    const { year, month } = parts(payDate);
    const next = nextMonth(year, month);
    return onOrNextBusinessDay(isoDate(next.year, next.month, 15));
  }
  const dow = dayOfWeek(payDate);
  // Semiweekly periods: Wed–Fri and Sat–Tue. Find the close of the period holding the payday.
  const periodEnd = dow >= 3 && dow <= 5 ? addDays(payDate, 5 - dow) : addDays(payDate, (2 - dow + 7) % 7);
  return addBusinessDays(periodEnd, 3);
}

/** The first day of the 941 deposit period holding `payDate` (for the $100,000 accumulation). */
export function form941DepositPeriodStart(payDate: string, schedule: Form941Schedule): string {
  if (schedule === "monthly") {
    const { year, month } = parts(payDate);
    return isoDate(year, month, 1);
  }
  const dow = dayOfWeek(payDate);
  return dow >= 3 && dow <= 5 ? addDays(payDate, 3 - dow) : addDays(payDate, -((dow - 6 + 7) % 7));
}

/** Due date of retirement plan deferrals under the plan's rule. @see 29 CFR 2510.3-102 */
export function retirementDueDate(payDate: string, rule: RetirementDepositRule): string {
  if (rule.kind === "business_days_after_pay_date") return addBusinessDays(payDate, rule.days);
  const { year, month } = parts(payDate);
  const next = nextMonth(year, month);
  return nthBusinessDayOfMonth(next.year, next.month, rule.n);
}

/**
 * Quarterly due date (SUTA in most states, FUTA above $500): the last day of the month after the
 * quarter, moved to the next business day.
 * @see IRS Pub 15 (2025) p. 42 (FUTA); state UI quarterly contribution reports
 */
export function quarterlyDueDate(payDate: string): string {
  const { year } = parts(payDate);
  const q = quarterOf(payDate);
  const month = q * 3 + 1;
  return month > 12 ? onOrNextBusinessDay(monthEnd(year + 1, 1)) : onOrNextBusinessDay(monthEnd(year, month));
}

/**
 * FUTA deposit due dates for one calendar year's FUTA credits, in pay-date order. FUTA accumulates
 * per quarter; when the undeposited total at a quarter end is over $500 it is due by the last day of
 * the next month, otherwise it rolls into the next quarter. Whatever remains after the fourth quarter
 * is due with Form 940 (31 January, or deposited by then). The date of a credit is the date of the
 * deposit that settles it.
 * @see IRS Pub 15 (2025) pp. 42–43 "When To Deposit" (FUTA)
 */
export function futaDueDates(credits: readonly { payDate: string; amount: string }[]): string[] {
  const order = credits.map((c, i) => ({ ...c, i })).sort((a, b) => a.payDate.localeCompare(b.payDate));
  const due: string[] = new Array(credits.length);
  let pending: number[] = [];
  let undeposited = Money.zero();
  const threshold = Money.of(DEPOSIT_FIGURES.futaDepositThreshold.value);
  const flush = (date: string) => {
    for (const i of pending) due[i] = date;
    pending = [];
    undeposited = Money.zero();
  };
  let currentQuarter: string | undefined;
  for (const credit of order) {
    const { year } = parts(credit.payDate);
    const key = `${year}Q${quarterOf(credit.payDate)}`;
    if (currentQuarter !== undefined && key !== currentQuarter) {
      // Close the previous quarter: deposit when over $500, else roll forward.
      if (undeposited.greaterThan(threshold)) flush(quarterlyDueDate(quarterEndOf(currentQuarter)));
    }
    currentQuarter = key;
    pending.push(credit.i);
    undeposited = undeposited.plus(Money.of(credit.amount));
  }
  if (currentQuarter !== undefined) {
    const year = Number(currentQuarter.slice(0, 4));
    // The last quarter seen: over $500 → quarterly deposit; else due with Form 940 on 31 January.
    flush(
      undeposited.greaterThan(threshold)
        ? quarterlyDueDate(quarterEndOf(currentQuarter))
        : onOrNextBusinessDay(isoDate(year + 1, 1, 31)),
    );
  }
  return due;
}

function quarterEndOf(key: string): string {
  const year = Number(key.slice(0, 4));
  const q = Number(key.slice(5));
  return monthEnd(year, q * 3);
}

function dayOfNextMonth(payDate: string, day: number): string {
  const { year, month } = parts(payDate);
  const next = nextMonth(year, month);
  const last = Number(monthEnd(next.year, next.month).slice(8));
  return onOrNextBusinessDay(isoDate(next.year, next.month, Math.min(day, last)));
}

/**
 * Due date of a liability account for wages paid on `payDate`. FUTA's date here assumes the
 * quarter's total goes over $500; `futaDueDates` settles the real date from the year's credits.
 */
export function dueDateFor(
  account: AccountCode,
  payDate: string,
  rules: DepositRules,
  accumulated941InPeriod = "0",
): string | null {
  const def = accountDefinition(account);
  if (def.kind !== "liability") return null;
  switch (def.payee) {
    case "employees":
      return payDate;
    case "irs_941":
      return form941DueDate(payDate, rules.form941, accumulated941InPeriod);
    case "irs_futa":
    case "state_unemployment":
      return quarterlyDueDate(payDate);
    case "state_withholding":
      return dayOfNextMonth(payDate, rules.stateWithholdingDayOfNextMonth);
    case "retirement_plan":
      return retirementDueDate(payDate, rules.retirement);
    case "benefit_carriers":
    case "fsa_administrator":
      return dayOfNextMonth(payDate, rules.carrierDayOfNextMonth);
    case "hsa_custodian":
      return addBusinessDays(payDate, rules.hsaBusinessDays);
    case "workers_comp_carrier":
      return dayOfNextMonth(payDate, rules.workersCompDayOfNextMonth);
    case "garnishment_payees":
      return addBusinessDays(payDate, rules.garnishmentBusinessDays);
    // Local taxes are dated per tax by the journal (localDueDate), from the line's memo; without it
    // no date is better than a guessed one.
    case "local_tax_collector":
      return null;
    default:
      return payDate;
  }
}
