import { parts } from "../calendar/iso-date";
import { Money } from "../money/money";
import { RoundingRule } from "../money/rounding";
import { quarterRange } from "./business-days";
import type { PaycheckFigures } from "./paycheck-figures";

/** Form 941 column 2 rates and the Additional Medicare threshold, with sources. */
export const FORM_941_FIGURES = {
  socialSecurityRate: {
    effective: "1990-01-01",
    value: "0.124",
    source: "Form 941 line 5a column 2 (6.2% × 2)",
  },
  medicareRate: { effective: "1986-01-01", value: "0.029", source: "Form 941 line 5c column 2 (1.45% × 2)" },
  additionalMedicareRate: {
    effective: "2013-01-01",
    value: "0.009",
    source: "Form 941 line 5d column 2; IRC §3101(b)(2)",
  },
  additionalMedicareThreshold: {
    effective: "2013-01-01",
    value: "200000",
    source: "IRS Pub 15 (2025) p. 28: wages over $200,000 paid by the employer in the calendar year",
  },
} as const satisfies Record<string, { effective: string; value: string; source: string }>;

/** Form 941 lines 1–10 for one quarter, with the monthly liability (line 16) used for deposits. */
export type Form941 = {
  quarter: string;
  line1: number;
  line2: string;
  line3: string;
  line4: boolean;
  line5a: { wages: string; tax: string };
  line5b: { tips: string; tax: string };
  line5c: { wages: string; tax: string };
  line5d: { wages: string; tax: string };
  line5e: string;
  line5f: string;
  line6: string;
  line7: string;
  line8: string;
  line9: string;
  line10: string;
  line16: { month1: string; month2: string; month3: string; total: string };
};

/**
 * The wages in one paycheck subject to Additional Medicare Tax: the part of its Medicare wages that
 * lies above $200,000 of this employer's year-to-date Medicare wages.
 * @see IRS Pub 15 (2025) p. 28; Form 941 line 5d
 */
export function additionalMedicareWages(medicareWages: string, ytdBefore: string): string {
  const threshold = Money.of(FORM_941_FIGURES.additionalMedicareThreshold.value);
  const before = Money.of(ytdBefore);
  const after = before.plus(Money.of(medicareWages));
  return after.minus(threshold).clampZero().minus(before.minus(threshold).clampZero()).toFixed();
}

/** "2026Q1" → {year, quarter}, or null if malformed. */
export function parseQuarter(value: string): { year: number; quarter: 1 | 2 | 3 | 4 } | null {
  const m = /^(\d{4})Q([1-4])$/.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
}

/**
 * Form 941 lines 1–10 from the quarter's posted paychecks (by pay date). Column 2 of lines 5a–5d is
 * each wage total times the statutory rate, rounded once to cents; line 7 is the fractions-of-cents
 * adjustment: the tax actually withheld and owed on each paycheck (employee + employer shares) less
 * line 5e. Line 1 counts employees paid for a pay period that includes the 12th of the quarter's
 * last month.
 * @see Form 941 (Rev. March 2026) instructions lines 1–10; IRS Pub 15 (2025) p. 40 (line 7 example)
 */
export function buildForm941(quarterKey: string, paychecks: Iterable<PaycheckFigures>): Form941 {
  const q = parseQuarter(quarterKey);
  if (!q) throw new Error(`not a quarter: ${quarterKey}`);
  const { start, end } = quarterRange(q.year, q.quarter);
  const twelfth = `${end.slice(0, 8)}12`;
  const employeesOnTwelfth = new Set<string>();
  let wages = Money.zero();
  let fit = Money.zero();
  let ssWages = Money.zero();
  let medicareWages = Money.zero();
  let addlWages = Money.zero();
  let actualFica = Money.zero();
  const months = [Money.zero(), Money.zero(), Money.zero()];
  for (const p of paychecks) {
    if (p.payDate < start || p.payDate > end) continue;
    if (p.periodStart <= twelfth && p.periodEnd >= twelfth) employeesOnTwelfth.add(p.employeeId);
    wages = wages.plus(Money.of(p.taxableWages.federalIncomeTax));
    fit = fit.plus(Money.of(p.employeeTaxes.federalIncomeTax));
    ssWages = ssWages.plus(Money.of(p.taxableWages.socialSecurity));
    medicareWages = medicareWages.plus(Money.of(p.taxableWages.medicare));
    addlWages = addlWages.plus(
      Money.of(additionalMedicareWages(p.taxableWages.medicare, p.ytdMedicareWagesBefore ?? "0")),
    );
    const fica = [
      p.employeeTaxes.socialSecurity,
      p.employerTaxes.socialSecurity,
      p.employeeTaxes.medicare,
      p.employerTaxes.medicare,
      p.employeeTaxes.additionalMedicare,
    ].reduce((acc, v) => acc.plus(Money.of(v)), Money.zero());
    actualFica = actualFica.plus(fica);
    const monthIndex = (parts(p.payDate).month - 1) % 3;
    months[monthIndex] = months[monthIndex]!.plus(fica).plus(Money.of(p.employeeTaxes.federalIncomeTax));
  }
  // Form 941 column 2: wages × rate, entered in dollars and cents (round half up to cents).
  const ssTax = ssWages.times(FORM_941_FIGURES.socialSecurityRate.value).round(RoundingRule.HalfUp);
  const medTax = medicareWages.times(FORM_941_FIGURES.medicareRate.value).round(RoundingRule.HalfUp);
  const addlTax = addlWages.times(FORM_941_FIGURES.additionalMedicareRate.value).round(RoundingRule.HalfUp);
  const line5e = ssTax.plus(medTax).plus(addlTax);
  const line6 = fit.plus(line5e);
  const line7 = actualFica.minus(line5e);
  const line10 = line6.plus(line7);
  const zero = Money.zero().toFixed();
  return {
    quarter: quarterKey,
    line1: employeesOnTwelfth.size,
    line2: wages.toFixed(),
    line3: fit.toFixed(),
    line4: ssWages.isZero() && medicareWages.isZero() && !wages.isZero(),
    line5a: { wages: ssWages.toFixed(), tax: ssTax.toFixed() },
    line5b: { tips: zero, tax: zero },
    line5c: { wages: medicareWages.toFixed(), tax: medTax.toFixed() },
    line5d: { wages: addlWages.toFixed(), tax: addlTax.toFixed() },
    line5e: line5e.toFixed(),
    line5f: zero,
    line6: line6.toFixed(),
    line7: line7.toFixed(),
    line8: zero,
    line9: zero,
    line10: line10.toFixed(),
    line16: {
      month1: months[0]!.toFixed(),
      month2: months[1]!.toFixed(),
      month3: months[2]!.toFixed(),
      total: months.reduce((a, m) => a.plus(m), Money.zero()).toFixed(),
    },
  };
}
