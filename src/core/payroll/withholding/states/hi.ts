import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { HAWAII } from "../../../tables/states/hi";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { stateTable } from "./common";
import { printedBracketTax } from "./printed-brackets";
import type { StateWithholdingModule } from "./state-module";

/**
 * Hawaii (Booklet A, annual percentage method): annual wages − HW-4 allowances × the allowance
 * amount − the lump-sum allowance, taxed by the printed married table (HW-4 "Married") or the
 * single one (Single, and "Married, but withhold at the higher Single rate", which is
 * `married_two_incomes` here), ÷ pay periods, plus the HW-4 extra. With no HW-4 on file Hawaii
 * withholds as Single with no allowances; an HW-4 with no status marked takes the federal W-4's.
 * Hawaii wages follow federal income-tax wages. Full precision, one rounding to cents half-up.
 *
 * @see HRS 235-61, 235-62; HAR 18-235-61-06
 */
export const hawaii: StateWithholdingModule = {
  code: "HI",
  name: "Hawaii",
  compute(ctx) {
    const table = stateTable(ctx, HAWAII, "HI");
    const wages = ctx.wages.federal;
    const hw4 = ctx.stateW4;
    if (hw4?.exempt) return { wages, tax: ZERO, explanation: "Hawaii income tax: none, you are exempt." };
    const married = hw4 !== undefined && certificateStatus(ctx) === "married";
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const allowances = count(hw4?.allowances ?? 0);
    const allowanceAmount = allowances.times(constant(table.allowance));
    const lumpSum = constant(table.lumpSumAllowance);
    const taxable = atLeastZero(annual.minus(allowanceAmount).minus(lumpSum));
    const { tax: annualTax, rate } = printedBracketTax(taxable, married ? table.married : table.single);
    const extra = new Decimal(hw4?.extraWithholding ?? 0);
    // Rounding point: once, half-up to cents.
    const tax = roundCents(annualTax.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const basis = hw4
      ? married
        ? "married"
        : "single rate"
      : "no HW-4 on file, so single with no allowances";
    const lumpWords = isPositive(lumpSum) ? ` − ${usd(lumpSum)} lump-sum allowance` : "";
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Hawaii income tax (${basis}): annualized wages ${usd(annual)} − ${usd(allowanceAmount)} for ${num(allowances)} allowances${lumpWords} = ${usd(taxable)}; tax ${usd(annualTax)} (top rate ${percent(rate)}) ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
