import { Decimal } from "../../../money/decimal";
import { MISSISSIPPI } from "../../../tables/states/ms";
import { constant, percent, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Mississippi (Pub. 89-700, percentage method): annual wages − the standard deduction of the
 * MS-W4 status − the MS-W4 total exemption claimed (a dollar amount, `annualAllowance`), by the
 * rate schedule, ÷ pay periods, rounded to the nearest dollar, plus MS-W4 extra. MS-W4 statuses:
 * single; married, spouse not employed (`married`); married, spouse employed (`married_two_incomes`);
 * head of household. With no MS-W4 on file: single with no exemption. Mississippi wages follow
 * federal income-tax wages.
 *
 * @see Miss. Code Ann. §§27-7-5, 27-7-17, 27-7-21, 27-7-305
 */
export const mississippi: StateWithholdingModule = {
  code: "MS",
  name: "Mississippi",
  compute(ctx) {
    const table = stateTable(ctx, MISSISSIPPI, "MS");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Mississippi income tax: none, you are exempt." };
    const status = ctx.stateW4?.filingStatus ?? "single";
    const sd = table.standardDeduction;
    const standard = constant(
      status === "married"
        ? sd.married
        : status === "married_two_incomes"
          ? sd.marriedBothWorking
          : status === "head_of_household"
            ? sd.headOfHousehold
            : sd.single,
    );
    const exemption = new Decimal(ctx.stateW4?.annualAllowance ?? 0);
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const taxable = atLeastZero(annual.minus(standard).minus(exemption));
    const { tax: annualTax, rate } = graduatedTax(taxable, table.schedule);
    const { tax, extraWords } = periodShare(ctx, annualTax, periods, "whole dollars");
    return {
      wages,
      tax,
      explanation: `Mississippi income tax: annualized wages ${usd(annual)} − ${usd(standard)} standard deduction − ${usd(exemption)} exemption claimed = ${usd(taxable)}; tax (top rate ${percent(rate)}) ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}, to the nearest dollar${extraWords} = ${usd(tax)}.`,
    };
  },
};
