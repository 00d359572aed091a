import { Decimal } from "../../../money/decimal";
import { MINNESOTA } from "../../../tables/states/mn";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Minnesota (Withholding Tax Instructions and Tables, computer formula): annual wages − W-4MN
 * line 1 allowances (`allowances`) × the allowance amount, by the single or married schedule,
 * ÷ pay periods, plus W-4MN line 2 extra. The W-4MN statuses are single, married, and "married, but
 * withhold at the higher single rate" (`married_two_incomes` or `married_separately` here); only
 * married takes the married schedule. With no W-4MN on file: single with 0 allowances. Minnesota
 * wages follow federal income-tax wages.
 *
 * @see Minn. Stat. §§290.92, 290.06
 */
export const minnesota: StateWithholdingModule = {
  code: "MN",
  name: "Minnesota",
  compute(ctx) {
    const table = stateTable(ctx, MINNESOTA, "MN");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Minnesota income tax: none, you are exempt." };
    const married = ctx.stateW4?.filingStatus === "married";
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const allowances = new Decimal(ctx.stateW4?.allowances ?? 0);
    const allowanceAmount = allowances.times(constant(table.allowance));
    const taxable = atLeastZero(annual.minus(allowanceAmount));
    const { tax: annualTax, rate } = graduatedTax(taxable, married ? table.married : table.single);
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    return {
      wages,
      tax,
      explanation: `Minnesota income tax: annualized wages ${usd(annual)} − ${usd(allowanceAmount)} for ${num(allowances)} allowances = ${usd(taxable)}; ${married ? "married" : "single"} rates (top ${percent(rate)}) ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
