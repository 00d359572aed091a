import { Decimal } from "../../../money/decimal";
import { OHIO } from "../../../tables/states/oh";
import { constant, dollars, num, percent, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Ohio (Optional Computer Formula): wages × pay periods − IT-4 exemptions × the exemption amount, tax
 * by the annual schedule × the formula's adjustment factor, ÷ pay periods, plus IT-4 extra withholding.
 * IT-4 fields: allowances = the exemptions claimed (line 3), extraWithholding = the additional amount;
 * Ohio has no status. With no IT-4 on file Ohio withholds with no exemptions. Ohio wages follow
 * federal income-tax wages.
 *
 * @see Ohio R.C. 5747.06; Ohio Employer Withholding Tax: Optional Computer Formula; Form IT 4
 */
export const ohio: StateWithholdingModule = {
  code: "OH",
  name: "Ohio",
  compute(ctx) {
    const table = stateTable(ctx, OHIO, "OH");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Ohio income tax: none, you are exempt." };
    const exemptions = new Decimal(ctx.stateW4?.allowances ?? 0);
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const exemptionAmount = exemptions.times(constant(table.exemption));
    const taxable = atLeastZero(annual.minus(exemptionAmount));
    const { tax: byTable, rate, over } = graduatedTax(taxable, table.schedule);
    const adjustment = constant(table.adjustment);
    const annualTax = byTable.times(adjustment);
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    return {
      wages,
      tax,
      explanation: `Ohio income tax: annualized wages ${usd(annual)} − ${usd(exemptionAmount)} for ${num(exemptions)} exemptions = ${usd(taxable)}; ${percent(rate)} over ${dollars(over)}: ${usd(byTable)} × ${num(adjustment)} = ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
