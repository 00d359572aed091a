import type { Money } from "../money/money";
import { RoundingRule } from "../money/rounding";
import { PAY_PERIODS_PER_YEAR, type PayFrequency } from "../tables/us/pay-periods";

export type PremiumPeriod = "paycheck" | "month" | "year";

/**
 * A cost per paycheck over a month or a year: the year is every paycheck of it (26 biweekly, 24
 * semimonthly…), a month a twelfth of the year rounded half-up to the cent, the one rounding point.
 * A month is not "two paychecks": biweekly pay gives 26 a year, not 24.
 */
export function premiumOver(perPaycheck: Money, frequency: PayFrequency, period: PremiumPeriod): Money {
  if (period === "paycheck") return perPaycheck;
  const year = perPaycheck.times(PAY_PERIODS_PER_YEAR[frequency]);
  return period === "year" ? year : year.dividedBy(12).round(RoundingRule.HalfUp);
}
