import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents, roundDollars } from "../../../money/rounding";
import type { Dated } from "../../../tables/dated";
import { usd } from "../../format";
import { isPositive } from "../../math";
import type { StateWithholdingContext } from "./state-module";

/**
 * The state's withholding table in force on the pay date (table name `state.XX.withholding`), or a
 * `payroll.no_table_for_date` error naming the state and how to load its table.
 */
export function stateTable<T>(ctx: StateWithholdingContext, entries: readonly Dated<T>[], state: string): T {
  return ctx.tables.pick(`state.${state}.withholding`, entries, ctx.payDate, `${state} withholding`);
}

/**
 * The period's share of a yearly tax plus the extra withholding the employee asked for, and the words
 * the explanation adds for the extra. Rounded once, half-up to cents; or, for states whose tables
 * withhold whole dollars, the share to the nearest dollar and the extra added as asked.
 */
export function periodShare(
  ctx: StateWithholdingContext,
  annualTax: Decimal,
  periods: Decimal,
  rounding: "cents" | "whole dollars" = "cents",
): { tax: Decimal; extraWords: string } {
  const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
  const share = annualTax.dividedBy(periods);
  // Rounding point: the period's tax, half-up to cents, or to whole dollars before the extra.
  const tax =
    rounding === "cents"
      ? roundCents(share.plus(extra), RoundingRule.HalfUp)
      : roundCents(roundDollars(share, RoundingRule.HalfUp).plus(extra), RoundingRule.HalfUp);
  return { tax, extraWords: isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "" };
}
