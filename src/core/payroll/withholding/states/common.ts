import type { Dated } from "../../../tables/dated";
import type { StateWithholdingContext } from "./state-module";

/**
 * The state's withholding table in force on the pay date (table name `state.XX.withholding`), or a
 * `payroll.no_table_for_date` error naming the state and how to load its table.
 */
export function stateTable<T>(ctx: StateWithholdingContext, entries: readonly Dated<T>[], state: string): T {
  return ctx.tables.pick(`state.${state}.withholding`, entries, ctx.payDate, `${state} withholding`);
}
