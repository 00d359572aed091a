import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { DELAWARE } from "../../../tables/states/de";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Delaware (Division of Revenue withholding formula): annual wages − the standard deduction
 * (married filing jointly, or single for every other status), taxed by the graduated schedule, −
 * the personal credit × the DE W-4 allowances, ÷ pay periods, plus the DE W-4 extra. With no DE W-4
 * on file the federal W-4's status stands in (married filing jointly → married) with no allowances.
 * Delaware wages follow federal income-tax wages. Full precision, one rounding to cents half-up.
 *
 * @see 30 Del. C. 1102, 1108, 1110, 1151
 */
export const delaware: StateWithholdingModule = {
  code: "DE",
  name: "Delaware",
  compute(ctx) {
    const table = stateTable(ctx, DELAWARE, "DE");
    const wages = ctx.wages.federal;
    const w4 = ctx.stateW4;
    if (w4?.exempt) return { wages, tax: ZERO, explanation: "Delaware income tax: none, you are exempt." };
    const federal = ctx.federalW4;
    const married = w4?.filingStatus
      ? w4.filingStatus === "married" || w4.filingStatus === "married_two_incomes"
      : federal.filingStatus === "married" || federal.filingStatus === "married_jointly";
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const standard = constant(married ? table.standardDeductionMarried : table.standardDeductionSingle);
    const taxable = atLeastZero(annual.minus(standard));
    const { tax: gross, rate } = graduatedTax(taxable, table.schedule);
    const allowances = count(w4?.allowances ?? 0);
    const credit = allowances.times(constant(table.allowanceCredit));
    const annualTax = atLeastZero(gross.minus(credit));
    const extra = new Decimal(w4?.extraWithholding ?? 0);
    // Rounding point: once, half-up to cents.
    const tax = roundCents(annualTax.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const basis = w4 ? "" : ", no DE W-4 on file, so your federal status with no allowances";
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Delaware income tax (${married ? "married" : "single"}${basis}): annualized wages ${usd(annual)} − ${usd(standard)} standard deduction = ${usd(taxable)}; tax ${usd(gross)} (top rate ${percent(rate)}) − ${usd(credit)} credit for ${num(allowances)} allowances = ${usd(annualTax)} a year; ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
