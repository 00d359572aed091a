import { type IsoDate, monthsBetween } from "../calendar/iso-date";
import { Decimal } from "../money/decimal";
import { RoundingRule } from "../money/rounding";
import { PAY_PERIODS_PER_YEAR, type PayFrequency } from "../tables/us/pay-periods";
import type { Hours } from "../timesheets/hours";
import type { AccrualTier, PtoPolicy } from "./pto-policy";
import type { PtoType } from "./pto-types";

export type AccrualInput = {
  policy: PtoPolicy;
  type: PtoType;
  payFrequency: PayFrequency;
  hireDate: IsoDate;
  terminationDate?: IsoDate | null;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** Balance before this accrual, to apply the cap. */
  balance: Hours;
};

export type Accrual = {
  /** Hours credited for the period (0 when capped, not employed, or no tier applies). */
  hours: Hours;
  /** Completed months of service at the period end. */
  tenureMonths: number;
  tier: AccrualTier | null;
  /** Hours per period of the tier before the cap. */
  rate: Hours;
  capped: boolean;
};

/** The tier for a tenure: the highest `minTenureMonths` not above it. */
export function tierForTenure(tiers: readonly AccrualTier[], tenureMonths: number): AccrualTier | null {
  let best: AccrualTier | null = null;
  for (const tier of tiers) {
    if (tier.minTenureMonths <= tenureMonths && (!best || tier.minTenureMonths > best.minTenureMonths)) {
      best = tier;
    }
  }
  return best;
}

/** Hours per pay period of a tier: `hoursPerPeriod`, or `hoursPerYear` / periods per year. */
export function tierRatePerPeriod(tier: AccrualTier, payFrequency: PayFrequency): Decimal {
  if (tier.hoursPerPeriod !== undefined) return new Decimal(tier.hoursPerPeriod);
  if (tier.hoursPerYear === undefined) return new Decimal(0);
  // Balances are kept to hundredths of an hour; half-up at the hundredth, like cents.
  return new Decimal(tier.hoursPerYear)
    .dividedBy(PAY_PERIODS_PER_YEAR[payFrequency])
    .toDecimalPlaces(2, RoundingRule.HalfUp);
}

/**
 * PTO accrued for one pay period by the client's tenure tiers. Nothing accrues for a period the
 * employee was not employed in; the balance never accrues above the type's cap (it is topped up to
 * the cap, not beyond).
 */
export function computePtoAccrual(input: AccrualInput): Accrual {
  const employed =
    input.hireDate <= input.periodEnd &&
    (input.terminationDate === undefined ||
      input.terminationDate === null ||
      input.terminationDate >= input.periodStart);
  const tenureMonths = Math.max(0, monthsBetween(input.hireDate, input.periodEnd));
  const typePolicy = input.policy.types[input.type];
  const tier = employed ? tierForTenure(typePolicy.tiers, tenureMonths) : null;
  const rate = tier ? tierRatePerPeriod(tier, input.payFrequency) : new Decimal(0);
  let credit = rate;
  let capped = false;
  if (typePolicy.maxBalanceHours !== undefined) {
    const room = Decimal.max(0, new Decimal(typePolicy.maxBalanceHours).minus(input.balance));
    if (room.lessThan(credit)) {
      credit = room;
      capped = true;
    }
  }
  return { hours: credit.toString(), tenureMonths, tier, rate: rate.toString(), capped };
}
