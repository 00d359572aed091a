import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { MASSACHUSETTS } from "../../../tables/states/ma";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, min, ZERO } from "../../math";
import { stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Massachusetts (Circular M, percentage method): annual wages − Social Security and Medicare (up to
 * the yearly maximum) − the exemption factors for M-4 line 4 total exemptions (`allowances`) − the
 * head-of-household amount (M-4 box, `filingStatus` head_of_household), × the rate (with the 4%
 * surtax's row above its threshold), ÷ pay periods, plus M-4 extra withholding. Massachusetts taxes
 * 401(k) deferrals, so its wages are gross less Section 125 items. With no M-4 on file: no
 * exemptions and no head-of-household amount. The blind exemption has no field here.
 *
 * @see M.G.L. c. 62 §§3, 4; c. 62B §2; Massachusetts Circular M
 */
export const massachusetts: StateWithholdingModule = {
  code: "MA",
  name: "Massachusetts",
  compute(ctx) {
    const table = stateTable(ctx, MASSACHUSETTS, "MA");
    const wages = ctx.wages.fica;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Massachusetts income tax: none, you are exempt." };
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const fica = min(annual.times(constant(table.ficaRate)), constant(table.ficaMaximum));
    const exemptions = ctx.stateW4?.allowances ?? 0;
    const exemptionAmount =
      exemptions > 0
        ? constant(table.firstExemption).plus(
            new Decimal(exemptions - 1).times(constant(table.furtherExemption)),
          )
        : ZERO;
    const hoh = ctx.stateW4?.filingStatus === "head_of_household" ? constant(table.headOfHousehold) : ZERO;
    const taxable = atLeastZero(annual.minus(fica).minus(exemptionAmount).minus(hoh));
    const { tax: annualTax, rate } = graduatedTax(taxable, table.schedule);
    const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
    // Rounding point: once, half-up to cents.
    const tax = roundCents(annualTax.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const hohWords = isPositive(hoh) ? ` − ${usd(hoh)} head of household` : "";
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Massachusetts income tax: annualized wages ${usd(annual)} − ${usd(fica)} Social Security and Medicare − ${usd(exemptionAmount)} for ${num(new Decimal(exemptions))} exemptions${hohWords} = ${usd(taxable)}; at ${percent(rate)} ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};
