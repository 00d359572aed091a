import { Decimal } from "../../../money/decimal";
import { NEBRASKA } from "../../../tables/states/ne";
import { constant, dollars, num, percent, usd } from "../../format";
import { atLeastZero, compare, count, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { periodShare, stateTable } from "./common";
import { printedBracketTax } from "./printed-brackets";
import type { StateWithholdingModule } from "./state-module";

/**
 * Nebraska (Circular EN percentage method): wages × pay periods − W-4N allowances × the allowance
 * amount, tax from the single or married table, but never less than the special withholding rate
 * (1.5%) of the annualized wages, ÷ pay periods, plus W-4N extra withholding. W-4N fields: filingStatus
 * `married` (or `married_two_incomes`) is Married filing jointly; any other (Single, head of household,
 * Married but withhold at the higher Single rate) uses the single table; a certificate with no status
 * marked takes the federal W-4's; allowances = line 1. With no W-4N on file Nebraska
 * withholds as Single with no allowances. Nebraska wages follow federal income-tax wages.
 *
 * @see Neb. Rev. Stat. 77-2753; 316 NAC 21-004.01C (the 1.5% minimum, unless the employee substantiates
 * less: the engine has no field for that); Nebraska Circular EN; Form W-4N
 */
export const nebraska: StateWithholdingModule = {
  code: "NE",
  name: "Nebraska",
  compute(ctx) {
    const table = stateTable(ctx, NEBRASKA, "NE");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Nebraska income tax: none, you are exempt." };
    // The W-4N box; a certificate without one takes the federal W-4's status.
    const status = ctx.stateW4 ? certificateStatus(ctx) : "single";
    const married = status === "married" || status === "married_two_incomes";
    const allowances = new Decimal(ctx.stateW4?.allowances ?? 0);
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const exemptions = allowances.times(constant(table.allowance));
    const taxable = atLeastZero(annual.minus(exemptions));
    const byTable = printedBracketTax(taxable, married ? table.married : table.single);
    const minimumRate = constant(table.minimumRate);
    const minimum = annual.times(minimumRate);
    const useMinimum = compare(byTable.tax, minimum) < 0;
    const annualTax = useMinimum ? minimum : byTable.tax;
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    const basis = ctx.stateW4 ? "" : " (no W-4N on file, so Single with 0 allowances)";
    const rule = useMinimum
      ? `${usd(byTable.tax)} by the table is below the ${percent(minimumRate)} minimum of ${usd(annual)}, so ${usd(minimum)}`
      : `${percent(byTable.rate)} bracket over ${dollars(byTable.over)}: ${usd(annualTax)}`;
    return {
      wages,
      tax,
      explanation: `Nebraska income tax${basis}: annualized wages ${usd(annual)} − ${usd(exemptions)} for ${num(allowances)} allowances = ${usd(taxable)}; ${married ? "married" : "single"} table, ${rule} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
