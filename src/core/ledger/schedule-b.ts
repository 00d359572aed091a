import { parts } from "../calendar/iso-date";
import { Money } from "../money/money";
import { quarterRange } from "./business-days";
import { parseQuarter } from "./form-941";
import type { PaycheckFigures } from "./paycheck-figures";

/** Schedule B (Form 941): the tax liability of each day wages were paid, by month of the quarter. */
export type ScheduleB = {
  quarter: string;
  months: { month: 1 | 2 | 3; days: { day: number; amount: string }[]; total: string }[];
  /** Total liability for the quarter: equals Form 941 line 12. */
  total: string;
};

/**
 * The liability of one paycheck on its pay date: income tax withheld plus both shares of Social
 * Security and Medicare and the Additional Medicare Tax, as withheld and owed on that paycheck. The
 * actual per-paycheck amounts are used, so the fractions-of-cents adjustment (941 line 7) is already
 * inside each day and the total equals line 12.
 * @see Instructions for Schedule B (Form 941) (Rev. January 2017), "Completing Schedule B"
 */
export function paycheckLiability(p: PaycheckFigures): Money {
  return [
    p.employeeTaxes.federalIncomeTax,
    p.employeeTaxes.socialSecurity,
    p.employerTaxes.socialSecurity,
    p.employeeTaxes.medicare,
    p.employerTaxes.medicare,
    p.employeeTaxes.additionalMedicare,
  ].reduce((acc, v) => acc.plus(Money.of(v)), Money.zero());
}

/**
 * Schedule B for a quarter from its posted paychecks (by pay date): each day of each month with the
 * liability of the wages paid that day, days with none left out.
 * @see Instructions for Schedule B (Form 941); IRS Pub 15 (2025) section 11, Depositing Taxes (semiweekly schedule)
 */
export function buildScheduleB(quarterKey: string, paychecks: Iterable<PaycheckFigures>): ScheduleB {
  const q = parseQuarter(quarterKey);
  if (!q) throw new Error(`not a quarter: ${quarterKey}`);
  const { start, end } = quarterRange(q.year, q.quarter);
  const byDay = [new Map<number, Money>(), new Map<number, Money>(), new Map<number, Money>()];
  for (const p of paychecks) {
    if (p.payDate < start || p.payDate > end) continue;
    const { month, day } = parts(p.payDate);
    const m = byDay[(month - 1) % 3]!;
    m.set(day, (m.get(day) ?? Money.zero()).plus(paycheckLiability(p)));
  }
  const months = byDay.map((m, i) => {
    const days = [...m.entries()]
      .filter(([, v]) => !v.isZero())
      .sort(([a], [b]) => a - b)
      .map(([day, v]) => ({ day, amount: v.toFixed() }));
    const total = [...m.values()].reduce((a, v) => a.plus(v), Money.zero());
    return { month: (i + 1) as 1 | 2 | 3, days, total: total.toFixed() };
  });
  return {
    quarter: quarterKey,
    months,
    total: months.reduce((a, m) => a.plus(Money.of(m.total)), Money.zero()).toFixed(),
  };
}
