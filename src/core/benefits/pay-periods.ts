import { addDays, daysBetween, lastDayOfMonth } from "../calendar/iso-date";
import type { PayFrequency } from "../tables/us/pay-periods";

export type PayPeriod = { start: string; end: string };

/**
 * The pay frequency a period's length implies: 7 days weekly, 14 biweekly, 13–16 semimonthly,
 * 28–31 monthly. Used when the caller does not say.
 */
export function inferPayFrequency(periodStart: string, periodEnd: string): PayFrequency {
  const days = daysBetween(periodStart, periodEnd) + 1;
  if (days <= 7) return "weekly";
  if (days === 14) return "biweekly";
  if (days >= 13 && days <= 16) return "semimonthly";
  if (days >= 28 && days <= 31) return "monthly";
  throw new RangeError(`cannot infer a pay frequency from a ${days}-day period ${periodStart}..${periodEnd}`);
}

/** The pay period just before the one starting on `periodStart`. */
export function previousPayPeriod(periodStart: string, frequency: PayFrequency): PayPeriod {
  const end = addDays(periodStart, -1);
  switch (frequency) {
    case "weekly":
      return { start: addDays(periodStart, -7), end };
    case "biweekly":
      return { start: addDays(periodStart, -14), end };
    case "semimonthly":
      return { start: end.endsWith("-15") ? `${end.slice(0, 8)}01` : `${end.slice(0, 8)}16`, end };
    case "monthly":
      return { start: `${end.slice(0, 8)}01`, end: lastDayOfMonth(end) };
  }
}
