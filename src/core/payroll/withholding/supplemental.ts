import { Decimal } from "../../money/decimal";
import { RoundingRule, roundCents } from "../../money/rounding";
import type { FederalIncomeTaxYear } from "../../tables/us/federal-income-tax";
import type { SupplementalYear } from "../../tables/us/supplemental";
import { constant, dollars, percent, usd } from "../format";
import { atLeastZero, isPositive, max, min, ZERO } from "../math";
import type { FederalW4Input } from "../paycheck-input";
import { computeFederalWithholding } from "./federal";

/**
 * Federal income tax on supplemental wages withheld at flat rates: the optional flat rate on the
 * part of this check's supplemental wages that keeps the year's supplemental wages within the
 * threshold, the mandatory rate on the part above it. The mandatory part applies whatever the W-4
 * says, an exemption included; the optional part does not apply to an exempt employee. One rounding
 * to cents, half-up.
 *
 * @see IRS Pub 15 section 7 (Supplemental Wages); Treas. Reg. §31.3402(g)-1
 */
export function flatSupplementalWithholding(
  supplemental: Decimal,
  ytdSupplemental: Decimal,
  exempt: boolean,
  table: SupplementalYear,
): { tax: Decimal; explanation: string } {
  const threshold = constant(table.mandatoryOver);
  const room = atLeastZero(threshold.minus(ytdSupplemental));
  const atFlat = min(supplemental, room);
  const atMandatory = max(ZERO, supplemental.minus(room));
  const flatRate = constant(table.flatRate);
  const mandatoryRate = constant(table.mandatoryRate);
  const flat = exempt ? ZERO : atFlat.times(flatRate);
  const mandatory = atMandatory.times(mandatoryRate);
  // Rounding point: once, half-up to cents.
  const tax = roundCents(flat.plus(mandatory), RoundingRule.HalfUp);
  const parts: string[] = [];
  if (isPositive(atFlat))
    parts.push(
      exempt
        ? `none on ${usd(atFlat)} (your W-4 claims exemption)`
        : `${percent(flatRate)} flat rate on ${usd(atFlat)}`,
    );
  if (isPositive(atMandatory))
    parts.push(
      `${percent(mandatoryRate)} on ${usd(atMandatory)} above ${dollars(threshold)} of supplemental pay this year (required whatever your W-4 says)`,
    );
  return { tax, explanation: `Federal income tax on supplemental pay: ${parts.join(" + ")} = ${usd(tax)}.` };
}

/**
 * Federal income tax on supplemental wages paid apart from regular wages by the aggregate method:
 * the tax on the regular wages of the current or most recent period plus these wages, as one
 * payment, less the tax withheld from the regular wages (as given, else recomputed with this W-4).
 * Never below zero. The cents come from the withholding computation itself (no extra rounding).
 *
 * @see IRS Pub 15 section 7 (Supplemental Wages, aggregate procedure)
 */
export function aggregateApartWithholding(
  supplemental: Decimal,
  paidWith: { regularWages: string; federalIncomeTaxWithheld?: string },
  periodsPerYear: number,
  w4: FederalW4Input,
  table: FederalIncomeTaxYear,
  taxYear: string,
): { tax: Decimal; explanation: string } {
  const regular = new Decimal(paidWith.regularWages);
  const together = computeFederalWithholding(regular.plus(supplemental), periodsPerYear, w4, table, taxYear);
  const withheld =
    paidWith.federalIncomeTaxWithheld === undefined
      ? computeFederalWithholding(regular, periodsPerYear, w4, table, taxYear).tax
      : new Decimal(paidWith.federalIncomeTaxWithheld);
  const tax = atLeastZero(together.tax.minus(withheld));
  return {
    tax,
    explanation: `Federal income tax on supplemental pay (aggregate method): ${usd(together.tax)} on ${usd(regular)} of regular pay for the period plus ${usd(supplemental)} as one payment, less ${usd(withheld)} withheld from the regular pay = ${usd(tax)}.`,
  };
}
