import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { INDIANA } from "../../../tables/states/in";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { stateTable } from "./common";
import type { StateWithholdingContext, StateWithholdingModule } from "./state-module";

/**
 * Indiana state tax (Departmental Notice #1): annual wages − WH-4 personal exemptions (line 4,
 * `allowances`) × the personal amount − additional dependent exemptions (line 5, `dependents`) ×
 * the dependent amount, × the flat rate, ÷ pay periods, plus the WH-4 extra. With no WH-4 on file
 * no exemptions are claimed. Indiana wages follow federal income-tax wages. County income tax,
 * which the WH-4 also withholds, is a local-tax line when the request gives localities. Full
 * precision, one rounding to cents half-up.
 *
 * @see IC 6-3-2-1, 6-3-4-8
 */
export const indiana: StateWithholdingModule = {
  code: "IN",
  name: "Indiana",
  compute(ctx) {
    const table = stateTable(ctx, INDIANA, "IN");
    const wages = ctx.wages.federal;
    const w4 = ctx.stateW4;
    if (w4?.exempt) return { wages, tax: ZERO, explanation: "Indiana income tax: none, you are exempt." };
    const periods = count(ctx.periodsPerYear);
    const { annual, personal, dependents, exemptions, taxable } = indianaTaxableIncome(ctx);
    const rate = constant(table.rate);
    const extra = new Decimal(w4?.extraWithholding ?? 0);
    // Rounding point: once, half-up to cents.
    const tax = roundCents(taxable.times(rate).dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Indiana income tax: annualized wages ${usd(annual)} − ${usd(exemptions)} for ${num(personal)} personal and ${num(dependents)} dependent exemptions = ${usd(taxable)}; × ${percent(rate)} ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};

/**
 * Indiana taxable wages for the year at this check's rate of pay: annual wages − WH-4 personal and
 * dependent exemptions. The county income tax applies its rate to the same amount.
 */
export function indianaTaxableIncome(ctx: StateWithholdingContext) {
  const table = stateTable(ctx, INDIANA, "IN");
  const annual = ctx.wages.federal.times(count(ctx.periodsPerYear));
  const personal = count(ctx.stateW4?.allowances ?? 0);
  const dependents = count(ctx.stateW4?.dependents ?? 0);
  const exemptions = personal
    .times(constant(table.personalExemption))
    .plus(dependents.times(constant(table.dependentExemption)));
  return { annual, personal, dependents, exemptions, taxable: atLeastZero(annual.minus(exemptions)) };
}
