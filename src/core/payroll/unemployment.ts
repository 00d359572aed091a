import type { Decimal } from "../money/decimal";
import { RoundingRule, roundCents } from "../money/rounding";
import { percent, usd } from "./format";
import { atLeastZero, compare, min } from "./math";

/** One employer-paid unemployment tax (FUTA or SUTA) for a paycheck. */
export type UnemploymentTax = { wages: Decimal; tax: Decimal; explanation: string };

/**
 * Employer unemployment tax on the wages still under the wage base after the year-to-date wages,
 * rounded half-up to cents. Used for FUTA (0.6% + any credit reduction on the first $7,000) and SUTA
 * (the employer's own rate and state wage base).
 *
 * @see IRC §3301, §3302(c)(2) (credit reduction), §3306(b)(1); IRS Pub 15 (2025) pp. 42–43
 */
export function computeUnemploymentTax(
  name: string,
  wages: Decimal,
  ytdWages: Decimal,
  rate: Decimal,
  wageBase: Decimal,
): UnemploymentTax {
  const taxable = min(wages, atLeastZero(wageBase.minus(ytdWages)));
  // Rounding point: per check, half-up to cents.
  const tax = roundCents(taxable.times(rate), RoundingRule.HalfUp);
  const limitNote =
    compare(taxable, wages) < 0 ? ` (only the first ${usd(wageBase)} of your pay each year is taxed)` : "";
  return {
    wages: taxable,
    tax,
    explanation: `${name} (paid by your employer): ${percent(rate)} of ${usd(taxable)} = ${usd(tax)}${limitNote}.`,
  };
}
