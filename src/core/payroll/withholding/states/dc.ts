import { Decimal } from "../../../money/decimal";
import { DISTRICT_OF_COLUMBIA } from "../../../tables/states/dc";
import { constant, num, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * District of Columbia (OTR FR-230 percentage formula): annualize wages, − D-4 line 2 allowances ×
 * the allowance amount, tax by the one graduated schedule (the D-4 status only shapes how many
 * allowances the worksheet gives), ÷ pay periods, plus D-4 line 3 extra. `allowances` holds D-4
 * line 2; with no D-4 on file, OTR has employers withhold as single with no allowances. DC wages
 * follow federal income-tax wages.
 *
 * @see D.C. Code §47-1812.08; OTR FR-230, Form D-4
 */
export const districtOfColumbia: StateWithholdingModule = {
  code: "DC",
  name: "District of Columbia",
  compute(ctx) {
    const table = stateTable(ctx, DISTRICT_OF_COLUMBIA, "DC");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "District of Columbia income tax: none, you are exempt." };
    const periods = count(ctx.periodsPerYear);
    const allowances = new Decimal(ctx.stateW4?.allowances ?? 0);
    const annual = wages.times(periods);
    const allowance = allowances.times(constant(table.allowance));
    const taxable = atLeastZero(annual.minus(allowance));
    const annualTax = graduatedTax(taxable, table.rates).tax;
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    return {
      wages,
      tax,
      explanation: `District of Columbia income tax: ${usd(wages)} × ${ctx.periodsPerYear} = ${usd(annual)} − ${num(allowances)} allowances × ${usd(constant(table.allowance))} = ${usd(taxable)}; tax ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
