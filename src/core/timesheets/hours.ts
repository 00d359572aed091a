import { Decimal } from "../money/decimal";

/** Hours are decimal strings ("7.5"), never floats: sums of quarter hours must be exact. */
export type Hours = string;

/** Parse hours; throws on anything that is not a finite decimal. */
export function hours(value: Hours | number): Decimal {
  const d = new Decimal(value);
  if (!d.isFinite()) throw new RangeError(`not a number of hours: ${value}`);
  return d;
}

/** Sum of hours as a Decimal. */
export function sumHours(values: readonly (Hours | Decimal)[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0));
}

/** Canonical text for hours: no trailing zeros ("9", "7.5", "0.25"). */
export function formatHours(value: Decimal | Hours): Hours {
  return new Decimal(value).toDecimalPlaces(2).toString();
}
