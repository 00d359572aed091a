import { Decimal } from "../../money/decimal";
import { RoundingRule, roundCents } from "../../money/rounding";
import type { FederalIncomeTaxYear, FitColumns, FitRow } from "../../tables/us/federal-income-tax";
import { constant, dollars, num, percent, usd } from "../format";
import { atLeastZero, compare, count, isPositive, ZERO } from "../math";
import type { FederalW4Input } from "../paycheck-input";

/** Federal income tax withheld for one pay period, with the worksheet figures used. */
export type FederalWithholding = {
  /** Line 4b, rounded once to cents half-up. */
  tax: Decimal;
  /** Line 1i: the Adjusted Annual Wage Amount. */
  adjustedAnnualWage: Decimal;
  explanation: string;
};

/**
 * Pub 15-T Worksheet 1A (percentage method for automated payroll systems), for W-4s from 2020 or later
 * (lines 1a–1i with Steps 2, 3, 4(a), 4(b), 4(c)) and from 2019 or earlier (lines 1j–1l: allowances ×
 * the year's allowance amount, Single → Single table, Married → Married filing jointly table).
 *
 * Rounding: every line is kept at full precision through line 4b, then rounded once to cents, half-up.
 * Pub 15-T lets an employer round wages or the tax to whole dollars; this engine does neither, so its
 * results equal the worksheet arithmetic to the cent.
 *
 * @see IRS Pub 15-T, Worksheet 1A; IRC §3402
 */
export function computeFederalWithholding(
  wages: Decimal,
  periodsPerYear: number,
  w4: FederalW4Input,
  table: FederalIncomeTaxYear,
  taxYear: string,
): FederalWithholding {
  if (w4.exempt) {
    return {
      tax: ZERO,
      adjustedAnnualWage: ZERO,
      explanation: "Federal income tax: none, because your W-4 claims exemption from withholding.",
    };
  }
  const periods = count(periodsPerYear);
  const annual = wages.times(periods); // 1c
  let adjusted: Decimal; // 1i / 1l
  let columns: FitColumns;
  let column: keyof FitColumns;
  let credits = ZERO; // 3a
  let extra: Decimal; // 4a
  let how: string;
  if (w4.version === 2019) {
    column = w4.filingStatus === "married" ? "married_jointly" : "single";
    columns = table.standard;
    const allowances = new Decimal(w4.allowances).times(constant(table.allowance));
    adjusted = atLeastZero(annual.minus(allowances));
    extra = new Decimal(w4.extraWithholding ?? 0);
    how = `annualized wages ${usd(annual)} − ${num(new Decimal(w4.allowances))} allowances × ${usd(constant(table.allowance))} = ${usd(adjusted)}`;
  } else {
    column =
      w4.filingStatus === "married_jointly"
        ? "married_jointly"
        : w4.filingStatus === "head_of_household"
          ? "head_of_household"
          : "single";
    columns = w4.step2Checkbox ? table.checkbox : table.standard;
    const otherIncome = new Decimal(w4.step4aOtherIncome ?? 0); // 1d
    const deductions = new Decimal(w4.step4bDeductions ?? 0); // 1f
    const line1g = w4.step2Checkbox
      ? ZERO
      : constant(column === "married_jointly" ? table.line1g.married_jointly : table.line1g.other);
    adjusted = atLeastZero(annual.plus(otherIncome).minus(deductions).minus(line1g));
    credits = new Decimal(w4.step3Credits ?? 0);
    extra = new Decimal(w4.step4cExtraWithholding ?? 0);
    const parts = [`annualized wages ${usd(annual)}`];
    if (isPositive(otherIncome)) parts.push(`+ ${usd(otherIncome)} other income`);
    if (isPositive(deductions)) parts.push(`− ${usd(deductions)} deductions`);
    if (isPositive(line1g)) parts.push(`− ${usd(line1g)} standard adjustment`);
    how = `${parts.join(" ")} = ${usd(adjusted)}`;
  }
  const row = findRow(columns[column], adjusted);
  const over = constant(row[0]);
  const base = constant(row[1]);
  const rate = constant(`${row[2]}e-2`);
  const excessTax = adjusted.minus(over).times(rate);
  const annualTax = base.plus(excessTax); // 2g
  const tentative = annualTax.dividedBy(periods); // 2h
  // 3c = max(0, 2h − 3a ÷ 1b); with no credits it is 2h itself (saves two divisions per paycheck).
  const afterCredits = credits.isZero()
    ? tentative
    : atLeastZero(tentative.minus(credits.dividedBy(periods)));
  // Rounding point: line 4b, once, to cents, half-up (Pub 15-T does not round intermediate lines).
  const tax = roundCents(afterCredits.plus(extra), RoundingRule.HalfUp);

  const tableName = `${w4.version === 2020 && w4.step2Checkbox ? "Step 2 checkbox" : "standard"} ${taxYear} ${columnWords[column]} table`;
  let bracket: string;
  if (rate.isZero()) bracket = `below the first taxed amount in the ${tableName}: no tax`;
  else
    bracket = `${percent(rate)} bracket over ${dollars(over)} (${tableName}): ${usd(base)} + ${usd(excessTax)} = ${usd(annualTax)} a year`;
  let tail = `; ÷ ${periodsPerYear} = ${usd(tentative)}`;
  if (isPositive(credits))
    tail += `; − ${usd(credits)} yearly credits ÷ ${periodsPerYear} = ${usd(afterCredits)}`;
  if (isPositive(extra)) tail += `; + ${usd(extra)} extra withholding you asked for = ${usd(tax)}`;
  return {
    tax,
    adjustedAnnualWage: adjusted,
    explanation: `Federal income tax: ${how}; ${bracket}${tail}.`,
  };
}

const columnWords: Record<keyof FitColumns, string> = {
  single: "single",
  married_jointly: "married filing jointly",
  head_of_household: "head of household",
};

/** The last row whose column A is at most the wage (rows ascend, the first is 0). */
function findRow(rows: readonly FitRow[], wage: Decimal): FitRow {
  let found = rows[0]!;
  for (const row of rows) {
    if (compare(wage, constant(row[0])) >= 0) found = row;
    else break;
  }
  return found;
}
