import { UTAH } from "../../../tables/states/ut";
import { constant, percent, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import type { StateWithholdingContext, StateWithholdingModule } from "./state-module";

/**
 * Utah (Publication 14 percentage method): annual wages × the flat rate, − the base allowance for the
 * status reduced by 1.3% of wages over the status's threshold (not below 0); ÷ pay periods; plus
 * extra withholding. Utah has no state certificate: the status is the federal W-4's (married filing
 * jointly → married; every other status, including head of household, single), unless a status is
 * given here. Utah wages follow federal income-tax wages.
 *
 * @see Utah Code §59-10-402, 59-10-1104; Utah Publication 14
 */
export const utah: StateWithholdingModule = {
  code: "UT",
  name: "Utah",
  compute(ctx) {
    const table = stateTable(ctx, UTAH, "UT");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Utah income tax: none, you are exempt." };
    const married = isMarried(ctx);
    const status = married ? table.married : table.single;
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const rate = constant(table.rate);
    const gross = annual.times(rate);
    const reduction = atLeastZero(annual.minus(constant(status.reductionOver))).times(
      constant(table.reductionRate),
    );
    const allowance = atLeastZero(constant(status.baseAllowance).minus(reduction));
    const annualTax = atLeastZero(gross.minus(allowance));
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    return {
      wages,
      tax,
      explanation: `Utah income tax (${married ? "married" : "single"}): ${usd(annual)} a year × ${percent(rate)} = ${usd(gross)} − ${usd(allowance)} allowance (${usd(constant(status.baseAllowance))} less ${percent(constant(table.reductionRate))} of wages over ${usd(constant(status.reductionOver))}) = ${usd(annualTax)} ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};

function isMarried(ctx: StateWithholdingContext): boolean {
  const marked = ctx.stateW4?.filingStatus;
  if (marked) return marked === "married";
  const federal = ctx.federalW4;
  return federal.version === 2020
    ? federal.filingStatus === "married_jointly"
    : federal.filingStatus === "married";
}
