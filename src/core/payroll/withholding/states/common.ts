import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
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
 * The period's share of a yearly tax plus the extra withholding the employee asked for, rounded once
 * half-up to cents, and the words the explanation adds for the extra.
 */
export function periodShare(
  ctx: StateWithholdingContext,
  annualTax: Decimal,
  periods: Decimal,
): { tax: Decimal; extraWords: string } {
  const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
  // Rounding point: once, half-up to cents.
  const tax = roundCents(annualTax.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
  return { tax, extraWords: isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "" };
}
