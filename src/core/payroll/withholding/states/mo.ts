import { MISSOURI } from "../../../tables/states/mo";
import { constant, percent, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Missouri (Withholding Tax Formula): annual wages − the standard deduction of the MO W-4 status,
 * by the rate schedule accumulated band by band, ÷ pay periods, rounded to the nearest dollar, plus
 * MO W-4 extra. The MO W-4 has no allowances; its statuses are single or married filing separately,
 * married with a working spouse (`married_two_incomes`), married with a spouse not working
 * (`married`) and head of household. With no MO W-4 on file: single, as the form's instructions
 * direct. The MO W-4 line 3 "reduced withholding" amount has no field here. Missouri
 * wages follow federal income-tax wages. Kansas City and St. Louis earnings taxes are not withheld
 * here.
 *
 * @see RSMo 143.011, 143.131, 143.191
 */
export const missouri: StateWithholdingModule = {
  code: "MO",
  name: "Missouri",
  compute(ctx) {
    const table = stateTable(ctx, MISSOURI, "MO");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Missouri income tax: none, you are exempt." };
    const status = ctx.stateW4?.filingStatus ?? "single";
    const sd = table.standardDeduction;
    const standard = constant(
      status === "married" ? sd.married : status === "head_of_household" ? sd.headOfHousehold : sd.single,
    );
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const taxable = atLeastZero(annual.minus(standard));
    const { tax: annualTax, rate } = graduatedTax(taxable, table.schedule);
    const { tax, extraWords } = periodShare(ctx, annualTax, periods, "whole dollars");
    return {
      wages,
      tax,
      explanation: `Missouri income tax: annualized wages ${usd(annual)} − ${usd(standard)} standard deduction = ${usd(taxable)}; tax (top rate ${percent(rate)}) ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}, to the nearest dollar${extraWords} = ${usd(tax)}.`,
    };
  },
};
