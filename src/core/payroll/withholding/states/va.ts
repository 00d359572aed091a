import { Decimal } from "../../../money/decimal";
import { VIRGINIA } from "../../../tables/states/va";
import { constant, num, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Virginia (Employer Withholding Instructions formula): annual wages − the standard deduction − VA-4
 * line 1(a) exemptions (`allowances`) × $930 − line 1(b) age/blind exemptions (`additionalAllowances`)
 * × $800; tax by the one schedule; ÷ pay periods; plus VA-4 line 2 extra. Filing status does not
 * enter the formula. With no VA-4 on file, no exemptions. Virginia wages follow federal income-tax
 * wages.
 *
 * @see Va. Code §58.1-461, 58.1-472; Virginia Employer Withholding Instructions, Form VA-4
 */
export const virginia: StateWithholdingModule = {
  code: "VA",
  name: "Virginia",
  compute(ctx) {
    const table = stateTable(ctx, VIRGINIA, "VA");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Virginia income tax: none, you are exempt." };
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const personal = new Decimal(ctx.stateW4?.allowances ?? 0);
    const ageBlind = new Decimal(ctx.stateW4?.additionalAllowances ?? 0);
    const exemptions = personal
      .times(constant(table.exemption))
      .plus(ageBlind.times(constant(table.ageBlindExemption)));
    const standard = constant(table.standardDeduction);
    const taxable = atLeastZero(annual.minus(standard).minus(exemptions));
    const annualTax = graduatedTax(taxable, table.rates).tax;
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    return {
      wages,
      tax,
      explanation: `Virginia income tax: ${usd(annual)} a year − ${usd(standard)} standard deduction − ${usd(exemptions)} for ${num(personal)} personal and ${num(ageBlind)} age/blind exemptions = ${usd(taxable)}; tax ${usd(annualTax)} ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
