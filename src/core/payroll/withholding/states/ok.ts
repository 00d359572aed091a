import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundDollars } from "../../../money/rounding";
import { OKLAHOMA } from "../../../tables/states/ok";
import { constant, dollars, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Oklahoma (OW-2 percentage method): wages × pay periods − OK-W-4 allowances × the allowance amount,
 * tax from the single or married annual table, ÷ pay periods, rounded to the whole dollar, plus OK-W-4
 * extra withholding. OK-W-4 fields: filingStatus `married` (or `married_two_incomes`) is Married; any
 * other (Single, Married but withhold at the higher Single rate, head of household) uses the single
 * table; a certificate with no status marked takes the federal W-4's; allowances = line 1.
 * With no OK-W-4 on file Oklahoma withholds as Single with no allowances (OAC 710:90-1-7(f)).
 * Oklahoma wages follow federal income-tax wages.
 *
 * @see 68 O.S. 2385.2; OAC 710:90-1-7; Oklahoma OW-2
 */
export const oklahoma: StateWithholdingModule = {
  code: "OK",
  name: "Oklahoma",
  compute(ctx) {
    const table = stateTable(ctx, OKLAHOMA, "OK");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Oklahoma income tax: none, you are exempt." };
    // The OK-W-4 box; a certificate without one takes the federal W-4's status.
    const status = ctx.stateW4 ? certificateStatus(ctx) : "single";
    const married = status === "married" || status === "married_two_incomes";
    const allowances = new Decimal(ctx.stateW4?.allowances ?? 0);
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const exemptions = allowances.times(constant(table.allowance));
    const taxable = atLeastZero(annual.minus(exemptions));
    const { tax: annualTax, rate, over } = graduatedTax(taxable, married ? table.married : table.single);
    // Rounding point: OW-2 rounds the period's withholding to the nearest whole dollar (half-up).
    const rounded = roundDollars(annualTax.dividedBy(periods), RoundingRule.HalfUp);
    const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
    const tax = rounded.plus(extra);
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for = ${usd(tax)}` : "";
    const basis = ctx.stateW4 ? "" : " (no OK-W-4 on file, so Single with 0 allowances)";
    return {
      wages,
      tax,
      explanation: `Oklahoma income tax${basis}: annualized wages ${usd(annual)} − ${usd(exemptions)} for ${num(allowances)} allowances = ${usd(taxable)}; ${married ? "married" : "single"} table, ${percent(rate)} over ${dollars(over)}: ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}, to the whole dollar = ${usd(rounded)}${extraWords}.`,
    };
  },
};
