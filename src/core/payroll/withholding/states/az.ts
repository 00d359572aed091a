import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { ARIZONA } from "../../../tables/states/az";
import { constant, percent, usd } from "../../format";
import { isPositive, ZERO } from "../../math";
import { stateTable } from "./common";
import type { StateWithholdingModule } from "./state-module";

/**
 * Arizona (Form A-4): a flat percentage of the period's wages, plus the extra the A-4 asks for. The
 * A-4's zero-withholding election (box 2) is `exempt`. The certificate has no field for the other
 * elected percentages, so every other employee is withheld at the rate Arizona sets for an employee
 * with no A-4 on file. Arizona wages follow federal income-tax wages. One rounding to cents
 * half-up.
 *
 * @see A.R.S. 43-401, 43-403
 */
export const arizona: StateWithholdingModule = {
  code: "AZ",
  name: "Arizona",
  compute(ctx) {
    const table = stateTable(ctx, ARIZONA, "AZ");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return {
        wages,
        tax: ZERO,
        explanation: "Arizona income tax: none, you elected zero withholding on Form A-4.",
      };
    const rate = constant(table.defaultRate);
    const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
    // Rounding point: once, half-up to cents.
    const tax = roundCents(wages.times(rate).plus(extra), RoundingRule.HalfUp);
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Arizona income tax: ${percent(rate)} (Arizona's rate when no other A-4 percentage is on file) of ${usd(wages)}${extraWords} = ${usd(tax)}.`,
    };
  },
};
