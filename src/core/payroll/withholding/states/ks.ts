import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { KANSAS } from "../../../tables/states/ks";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Kansas (KW-100 percentage method): annual wages − the K-4 allowances (the first one, or two when
 * married, at the personal amount where the year has one; the rest at the allowance amount), taxed
 * by the married (joint) schedule or the single one (single and head of household), ÷ pay periods,
 * plus the K-4 extra. With no K-4 on file Kansas withholds at the single rate with no allowances; a
 * K-4 with no status marked takes the federal W-4's. Kansas wages follow federal income-tax wages.
 * Full precision, one rounding to cents half-up.
 *
 * @see K.S.A. 79-32,100, 79-32,110, 79-32,121
 */
export const kansas: StateWithholdingModule = {
  code: "KS",
  name: "Kansas",
  compute(ctx) {
    const table = stateTable(ctx, KANSAS, "KS");
    const wages = ctx.wages.federal;
    const k4 = ctx.stateW4;
    if (k4?.exempt) return { wages, tax: ZERO, explanation: "Kansas income tax: none, you are exempt." };
    const status = k4 ? certificateStatus(ctx) : "single";
    const married = status === "married" || status === "married_two_incomes";
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const claimed = k4?.allowances ?? 0;
    const personal = isPositive(constant(table.personalAllowance)) ? Math.min(claimed, married ? 2 : 1) : 0;
    const allowances = count(personal)
      .times(constant(table.personalAllowance))
      .plus(count(claimed - personal).times(constant(table.allowance)));
    const taxable = atLeastZero(annual.minus(allowances));
    const { tax: annualTax, rate } = graduatedTax(taxable, married ? table.married : table.single);
    const extra = new Decimal(k4?.extraWithholding ?? 0);
    // Rounding point: once, half-up to cents.
    const tax = roundCents(annualTax.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const basis = k4 ? (married ? "married" : "single") : "no K-4 on file, so single with no allowances";
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Kansas income tax (${basis}): annualized wages ${usd(annual)} − ${usd(allowances)} for ${num(count(claimed))} allowances = ${usd(taxable)}; tax ${usd(annualTax)} (top rate ${percent(rate)}) ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
