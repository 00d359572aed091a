import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { MICHIGAN } from "../../../tables/states/mi";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { stateTable } from "./common";
import type { StateWithholdingModule } from "./state-module";

/**
 * Michigan (Form 446, percentage method): annual wages − MI-W4 line 6 exemptions (`allowances`) ×
 * the exemption amount, × the flat rate, ÷ pay periods, plus MI-W4 line 7 extra. With no MI-W4 on
 * file: no exemptions. Michigan wages follow federal income-tax wages. City income taxes (Detroit
 * and others) are not withheld here.
 *
 * @see MCL 206.30, 206.51, 206.351
 */
export const michigan: StateWithholdingModule = {
  code: "MI",
  name: "Michigan",
  compute(ctx) {
    const table = stateTable(ctx, MICHIGAN, "MI");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Michigan income tax: none, you are exempt." };
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const exemptions = new Decimal(ctx.stateW4?.allowances ?? 0);
    const exemptionAmount = exemptions.times(constant(table.exemption));
    const taxable = atLeastZero(annual.minus(exemptionAmount));
    const rate = constant(table.rate);
    const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
    // Rounding point: once, half-up to cents.
    const tax = roundCents(taxable.times(rate).dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Michigan income tax: annualized wages ${usd(annual)} − ${usd(exemptionAmount)} for ${num(exemptions)} exemptions = ${usd(taxable)}; × ${percent(rate)} ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
