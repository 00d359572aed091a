import { DomainError } from "../../../../errors/domain-error";
import { type Dated, pickDated } from "../../../tables/dated";

/** The table in force on the pay date, or a `payroll.no_table_for_date` error naming the state. */
export function stateTable<T>(entries: readonly Dated<T>[], payDate: string, state: string): T {
  const found = pickDated(entries, payDate);
  if (!found)
    throw new DomainError(
      "payroll.no_table_for_date",
      `no ${state} withholding table for pay date ${payDate}`,
    );
  return found.value;
}
