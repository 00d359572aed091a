import type { FederalW4Input } from "../paycheck-input";

/**
 * The date an exempt claim made for `taxYear` lapses: an exemption from withholding lasts for the
 * calendar year claimed, and the employee must give a new certificate by February 15 of the next year
 * to keep it.
 *
 * @see IRS Pub 15-T (Form W-4 exemption from withholding); Form W-4 instructions, "Exemption from withholding"
 */
export function exemptClaimExpires(taxYear: number): string {
  return `${taxYear + 1}-02-15`;
}

/**
 * The federal W-4 the engine withholds by on `payDate`: the one given, unless it claims exemption and
 * that claim lapsed before the pay date; then, as the IRS requires when no new certificate came, as
 * Single (2020 form: single with no other entries) with nothing else on the form.
 */
export function federalW4InForce(
  w4: FederalW4Input,
  payDate: string,
): { w4: FederalW4Input; lapsedExemption?: string } {
  if (!w4.exempt || w4.exemptExpires === undefined || payDate <= w4.exemptExpires) return { w4 };
  return { w4: { version: 2020, filingStatus: "single" }, lapsedExemption: w4.exemptExpires };
}
