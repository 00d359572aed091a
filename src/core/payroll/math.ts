import { Decimal } from "../money/decimal";

/** Shared zero (Decimals are immutable). */
export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** The larger of two Decimals, returning one of them (no new instance; decimal.js's Decimal.max allocates). */
export function max(a: Decimal, b: Decimal): Decimal {
  return a.comparedTo(b) >= 0 ? a : b;
}

/** The smaller of two Decimals, returning one of them. */
export function min(a: Decimal, b: Decimal): Decimal {
  return a.comparedTo(b) <= 0 ? a : b;
}

/** Floors at zero: wage bases and taxes never go negative. */
export function atLeastZero(a: Decimal): Decimal {
  return a.isNegative() ? ZERO : a;
}

const counts: Decimal[] = [];

/** A small whole number (pay periods, allowances) as a shared Decimal. */
export function count(n: number): Decimal {
  if (Number.isInteger(n) && n >= 0 && n < 1000) {
    let d = counts[n];
    if (d === undefined) {
      d = new Decimal(n);
      counts[n] = d;
    }
    return d;
  }
  return new Decimal(n);
}
