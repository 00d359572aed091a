import { Decimal } from "../../../money/decimal";
import { MAINE, type MaineStatus } from "../../../tables/states/me";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, compare, count, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Maine (Withholding Tables for Individual Income Tax, percentage method): annual wages − the
 * status's standard deduction (phased out over a wage range, its share rounded to 4 decimals) −
 * W-4ME line 3 allowances (`allowances`) × the allowance amount, by the single or married schedule,
 * ÷ pay periods, rounded to the nearest dollar, plus W-4ME line 4 extra. The W-4ME statuses are
 * single, married and "married, but withhold at the higher single rate" (`married_two_incomes` or
 * `married_separately` here, both on the single figures; head of household too, the W-4ME having
 * none). With no W-4ME on file: single with 0 allowances. Maine wages follow federal income-tax
 * wages.
 *
 * @see 36 M.R.S. §§5111, 5124-C, 5251
 */
export const maine: StateWithholdingModule = {
  code: "ME",
  name: "Maine",
  compute(ctx) {
    const table = stateTable(ctx, MAINE, "ME");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Maine income tax: none, you are exempt." };
    const married = ctx.stateW4 ? certificateStatus(ctx) === "married" : false;
    const figures = married ? table.married : table.single;
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const standard = standardDeduction(figures, annual);
    const allowances = new Decimal(ctx.stateW4?.allowances ?? 0);
    const allowanceAmount = allowances.times(constant(table.allowance));
    const taxable = atLeastZero(annual.minus(standard).minus(allowanceAmount));
    const { tax: annualTax, rate } = graduatedTax(taxable, figures.schedule);
    const { tax, extraWords } = periodShare(ctx, annualTax, periods, "whole dollars");
    return {
      wages,
      tax,
      explanation: `Maine income tax: annualized wages ${usd(annual)} − ${usd(standard)} standard deduction − ${usd(allowanceAmount)} for ${num(allowances)} allowances = ${usd(taxable)}; ${married ? "married" : "single"} rates (top ${percent(rate)}) ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}, to the nearest dollar${extraWords} = ${usd(tax)}.`,
    };
  },
};

/** The standard deduction, shrinking in a straight line over the phase-out range (its share to 4 decimals). */
function standardDeduction(figures: MaineStatus, annual: Decimal): Decimal {
  const full = constant(figures.standardDeduction);
  const from = constant(figures.phaseOutFrom);
  if (compare(annual, from) <= 0) return full;
  const range = constant(figures.phaseOutRange);
  const end = from.plus(range);
  if (compare(annual, end) >= 0) return ZERO;
  // The share kept is rounded to 4 decimals (half-up) before it is applied, as the tables direct.
  const share = end.minus(annual).dividedBy(range).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
  return full.times(share);
}
