import { Decimal } from "./decimal";
import { Money } from "./money";

/**
 * Split `total` (in whole cents) across `weights`, so that the parts always sum exactly to the
 * total: each part is floored to cents, then the leftover cents go one each to the largest
 * remainders (ties: the earlier share), as dinero.js's distribute does.
 */
export function allocate(total: Money, weights: readonly (string | number)[]): Money[] {
  if (weights.length === 0) throw new Error("allocate needs at least one weight");
  const ws = weights.map((w) => new Decimal(w));
  const sumWeights = ws.reduce((a, w) => a.plus(w), new Decimal(0));
  if (sumWeights.isZero()) throw new Error("allocate needs a non-zero total weight");
  const cents = total.amount.times(100);
  if (!cents.isInteger()) throw new Error("allocate needs a total in whole cents");
  const raw = ws.map((w) => cents.times(w).dividedBy(sumWeights));
  const floors = raw.map((r) => r.floor());
  let leftover = cents.minus(floors.reduce((a, f) => a.plus(f), new Decimal(0))).toNumber();
  const order = raw
    .map((r, i) => ({ i, rem: r.minus(r.floor()) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const parts = [...floors];
  for (const { i } of order) {
    if (leftover <= 0) break;
    parts[i] = parts[i]!.plus(1);
    leftover -= 1;
  }
  return parts.map((p) => Money.of(p.dividedBy(100)));
}
