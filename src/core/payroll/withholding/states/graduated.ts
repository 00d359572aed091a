import type { Decimal } from "../../../money/decimal";
import type { RateSchedule } from "../../../tables/states/brackets";
import { constant } from "../../format";
import { compare, ZERO } from "../../math";

/** The tax on `taxable` by a graduated schedule, full precision, with the row it ended in (for the explanation). */
export function graduatedTax(
  taxable: Decimal,
  schedule: RateSchedule,
): { tax: Decimal; over: Decimal; rate: Decimal } {
  let tax = ZERO;
  let over = ZERO;
  let rate = ZERO;
  for (let i = 0; i < schedule.length; i++) {
    const [from, r] = schedule[i]!;
    const start = constant(from);
    if (compare(taxable, start) <= 0 && i > 0) break;
    const next = schedule[i + 1];
    const end = next ? constant(next[0]) : undefined;
    const top = end && compare(taxable, end) > 0 ? end : taxable;
    rate = constant(r);
    over = start;
    if (compare(top, start) > 0) tax = tax.plus(top.minus(start).times(rate));
  }
  return { tax, over, rate };
}
