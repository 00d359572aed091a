import { addDays, isoDate, monthEnd, parts } from "../calendar/iso-date";
import type { PayFrequency } from "../tables/us/pay-periods";
import { isBusinessDay } from "./business-days";

/**
 * The pay period that ends on `periodEnd` for a pay frequency: 7 or 14 days back for weekly and
 * biweekly; the 1st–15th or 16th–last day for semimonthly; the calendar month for monthly. Throws
 * when `periodEnd` cannot end a semimonthly or monthly period.
 */
export function payPeriodEndingOn(
  frequency: PayFrequency,
  periodEnd: string,
): { start: string; end: string } {
  const { year, month, day } = parts(periodEnd);
  switch (frequency) {
    case "weekly":
      return { start: addDays(periodEnd, -6), end: periodEnd };
    case "biweekly":
      return { start: addDays(periodEnd, -13), end: periodEnd };
    case "semimonthly":
      if (day === 15) return { start: isoDate(year, month, 1), end: periodEnd };
      if (periodEnd === monthEnd(year, month)) return { start: isoDate(year, month, 16), end: periodEnd };
      throw new Error("a semimonthly period ends on the 15th or the last day of the month");
    case "monthly":
      if (periodEnd !== monthEnd(year, month))
        throw new Error("a monthly period ends on the last day of the month");
      return { start: isoDate(year, month, 1), end: periodEnd };
  }
}

/**
 * The default pay date: `lagDays` calendar days after the period ends, moved back to the previous
 * business day when it falls on a weekend or holiday (employees are paid early, never late).
 */
export function defaultPayDate(periodEnd: string, lagDays: number): string {
  let day = addDays(periodEnd, lagDays);
  while (!isBusinessDay(day)) day = addDays(day, -1);
  return day;
}

/** The next period end after `periodEnd` for the frequency. */
export function nextPeriodEnd(frequency: PayFrequency, periodEnd: string): string {
  const { year, month, day } = parts(periodEnd);
  switch (frequency) {
    case "weekly":
      return addDays(periodEnd, 7);
    case "biweekly":
      return addDays(periodEnd, 14);
    case "semimonthly":
      return day === 15
        ? monthEnd(year, month)
        : isoDate(month === 12 ? year + 1 : year, (month % 12) + 1, 15);
    case "monthly":
      return monthEnd(month === 12 ? year + 1 : year, (month % 12) + 1);
  }
}
