import { Decimal } from "../../../money/decimal";
import { SOUTH_CAROLINA } from "../../../tables/states/sc";
import { constant, num, usd } from "../../format";
import { atLeastZero, count, isPositive, min, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * South Carolina (WH-1603F): annual wages − (with one or more SC W-4 allowances) the standard
 * deduction (a share of wages up to a cap) and allowances × the allowance amount; tax by the
 * schedule; ÷ pay periods; plus SC W-4 extra. `allowances` holds the SC W-4 allowances; with none
 * claimed, or no SC W-4 on file, there is no deduction. Filing status does not enter the formula.
 * SC wages follow federal income-tax wages.
 *
 * @see S.C. Code §12-8-520; SC DOR WH-1603F, SC W-4
 */
export const southCarolina: StateWithholdingModule = {
  code: "SC",
  name: "South Carolina",
  compute(ctx) {
    const table = stateTable(ctx, SOUTH_CAROLINA, "SC");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "South Carolina income tax: none, you are exempt." };
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const allowances = new Decimal(ctx.stateW4?.allowances ?? 0);
    const standard = isPositive(allowances)
      ? min(annual.times(constant(table.standardDeductionRate)), constant(table.standardDeductionMax))
      : ZERO;
    const allowance = allowances.times(constant(table.allowance));
    const taxable = atLeastZero(annual.minus(standard).minus(allowance));
    const annualTax = graduatedTax(taxable, table.rates).tax;
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    return {
      wages,
      tax,
      explanation: `South Carolina income tax: ${usd(annual)} a year − ${usd(standard)} standard deduction − ${num(allowances)} allowances × ${usd(constant(table.allowance))} = ${usd(taxable)}; tax ${usd(annualTax)} ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
