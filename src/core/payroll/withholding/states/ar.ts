import type { Decimal } from "../../../money/decimal";
import { ARKANSAS, type ArkansasRow } from "../../../tables/states/ar";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, compare, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import type { StateWithholdingModule } from "./state-module";

/**
 * Arkansas (DFA Withholding Tax Formula): annual wages − the standard deduction = net taxable
 * income; × the row's rate − the row's amount; − a tax credit for each exemption claimed on Form
 * AR4EC (`allowances`: yourself, spouse, head of household and dependents, as the form totals
 * them); ÷ pay periods, plus the AR4EC extra. With no AR4EC on file no exemptions are claimed.
 * Arkansas wages follow federal income-tax wages. Full precision, one rounding to cents half-up.
 *
 * @see Ark. Code 26-51-201, 26-51-501, 26-51-905
 */
export const arkansas: StateWithholdingModule = {
  code: "AR",
  name: "Arkansas",
  compute(ctx) {
    const table = stateTable(ctx, ARKANSAS, "AR");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Arkansas income tax: none, you are exempt." };
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const standard = constant(table.standardDeduction);
    const net = atLeastZero(annual.minus(standard));
    const [, r, l] = rowFor(table.rows, net);
    const rate = constant(r);
    const less = constant(l);
    const exemptions = count(ctx.stateW4?.allowances ?? 0);
    const credits = exemptions.times(constant(table.exemptionCredit));
    const annualTax = atLeastZero(net.times(rate).minus(less).minus(credits));
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    return {
      wages,
      tax,
      explanation: `Arkansas income tax: annualized wages ${usd(annual)} − ${usd(standard)} standard deduction = ${usd(net)}; × ${percent(rate)} − ${usd(less)} − ${usd(credits)} credit for ${num(exemptions)} exemptions = ${usd(annualTax)} a year; ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};

/** The last row whose `over` the income exceeds (the first row covers zero). */
function rowFor(rows: readonly ArkansasRow[], income: Decimal): ArkansasRow {
  let found = rows[0]!;
  for (const row of rows) if (compare(income, constant(row[0])) > 0) found = row;
  return found;
}
