import type { Decimal } from "../money/decimal";
import { RoundingRule, roundCents } from "../money/rounding";
import type { FicaYear } from "../tables/us/fica";
import { constant, percent, usd } from "./format";
import { atLeastZero, compare, isPositive, max, min } from "./math";

/** Social Security and Medicare for one paycheck, cents. Employer shares equal the employee's (no employer Additional Medicare). */
export type FicaResult = {
  socialSecurityWages: Decimal;
  socialSecurity: Decimal;
  medicare: Decimal;
  additionalMedicare: Decimal;
  explanation: string[];
};

/**
 * Social Security: 6.2% of the wages still under the year's wage base after `ytdSocialSecurityWages`.
 * The tax is rounded cumulatively — round(rate × (YTD + this check)) − round(rate × YTD), half-up — so
 * the cents over the year always add up to the rate × the year's wages and can never pass the annual
 * maximum (Pub 15 reconciles per-check fractions of cents on Form 941 line 7; this method leaves none
 * for Social Security). Medicare: 1.45% of all Medicare wages, rounded half-up per check. Additional
 * Medicare: 0.9% of the part of this check that takes the employer's year-to-date Medicare wages over
 * $200,000, employee only.
 *
 * @see IRC §3101, §3111, §3121(a)(1); IRS Pub 15 (2025) p. 28 (Additional Medicare Tax)
 */
export function computeFica(
  wages: Decimal,
  ytdSocialSecurityWages: Decimal,
  ytdMedicareWages: Decimal,
  table: FicaYear,
): FicaResult {
  const explanation: string[] = [];
  const base = constant(table.socialSecurityWageBase);
  const ssRate = constant(table.socialSecurityRate);
  const room = atLeastZero(base.minus(ytdSocialSecurityWages));
  const ssWages = min(wages, room);
  const ytdTaxed = min(ytdSocialSecurityWages, base);
  // Rounding point: cumulative half-up to cents (see TSDoc).
  const socialSecurity = roundCents(ytdTaxed.plus(ssWages).times(ssRate), RoundingRule.HalfUp).minus(
    roundCents(ytdTaxed.times(ssRate), RoundingRule.HalfUp),
  );
  if (compare(ssWages, wages) < 0) {
    explanation.push(
      `Social Security: ${percent(ssRate)} of ${usd(ssWages)} = ${usd(socialSecurity)} (only wages up to the ${usd(base)} yearly limit are taxed; ${usd(ytdSocialSecurityWages)} were already taxed this year).`,
    );
  } else {
    explanation.push(`Social Security: ${percent(ssRate)} of ${usd(ssWages)} = ${usd(socialSecurity)}.`);
  }

  const mRate = constant(table.medicareRate);
  // Rounding point: Medicare per check, half-up to cents ("multiply each payment by the rate", Pub 15).
  const medicare = roundCents(wages.times(mRate), RoundingRule.HalfUp);
  explanation.push(`Medicare: ${percent(mRate)} of ${usd(wages)} = ${usd(medicare)}.`);

  const threshold = constant(table.additionalMedicareThreshold);
  const over = atLeastZero(ytdMedicareWages.plus(wages).minus(max(threshold, ytdMedicareWages)));
  const aRate = constant(table.additionalMedicareRate);
  // Rounding point: Additional Medicare per check, half-up to cents.
  const additionalMedicare = roundCents(over.times(aRate), RoundingRule.HalfUp);
  if (isPositive(over))
    explanation.push(
      `Additional Medicare: ${percent(aRate)} of the ${usd(over)} of your pay this year above ${usd(threshold)} = ${usd(additionalMedicare)} (your employer does not pay a share of this one).`,
    );
  return { socialSecurityWages: ssWages, socialSecurity, medicare, additionalMedicare, explanation };
}
