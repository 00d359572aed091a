import { Decimal } from "../../../money/decimal";
import { NEW_YORK } from "../../../tables/states/ny";
import { constant, dollars, num, percent, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { periodShare, stateTable } from "./common";
import { printedBracketTax } from "./printed-brackets";
import type { StateWithholdingModule } from "./state-module";

/**
 * New York State (NYS-50-T-NYS, Method II exact calculation, annualized): wages × pay periods − the
 * Table A deduction allowance for the status − Table B × IT-2104 line 1 allowances, tax from the annual
 * rate table for the status, ÷ pay periods, plus IT-2104 line 3 extra. IT-2104 fields: filingStatus
 * `married` (or `married_two_incomes`) is the Married box; any other status (Single or Head of
 * household, and Married but withhold at the higher Single rate) uses the single table; a certificate
 * with no status marked takes the federal W-4's; allowances = line 1. With no IT-2104 on
 * file New York has the employer withhold as Single with zero allowances. New York wages follow
 * federal income-tax wages. New York City and Yonkers taxes (lines 2, 4, 5) are not withheld here.
 *
 * @see N.Y. Tax Law §671; NYS-50-T-NYS; Form IT-2104 instructions
 */
export const newYork: StateWithholdingModule = {
  code: "NY",
  name: "New York",
  compute(ctx) {
    const table = stateTable(ctx, NEW_YORK, "NY");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "New York State income tax: none, you are exempt." };
    // The IT-2104 box; a certificate without one takes the federal W-4's status.
    const status = ctx.stateW4 ? certificateStatus(ctx) : "single";
    const married = status === "married" || status === "married_two_incomes";
    const allowances = new Decimal(ctx.stateW4?.allowances ?? 0);
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const deduction = constant(married ? table.deduction.married : table.deduction.single);
    const exemptions = allowances.times(constant(table.exemption));
    const taxable = atLeastZero(annual.minus(deduction).minus(exemptions));
    const { tax: annualTax, rate, over } = printedBracketTax(taxable, married ? table.married : table.single);
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    const basis = ctx.stateW4 ? "" : " (no IT-2104 on file, so Single with 0 allowances)";
    return {
      wages,
      tax,
      explanation: `New York State income tax${basis}: annualized wages ${usd(annual)} − ${usd(deduction)} ${married ? "married" : "single"} deduction − ${usd(exemptions)} for ${num(allowances)} allowances = ${usd(taxable)}; ${percent(rate)} bracket over ${dollars(over)} gives ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
