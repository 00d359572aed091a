import { Decimal } from "../../../money/decimal";
import { RHODE_ISLAND } from "../../../tables/states/ri";
import { constant, dollars, num, percent, usd } from "../../format";
import { atLeastZero, compare, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { printedBracketTax } from "./printed-brackets";
import type { StateWithholdingModule } from "./state-module";

/**
 * Rhode Island (percentage method): wages × pay periods − RI W-4 exemptions × the exemption amount
 * (nothing above the annual wage limit), tax from the one annual table, ÷ pay periods, plus RI W-4
 * extra withholding. RI W-4 fields: allowances = line 1 exemptions, extraWithholding = line 2; the
 * table is the same for every status. With no RI W-4 on file no exemptions are allowed. Rhode Island
 * wages follow federal income-tax wages.
 *
 * @see R.I. Gen. Laws 44-30-71; Rhode Island Withholding Tax Booklet; Form RI W-4
 */
export const rhodeIsland: StateWithholdingModule = {
  code: "RI",
  name: "Rhode Island",
  compute(ctx) {
    const table = stateTable(ctx, RHODE_ISLAND, "RI");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Rhode Island income tax: none, you are exempt." };
    const exemptions = new Decimal(ctx.stateW4?.allowances ?? 0);
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const limit = constant(table.exemptionWageLimit);
    const overLimit = compare(annual, limit) > 0;
    const exemptionAmount = overLimit ? ZERO : exemptions.times(constant(table.exemption));
    const taxable = atLeastZero(annual.minus(exemptionAmount));
    const { tax: annualTax, rate, over } = printedBracketTax(taxable, table.schedule);
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    const exemptionWords = overLimit
      ? ` (no exemptions above ${dollars(limit)} a year)`
      : ` − ${usd(exemptionAmount)} for ${num(exemptions)} exemptions = ${usd(taxable)}`;
    return {
      wages,
      tax,
      explanation: `Rhode Island income tax: annualized wages ${usd(annual)}${exemptionWords}; ${percent(rate)} over ${dollars(over)}: ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
