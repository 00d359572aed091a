import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { PENNSYLVANIA } from "../../../tables/states/pa";
import { constant, percent, usd } from "../../format";
import { isPositive, ZERO } from "../../math";
import { stateTable } from "./common";
import type { StateWithholdingModule } from "./state-module";

/**
 * Pennsylvania: flat rate on PA compensation, which keeps 401(k) deferrals (PA taxes them) but leaves
 * out Section 125 health, HSA and FSA salary reductions. No allowances; extra withholding is added.
 *
 * @see 72 P.S. §7302; 61 Pa. Code §101.6 (deferred compensation is PA compensation)
 */
export const pennsylvania: StateWithholdingModule = {
  code: "PA",
  name: "Pennsylvania",
  compute(ctx) {
    const table = stateTable(ctx, PENNSYLVANIA, "PA");
    const wages = ctx.wages.fica;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Pennsylvania income tax: none, you are exempt." };
    const rate = constant(table.rate);
    const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
    // Rounding point: half-up to cents.
    const tax = roundCents(wages.times(rate).plus(extra), RoundingRule.HalfUp);
    const k401 = isPositive(ctx.wages.k401)
      ? " (Pennsylvania taxes 401(k) contributions, so they stay in)"
      : "";
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Pennsylvania income tax: ${percent(rate)} of ${usd(wages)}${k401}${extraWords} = ${usd(tax)}.`,
    };
  },
};
