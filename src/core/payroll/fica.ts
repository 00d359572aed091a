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
 * Social Security: 6.2% of the wages still under the year's wage base after `ytdSocialSecurityWages`,
 * rounded half-up per payment ("multiply each wage payment by the rate", Pub 15), so the explanation's
 * arithmetic is exactly what was withheld; Form 941 line 7 carries the fractions of cents. The check
 * that reaches the base is held to what is left of the year's maximum (rate × base): the tax already
 * withheld this year when given (`ytdSocialSecurityTax`), else the rate × the wages already taxed.
 * Medicare: 1.45% of all Medicare wages, rounded half-up per payment. Additional Medicare: 0.9% of the
 * part of this check that takes the employer's year-to-date Medicare wages over $200,000, employee only.
 *
 * @see IRC §3101, §3111, §3121(a)(1); IRS Pub 15 (2025) p. 28 (Additional Medicare Tax)
 */
export function computeFica(
  wages: Decimal,
  ytdSocialSecurityWages: Decimal,
  ytdMedicareWages: Decimal,
  table: FicaYear,
  ytdSocialSecurityTax?: Decimal,
): FicaResult {
  const explanation: string[] = [];
  const base = constant(table.socialSecurityWageBase);
  const ssRate = constant(table.socialSecurityRate);
  const room = atLeastZero(base.minus(ytdSocialSecurityWages));
  const ssWages = min(wages, room);
  // Rounding point: per payment, half-up to cents.
  const perPayment = roundCents(ssWages.times(ssRate), RoundingRule.HalfUp);
  const yearMaximum = roundCents(base.times(ssRate), RoundingRule.HalfUp);
  const alreadyWithheld =
    ytdSocialSecurityTax ?? roundCents(min(ytdSocialSecurityWages, base).times(ssRate), RoundingRule.HalfUp);
  const left = atLeastZero(yearMaximum.minus(alreadyWithheld));
  const socialSecurity = min(perPayment, left);
  const ofWages = `${percent(ssRate)} of ${usd(ssWages)}`;
  if (compare(socialSecurity, perPayment) < 0) {
    explanation.push(
      `Social Security: ${usd(socialSecurity)}, what is left of the year's ${usd(yearMaximum)} maximum (${ofWages} would be ${usd(perPayment)}).`,
    );
  } else if (compare(ssWages, wages) < 0) {
    explanation.push(
      `Social Security: ${ofWages} = ${usd(socialSecurity)} (only wages up to the ${usd(base)} yearly limit are taxed; ${usd(ytdSocialSecurityWages)} were already taxed this year).`,
    );
  } else {
    explanation.push(`Social Security: ${ofWages} = ${usd(socialSecurity)}.`);
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
