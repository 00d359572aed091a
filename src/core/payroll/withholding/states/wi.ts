import { Decimal } from "../../../money/decimal";
import { WISCONSIN } from "../../../tables/states/wi";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { printedBracketTax } from "./printed-brackets";
import type { StateWithholdingModule } from "./state-module";

/**
 * Wisconsin (W-166 Method B): annual wages − the standard deduction for the status (phased out by
 * wages) − WT-4 exemptions × the exemption amount; tax by the status's printed table; − exemptions ×
 * the exemption credit; ÷ pay periods; plus WT-4 extra. The WT-4 status `married` uses the married
 * table; single and "married, but withhold at the higher single rate" (`married_two_incomes`,
 * `married_separately`) the single one; head of household, which the WT-4 does not offer, withholds
 * as single. `allowances` holds the WT-4 exemptions. With no WT-4 on file, W-166 has employers
 * withhold as single with no exemptions. Wisconsin wages follow federal income-tax wages.
 *
 * @see Wis. Stat. §71.64; Wisconsin Publication W-166, Form WT-4
 */
export const wisconsin: StateWithholdingModule = {
  code: "WI",
  name: "Wisconsin",
  compute(ctx) {
    const table = stateTable(ctx, WISCONSIN, "WI");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Wisconsin income tax: none, you are exempt." };
    const married = ctx.stateW4?.filingStatus === "married";
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const d = married ? table.deduction.married : table.deduction.single;
    const deduction = atLeastZero(
      constant(d.amount).minus(atLeastZero(annual.minus(constant(d.over))).times(constant(d.rate))),
    );
    const exemptions = new Decimal(ctx.stateW4?.allowances ?? 0);
    const exemptionAmount = exemptions.times(constant(table.exemptionDeduction));
    const taxable = atLeastZero(annual.minus(deduction).minus(exemptionAmount));
    const {
      tax: scheduleTax,
      over,
      base,
      rate,
    } = printedBracketTax(taxable, married ? table.married : table.single);
    const credit = exemptions.times(constant(table.exemptionCredit));
    const annualTax = atLeastZero(scheduleTax.minus(credit));
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    const creditWords = isPositive(credit)
      ? ` − ${usd(credit)} credit for ${num(exemptions)} exemptions`
      : "";
    const exemptionWords = isPositive(exemptionAmount)
      ? ` − ${usd(exemptionAmount)} for ${num(exemptions)} exemptions`
      : "";
    return {
      wages,
      tax,
      explanation: `Wisconsin income tax (${married ? "married" : "single"}): ${usd(annual)} a year − ${usd(deduction)} standard deduction${exemptionWords} = ${usd(taxable)}; ${usd(base)} + ${percent(rate)} over ${usd(over)}${creditWords} = ${usd(annualTax)} ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
