import { Decimal } from "../../../money/decimal";
import { VERMONT } from "../../../tables/states/vt";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { printedBracketTax } from "./printed-brackets";
import type { StateWithholdingModule } from "./state-module";

/**
 * Vermont (GB-1210 annual percentage method): annual wages − W-4VT line 5 allowances × the allowance
 * amount, tax by the single or married schedule, ÷ pay periods, plus W-4VT line 6 extra. The W-4VT
 * status `married` (filing jointly) uses the married schedule; single, married filing separately
 * (`married_separately`) and "married, but withhold at higher single rate" (`married_two_incomes`)
 * the single one (the form has no head-of-household status: that is a line 4 allowance). With no W-4VT on file, GB-1210 lets
 * the federal W-4 stand in: its status (married filing jointly → married) and, for a pre-2020 form,
 * its allowances; a 2020 form carries none. Vermont wages follow federal income-tax wages.
 *
 * @see 32 V.S.A. §5841; Vermont GB-1210, Form W-4VT
 */
export const vermont: StateWithholdingModule = {
  code: "VT",
  name: "Vermont",
  compute(ctx) {
    const table = stateTable(ctx, VERMONT, "VT");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Vermont income tax: none, you are exempt." };
    const federal = ctx.federalW4;
    const married = ctx.stateW4?.filingStatus
      ? ctx.stateW4.filingStatus === "married"
      : federal.version === 2020
        ? federal.filingStatus === "married_jointly"
        : federal.filingStatus === "married";
    const allowances = new Decimal(
      ctx.stateW4 ? (ctx.stateW4.allowances ?? 0) : federal.version === 2019 ? federal.allowances : 0,
    );
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const allowance = allowances.times(constant(table.allowance));
    const taxable = atLeastZero(annual.minus(allowance));
    // The printed base (rounded to cents) plus the rate on the excess, as the Department's table reads.
    const {
      tax: annualTax,
      over,
      base,
      rate,
    } = printedBracketTax(taxable, married ? table.married : table.single);
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    return {
      wages,
      tax,
      explanation: `Vermont income tax (${married ? "married" : "single"}): ${usd(annual)} a year − ${num(allowances)} allowances × ${usd(constant(table.allowance))} = ${usd(taxable)}; ${usd(base)} + ${percent(rate)} over ${usd(over)} = ${usd(annualTax)} ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
