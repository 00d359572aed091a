import { Decimal } from "../../../money/decimal";
import { WEST_VIRGINIA } from "../../../tables/states/wv";
import { constant, num, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * West Virginia (IT-100.1A percentage method): annual wages − IT-104 exemptions × $2,000, tax by the
 * two-earner/two-job table, or by the one-earner table when the IT-104 asks for the lower rate;
 * ÷ pay periods, rounded to the nearest dollar; plus IT-104 extra. The lower-rate request is a
 * marked status of single, head of household or married (spouse not employed); `married_two_incomes`,
 * `married_separately` or no status keeps the two-earner table, which the Tax Division prescribes for
 * every other employee. `allowances` holds the IT-104 exemptions; with no IT-104 on file, none.
 * West Virginia wages follow federal income-tax wages.
 *
 * @see W. Va. Code §11-21-71; WV IT-100.1A, Form IT-104
 */
export const westVirginia: StateWithholdingModule = {
  code: "WV",
  name: "West Virginia",
  compute(ctx) {
    const table = stateTable(ctx, WEST_VIRGINIA, "WV");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "West Virginia income tax: none, you are exempt." };
    const status = ctx.stateW4?.filingStatus;
    const oneEarner = status === "single" || status === "head_of_household" || status === "married";
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const exemptions = new Decimal(ctx.stateW4?.allowances ?? 0);
    const taxable = atLeastZero(annual.minus(exemptions.times(constant(table.exemption))));
    const annualTax = graduatedTax(taxable, oneEarner ? table.oneEarner : table.twoEarner).tax;
    const { tax, extraWords } = periodShare(ctx, annualTax, periods, "whole dollars");
    return {
      wages,
      tax,
      explanation: `West Virginia income tax (${oneEarner ? "one-earner" : "two-earner"} table): ${usd(annual)} a year − ${num(exemptions)} exemptions × ${usd(constant(table.exemption))} = ${usd(taxable)}; tax ${usd(annualTax)} ÷ ${ctx.periodsPerYear}, to the dollar${extraWords} = ${usd(tax)}.`,
    };
  },
};
