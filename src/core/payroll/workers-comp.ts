import type { Decimal } from "../money/decimal";
import { RoundingRule, roundCents } from "../money/rounding";
import { constant, num, usd } from "./format";
import { HUNDRED, isPositive } from "./math";

/** States whose workers' compensation rules keep the overtime premium in payroll (NCCI Rule 2 exceptions). */
export const WC_OVERTIME_PREMIUM_INCLUDED_STATES: readonly string[] = ["PA", "DE"];

/** Workers' compensation premium accrual for one paycheck. */
export type WorkersCompResult = { payroll: Decimal; premium: Decimal; explanation: string };

/**
 * Premium = (WC payroll ÷ 100) × class rate × experience modification, rounded half-up to cents.
 * WC payroll follows NCCI Basic Manual Rule 2: gross pay including 401(k) and Section 125 salary
 * reductions, less the overtime premium (the extra half or more), except in Pennsylvania and Delaware,
 * which keep it.
 *
 * @see NCCI Basic Manual Rule 2 (remuneration; item m: employee pre-tax deferrals included)
 */
export function computeWorkersComp(
  gross: Decimal,
  overtimePremium: Decimal,
  workState: string | undefined,
  wc: { classCode: string; ratePer100: string; experienceMod?: string },
): WorkersCompResult {
  const keepsPremium = workState !== undefined && WC_OVERTIME_PREMIUM_INCLUDED_STATES.includes(workState);
  const payroll = keepsPremium ? gross : gross.minus(overtimePremium);
  const rate = constant(wc.ratePer100);
  const mod = constant(wc.experienceMod ?? "1");
  // Rounding point: the accrual, half-up to cents.
  const premium = roundCents(payroll.dividedBy(HUNDRED).times(rate).times(mod), RoundingRule.HalfUp);
  const premiumNote = isPositive(overtimePremium)
    ? keepsPremium
      ? ` (${workState} counts the overtime premium too)`
      : ` (gross pay less the ${usd(overtimePremium)} overtime premium)`
    : "";
  return {
    payroll,
    premium,
    explanation: `Workers' compensation (paid by your employer, class ${wc.classCode}): ${usd(payroll)}${premiumNote} ÷ 100 × ${usd(rate)} × ${mod.decimalPlaces() <= 2 ? mod.toFixed(2) : num(mod)} experience factor = ${usd(premium)}.`,
  };
}
