import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundDollars } from "../../../money/rounding";
import { NORTH_DAKOTA } from "../../../tables/states/nd";
import { constant, dollars, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { stateTable } from "./common";
import { printedBracketTax } from "./printed-brackets";
import type { StateWithholdingModule } from "./state-module";

/**
 * North Dakota (percentage method): wages × pay periods (less the allowances of a 2019 or earlier
 * federal W-4), tax from the annual table of the status, ÷ pay periods, rounded to the whole dollar,
 * plus extra withholding. North Dakota has no certificate of its own: the federal W-4's status picks
 * the table (married filing jointly; head of household; single and married filing separately →
 * single), unless the state certificate marks one. North Dakota wages follow federal income-tax wages.
 *
 * @see N.D.C.C. 57-38-59; North Dakota Income Tax Withholding Rates and Instructions
 */
export const northDakota: StateWithholdingModule = {
  code: "ND",
  name: "North Dakota",
  compute(ctx) {
    const table = stateTable(ctx, NORTH_DAKOTA, "ND");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "North Dakota income tax: none, you are exempt." };
    const federal = ctx.federalW4;
    const marked = certificateStatus(ctx);
    const status = marked === "married_two_incomes" ? "married" : marked;
    const old = federal.version === 2019 ? table.before2020 : undefined;
    const schedule = old
      ? status === "married"
        ? old.married
        : old.single
      : status === "married"
        ? table.marriedJointly
        : status === "head_of_household"
          ? table.headOfHousehold
          : table.single;
    const allowances = new Decimal(federal.version === 2019 ? federal.allowances : 0);
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const exemptions = old ? allowances.times(constant(old.allowance)) : ZERO;
    const taxable = atLeastZero(annual.minus(exemptions));
    const { tax: annualTax, rate, over } = printedBracketTax(taxable, schedule);
    // Rounding point: North Dakota rounds the period's withholding to the nearest whole dollar (half-up).
    const rounded = roundDollars(annualTax.dividedBy(periods), RoundingRule.HalfUp);
    const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
    const tax = rounded.plus(extra);
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for = ${usd(tax)}` : "";
    const words =
      status === "married"
        ? "married"
        : status === "head_of_household" && !old
          ? "head of household"
          : "single";
    const allowanceWords = old
      ? ` − ${usd(exemptions)} for ${num(allowances)} W-4 allowances = ${usd(taxable)}`
      : "";
    return {
      wages,
      tax,
      explanation: `North Dakota income tax: annualized wages ${usd(annual)}${allowanceWords}; ${words} table, ${percent(rate)} over ${dollars(over)}: ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}, to the whole dollar = ${usd(rounded)}${extraWords}.`,
    };
  },
};
