import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { ILLINOIS } from "../../../tables/states/il";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { stateTable } from "./common";
import type { StateWithholdingModule } from "./state-module";

/**
 * Illinois (Booklet IL-700-T automated method): rate × (wages × pay periods − (line 1 allowances ×
 * basic amount + line 2 allowances × additional amount)) ÷ pay periods, plus IL-W-4 line 3 extra.
 * Illinois wages follow federal income-tax wages (401(k) and Section 125 reduce them). Full precision,
 * one rounding to cents half-up.
 *
 * @see 35 ILCS 5/701, 5/204; Illinois Booklet IL-700-T
 */
export const illinois: StateWithholdingModule = {
  code: "IL",
  name: "Illinois",
  compute(ctx) {
    const table = stateTable(ctx, ILLINOIS, "IL");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Illinois income tax: none, you are exempt." };
    const line1 = new Decimal(ctx.stateW4?.allowances ?? 0);
    const line2 = new Decimal(ctx.stateW4?.additionalAllowances ?? 0);
    const annualAllowance = line1
      .times(constant(table.basicAllowance))
      .plus(line2.times(constant(table.additionalAllowance)));
    const periods = count(ctx.periodsPerYear);
    const perPeriod = annualAllowance.dividedBy(periods);
    const rate = constant(table.rate);
    const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
    // Annual terms first and one division last: dividing the allowance by the periods first leaves
    // a repeating decimal that turns an exact half cent into a fraction below it.
    const annualTaxable = atLeastZero(wages.times(periods).minus(annualAllowance));
    const taxable = annualTaxable.dividedBy(periods);
    // Rounding point: once, half-up to cents.
    const tax = roundCents(annualTaxable.times(rate).dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Illinois income tax: ${usd(wages)} − ${usd(perPeriod)} for your allowances (${num(line1)} × ${usd(constant(table.basicAllowance))} + ${num(line2)} × ${usd(constant(table.additionalAllowance))} a year ÷ ${ctx.periodsPerYear}) = ${usd(taxable)}; × ${percent(rate)}${extraWords} = ${usd(tax)}.`,
    };
  },
};
