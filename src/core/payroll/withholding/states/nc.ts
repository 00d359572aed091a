import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundDollars } from "../../../money/rounding";
import { NORTH_CAROLINA } from "../../../tables/states/nc";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { stateTable } from "./common";
import type { StateWithholdingModule } from "./state-module";

/**
 * North Carolina (NC-30 percentage method): wages × pay periods − the standard deduction of the NC-4
 * status − NC-4 allowances × the allowance amount, × the flat rate, ÷ pay periods, rounded to whole
 * dollars, plus NC-4 extra withholding. NC-4 fields: filingStatus `married` (or `married_two_incomes`)
 * is Married filing jointly or surviving spouse, `head_of_household` is Head of household, any other
 * is Single or married filing separately; a certificate with no status marked takes the federal W-4's;
 * allowances = line 1; extraWithholding = line 2. With no NC-4 on file North
 * Carolina withholds as Single with no allowances. North Carolina wages follow federal income-tax wages.
 *
 * @see G.S. 105-163.2, 105-153.7; North Carolina NC-30; Form NC-4
 */
export const northCarolina: StateWithholdingModule = {
  code: "NC",
  name: "North Carolina",
  compute(ctx) {
    const table = stateTable(ctx, NORTH_CAROLINA, "NC");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "North Carolina income tax: none, you are exempt." };
    // The NC-4 box; a certificate without one takes the federal W-4's status.
    const status = ctx.stateW4 ? certificateStatus(ctx) : "single";
    const deduction = constant(
      status === "married" || status === "married_two_incomes"
        ? table.standardDeduction.marriedJointly
        : status === "head_of_household"
          ? table.standardDeduction.headOfHousehold
          : table.standardDeduction.single,
    );
    const allowances = new Decimal(ctx.stateW4?.allowances ?? 0);
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const exemptions = allowances.times(constant(table.allowance));
    const taxable = atLeastZero(annual.minus(deduction).minus(exemptions));
    const rate = constant(table.rate);
    // Rounding point: NC-30 rounds the period's withholding to the nearest whole dollar (half-up).
    const rounded = roundDollars(taxable.times(rate).dividedBy(periods), RoundingRule.HalfUp);
    const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
    const tax = rounded.plus(extra);
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for = ${usd(tax)}` : "";
    const basis = ctx.stateW4 ? "" : " (no NC-4 on file, so Single with 0 allowances)";
    return {
      wages,
      tax,
      explanation: `North Carolina income tax${basis}: annualized wages ${usd(annual)} − ${usd(deduction)} standard deduction − ${usd(exemptions)} for ${num(allowances)} allowances = ${usd(taxable)}; × ${percent(rate)} ÷ ${ctx.periodsPerYear}, to the whole dollar = ${usd(rounded)}${extraWords}.`,
    };
  },
};
