import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { COLORADO } from "../../../tables/states/co";
import { constant, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { stateTable } from "./common";
import type { StateWithholdingModule } from "./state-module";

/**
 * Colorado (DR 1098): annualize wages, subtract the annual withholding allowance (DR 0004 line 2, or
 * by the federal W-4 status when absent), × the flat rate, ÷ pay periods, plus extra withholding.
 * Colorado wages follow federal income-tax wages. Full precision, one rounding to cents half-up.
 *
 * @see C.R.S. 39-22-604; Colorado DR 1098, DR 0004
 */
export const colorado: StateWithholdingModule = {
  code: "CO",
  name: "Colorado",
  compute(ctx) {
    const table = stateTable(ctx, COLORADO, "CO");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Colorado income tax: none, you are exempt." };
    const mfj =
      (ctx.federalW4.version === 2020 && ctx.federalW4.filingStatus === "married_jointly") ||
      (ctx.federalW4.version === 2019 && ctx.federalW4.filingStatus === "married");
    const allowance =
      ctx.stateW4?.annualAllowance !== undefined
        ? new Decimal(ctx.stateW4.annualAllowance)
        : constant(mfj ? table.allowanceMarriedJointly : table.allowanceOther);
    const annual = wages.times(count(ctx.periodsPerYear));
    const taxable = atLeastZero(annual.minus(allowance));
    const rate = constant(table.rate);
    const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
    const perPeriod = taxable.times(rate).dividedBy(count(ctx.periodsPerYear));
    // Rounding point: once, half-up to cents.
    const tax = roundCents(perPeriod.plus(extra), RoundingRule.HalfUp);
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for = ${usd(tax)}` : "";
    return {
      wages,
      tax,
      explanation: `Colorado income tax: annualized wages ${usd(annual)} − ${usd(allowance)} yearly allowance = ${usd(taxable)}; × ${percent(rate)} ÷ ${ctx.periodsPerYear} = ${usd(extraWords ? perPeriod : tax)}${extraWords}.`,
    };
  },
};
