import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import {
  CALIFORNIA,
  CALIFORNIA_SUPPLEMENTAL,
  type CaBracket,
  type CaPeriodTables,
} from "../../../tables/states/ca";
import { constant, dollars, num, percent, usd } from "../../format";
import { atLeastZero, compare, count, isPositive, min, ZERO } from "../../math";
import { stateTable } from "./common";
import type { StateWithholdingContext, StateWithholdingModule } from "./state-module";

/**
 * California, EDD Method B (exact calculation):
 * 1. no withholding when wages ≤ the Table 1 low-income exemption;
 * 2. − Table 2 estimated deduction (DE 4 estimated-deduction allowances = `additionalAllowances`);
 * 3. − Table 3 standard deduction;
 * 4. tax from the Table 5–28 rate table for the status (rounded to cents, half-up);
 * 5. − Table 4 exemption allowance credit for the regular allowances (`allowances`), floored at 0;
 * plus extra withholding. For a year whose tables are loaded for the annual payroll period only, the
 * same steps run on the annualized wages (wages × pay periods) and the year's tax is divided back by
 * the pay periods. California taxes HSA contributions, so state wages are federal income-tax
 * wages plus any HSA through Section 125. With no DE 4 on file, a pre-2020 federal W-4 stands in
 * (its status and allowances); otherwise EDD's default applies: Single, 0 allowances.
 *
 * @see Cal. Unemp. Ins. Code §13020; EDD DE 44 and "California Withholding Schedules – Method B"
 */
export const california: StateWithholdingModule = {
  code: "CA",
  name: "California",
  compute(ctx) {
    const wages = ctx.wages.federal.plus(ctx.wages.hsa);
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "California income tax: none, you are exempt." };
    const bonus = min(ctx.supplementalFlat ?? ZERO, wages);
    if (!isPositive(bonus)) return { wages, ...methodB(ctx, wages) };
    const rate = constant(
      ctx.tables.pick("state.CA.supplemental", CALIFORNIA_SUPPLEMENTAL, ctx.payDate, "CA supplemental")
        .bonusRate,
    );
    // Rounding point: the bonus's tax, half-up to cents, added to the regular wages' Method B tax.
    const bonusTax = roundCents(bonus.times(rate), RoundingRule.HalfUp);
    const regular = wages.minus(bonus);
    const onRegular = isPositive(regular) ? methodB(ctx, regular) : null;
    const tax = bonusTax.plus(onRegular?.tax ?? ZERO);
    const bonusLine = `California income tax on supplemental pay: ${percent(rate)} of ${usd(bonus)} = ${usd(bonusTax)}`;
    return {
      wages,
      tax,
      explanation: onRegular ? `${onRegular.explanation} ${bonusLine}; in all ${usd(tax)}.` : `${bonusLine}.`,
    };
  },
};

/** Method B on `wages` (regular wages), with the certificate's status and allowances. */
function methodB(ctx: StateWithholdingContext, wages: Decimal): { tax: Decimal; explanation: string } {
  const year = stateTable(ctx, CALIFORNIA, "CA");
  if ("annual" in year) return annualized(ctx, wages, year.annual);
  const tables = year[ctx.payFrequency];
  const { status, allowances, basis } = certificate(ctx);
  const estimated = ctx.stateW4?.additionalAllowances ?? 0;
  const key = column(status, allowances + estimated);
  const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
  const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
  const title = basis ? `California income tax (${basis})` : "California income tax";
  const lowIncome = constant(tables.lowIncome[key]);
  if (compare(wages, lowIncome) <= 0) {
    const tax = roundCents(extra, RoundingRule.HalfUp);
    return {
      tax,
      explanation: `${title}: none${extraWords}, because ${usd(wages)} is not above the ${usd(lowIncome)} low-income exemption${isPositive(extra) ? ` = ${usd(tax)}` : ""}.`,
    };
  }
  const estimatedDeduction = lookup(tables.estimatedDeduction, estimated);
  const standard = constant(tables.standardDeduction[key]);
  const taxable = atLeastZero(wages.minus(estimatedDeduction).minus(standard));
  const rows = tables.brackets[status === "single" ? "single" : status === "married" ? "married" : "hoh"];
  const row = findRow(rows, taxable);
  // Rounding point: the Method B computed tax (step 4), half-up to cents, before the credit.
  const over = constant(row[0]);
  const base = constant(row[1]);
  const rate = constant(row[2]);
  const excess = taxable.minus(over).times(rate);
  const computed = roundCents(base.plus(excess), RoundingRule.HalfUp);
  const credit = lookup(tables.exemptionCredit, allowances);
  const tax = atLeastZero(computed.minus(credit)).plus(extra);
  const estWords = isPositive(estimatedDeduction) ? ` − ${usd(estimatedDeduction)} estimated deductions` : "";
  return {
    tax,
    explanation: `${title}: ${usd(wages)}${estWords} − ${usd(standard)} standard deduction = ${usd(taxable)}; ${percent(rate)} bracket over ${dollars(over)}: ${usd(base)} + ${usd(excess)} = ${usd(computed)}; − ${usd(credit)} credit for ${num(new Decimal(allowances))} allowances${extraWords} = ${usd(tax)}.`,
  };
}

/**
 * Method B with the annual payroll period's tables on the annualized wages, for a year loaded with
 * those only: the low-income test, deductions, rate table and credit are the annual ones; the year's
 * tax is divided by the pay periods.
 */
function annualized(
  ctx: StateWithholdingContext,
  wages: Decimal,
  tables: CaPeriodTables,
): { tax: Decimal; explanation: string } {
  const { status, allowances, basis } = certificate(ctx);
  const estimated = ctx.stateW4?.additionalAllowances ?? 0;
  const key = column(status, allowances + estimated);
  const periods = count(ctx.periodsPerYear);
  const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
  const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
  const title = basis ? `California income tax (${basis})` : "California income tax";
  const annual = wages.times(periods);
  const lowIncome = constant(tables.lowIncome[key]);
  if (compare(annual, lowIncome) <= 0) {
    const tax = roundCents(extra, RoundingRule.HalfUp);
    return {
      tax,
      explanation: `${title}: none${extraWords}, because ${usd(wages)} × ${ctx.periodsPerYear} = ${usd(annual)} a year is not above the ${usd(lowIncome)} yearly low-income exemption${isPositive(extra) ? ` = ${usd(tax)}` : ""}.`,
    };
  }
  const estimatedDeduction = lookup(tables.estimatedDeduction, estimated);
  const standard = constant(tables.standardDeduction[key]);
  const taxable = atLeastZero(annual.minus(estimatedDeduction).minus(standard));
  const rows = tables.brackets[status === "single" ? "single" : status === "married" ? "married" : "hoh"];
  const row = findRow(rows, taxable);
  const over = constant(row[0]);
  const base = constant(row[1]);
  const rate = constant(row[2]);
  const excess = taxable.minus(over).times(rate);
  const credit = lookup(tables.exemptionCredit, allowances);
  const yearly = atLeastZero(base.plus(excess).minus(credit));
  // Rounding point: the period's share of the year's tax plus the extra, half-up to cents, once.
  const tax = roundCents(yearly.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
  const estWords = isPositive(estimatedDeduction) ? ` − ${usd(estimatedDeduction)} estimated deductions` : "";
  return {
    tax,
    explanation: `${title}, on the year's tables: ${usd(wages)} × ${ctx.periodsPerYear} = ${usd(annual)}${estWords} − ${usd(standard)} standard deduction = ${usd(taxable)}; ${percent(rate)} bracket over ${dollars(over)}: ${usd(base)} + ${usd(excess)}; − ${usd(credit)} credit for ${num(new Decimal(allowances))} allowances = ${usd(yearly)} a year; ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
  };
}

/** The column of Tables 1 and 3: married splits by 0–1 or 2+ allowances (regular and estimated). */
function column(
  status: "single" | "married" | "head_of_household",
  allAllowances: number,
): "single" | "married01" | "married2" | "hoh" {
  if (status === "single") return "single";
  if (status === "head_of_household") return "hoh";
  return allAllowances >= 2 ? "married2" : "married01";
}

/**
 * The DE 4 figures: the certificate's own (its status defaulting from the federal W-4); with none on
 * file, a pre-2020 W-4's status and allowances, else Single with 0 allowances (EDD DE 4 instructions).
 */
function certificate(ctx: StateWithholdingContext): {
  status: "single" | "married" | "head_of_household";
  allowances: number;
  /** Said in the explanation when no DE 4 is on file. */
  basis?: string;
} {
  const federal = ctx.federalW4;
  if (!ctx.stateW4) {
    return federal.version === 2019
      ? {
          status: federal.filingStatus,
          allowances: federal.allowances,
          basis: "no DE 4 on file, so your pre-2020 federal W-4's status and allowances",
        }
      : { status: "single", allowances: 0, basis: "no DE 4 on file, so Single with 0 allowances" };
  }
  // DE 4 has three boxes: "Single or Married (with two or more incomes)", "Married (one income)"
  // and "Head of household".
  const marked = ctx.stateW4.filingStatus;
  const status =
    marked === "married_two_incomes" || marked === "married_separately"
      ? "single"
      : (marked ??
        (federal.version === 2019
          ? federal.filingStatus
          : federal.filingStatus === "married_jointly"
            ? "married"
            : federal.filingStatus === "head_of_household"
              ? "head_of_household"
              : "single"));
  return { status, allowances: ctx.stateW4.allowances ?? 0 };
}

/** Tables 2 and 4 are printed for 0–10 allowances; above 10, one allowance's amount × the count. */
function lookup(amounts: readonly string[], count: number): Decimal {
  const printed = amounts[count];
  if (printed !== undefined) return constant(printed);
  return constant(amounts[1]!).times(count);
}

function findRow(rows: readonly CaBracket[], wage: Decimal): CaBracket {
  let found = rows[0]!;
  for (const row of rows) {
    if (compare(wage, constant(row[0])) > 0) found = row;
    else break;
  }
  return found;
}
