import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { KENTUCKY } from "../../../tables/states/ky";
import { constant, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { stateTable } from "./common";
import type { StateWithholdingModule } from "./state-module";

/**
 * Kentucky (Withholding Tax Formula): annual wages − the standard deduction, × the flat rate,
 * ÷ pay periods, plus the extra asked for on Form K-4. Kentucky has no allowances or statuses since
 * 2018, so a missing K-4 changes nothing. Kentucky wages follow federal income-tax wages. Local
 * occupational license taxes are not withheld here.
 *
 * @see KRS 141.020, 141.081, 141.310
 */
export const kentucky: StateWithholdingModule = {
  code: "KY",
  name: "Kentucky",
  compute(ctx) {
    const table = stateTable(ctx, KENTUCKY, "KY");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Kentucky income tax: none, you are exempt." };
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const deduction = constant(table.standardDeduction);
    const taxable = atLeastZero(annual.minus(deduction));
    const rate = constant(table.rate);
    const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
    // Rounding point: once, half-up to cents.
    const tax = roundCents(taxable.times(rate).dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Kentucky income tax: annualized wages ${usd(annual)} − ${usd(deduction)} standard deduction = ${usd(taxable)}; × ${percent(rate)} ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
