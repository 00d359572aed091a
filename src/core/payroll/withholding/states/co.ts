import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundDollars } from "../../../money/rounding";
import { COLORADO } from "../../../tables/states/co";
import { constant, percent, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import type { StateWithholdingModule } from "./state-module";

/**
 * Colorado (DR 1098): annualize wages, subtract the annual withholding allowance (DR 0004 line 2, or
 * by the federal W-4 status when absent), × the flat rate, ÷ pay periods, plus extra withholding.
 * Colorado wages follow federal income-tax wages. Full precision, one rounding: to cents half-up, or,
 * for a year whose table says so (2021), the period's share to the nearest dollar before the extra.
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
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const taxable = atLeastZero(annual.minus(allowance));
    const rate = constant(table.rate);
    // Rounding point (in periodShare): once, half-up to cents, or the share to the nearest dollar
    // for a year whose worksheet withholds whole dollars.
    const rounding = table.rounding ?? "cents";
    const { tax, extraWords } = periodShare(ctx, taxable.times(rate), periods, rounding);
    const perPeriod = taxable.times(rate).dividedBy(periods);
    const share = rounding === "cents" ? perPeriod : roundDollars(perPeriod, RoundingRule.HalfUp);
    const dollarWords = rounding === "cents" ? "" : ", to the nearest dollar";
    return {
      wages,
      tax,
      explanation: `Colorado income tax: annualized wages ${usd(annual)} − ${usd(allowance)} yearly allowance = ${usd(taxable)}; × ${percent(rate)} ÷ ${ctx.periodsPerYear}${dollarWords} = ${usd(extraWords ? share : tax)}${extraWords ? `${extraWords} = ${usd(tax)}` : ""}.`,
    };
  },
};
