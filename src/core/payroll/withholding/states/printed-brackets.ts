import type { Decimal } from "../../../money/decimal";
import type { PrintedBracket } from "../../../tables/states/printed-brackets";
import { constant } from "../../format";
import { compare } from "../../math";

/** The tax on `amount` by a printed table (full precision): the row it falls in, its base plus the rate on the excess. */
export function printedBracketTax(
  amount: Decimal,
  rows: readonly PrintedBracket[],
): { tax: Decimal; over: Decimal; base: Decimal; rate: Decimal } {
  let row = rows[0]!;
  for (const r of rows) if (compare(amount, constant(r[0])) > 0) row = r;
  const over = constant(row[0]);
  const base = constant(row[1]);
  const rate = constant(row[2]);
  return { tax: base.plus(amount.minus(over).times(rate)), over, base, rate };
}
