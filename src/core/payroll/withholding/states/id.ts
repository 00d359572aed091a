import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundDollars } from "../../../money/rounding";
import { IDAHO } from "../../../tables/states/id";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { stateTable } from "./common";
import { printedBracketTax } from "./printed-brackets";
import type { StateWithholdingModule } from "./state-module";

/**
 * Idaho (EPB00006 percentage method): annual wages − ID W-4 allowances × the allowance amount,
 * taxed by the printed married table (ID W-4 "Married") or the single one (Single, head of
 * household, and "Married, but withhold at Single rate", which is `married_two_incomes` here), ÷
 * pay periods, plus the ID W-4 extra. With no ID W-4 on file Idaho withholds as Single with no
 * allowances; an ID W-4 with no status marked takes the federal W-4's. Idaho wages follow federal
 * income-tax wages.
 *
 * @see Idaho Code 63-3035
 */
export const idaho: StateWithholdingModule = {
  code: "ID",
  name: "Idaho",
  compute(ctx) {
    const table = stateTable(ctx, IDAHO, "ID");
    const wages = ctx.wages.federal;
    const w4 = ctx.stateW4;
    if (w4?.exempt) return { wages, tax: ZERO, explanation: "Idaho income tax: none, you are exempt." };
    const married = w4 !== undefined && certificateStatus(ctx) === "married";
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const allowances = count(w4?.allowances ?? 0);
    const allowanceAmount = allowances.times(constant(table.allowance));
    const taxable = atLeastZero(annual.minus(allowanceAmount));
    const { tax: annualTax, rate } = printedBracketTax(taxable, married ? table.married : table.single);
    const extra = new Decimal(w4?.extraWithholding ?? 0);
    // Rounding point: Idaho has the withholding rounded to the nearest whole dollar (half up), extra included.
    const tax = roundDollars(annualTax.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const basis = w4
      ? married
        ? "married"
        : "single rate"
      : "no ID W-4 on file, so single with no allowances";
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Idaho income tax (${basis}): annualized wages ${usd(annual)} − ${usd(allowanceAmount)} for ${num(allowances)} allowances = ${usd(taxable)}; tax ${usd(annualTax)} (top rate ${percent(rate)}) ÷ ${ctx.periodsPerYear}${extraWords}, to the nearest dollar = ${usd(tax)}.`,
    };
  },
};
