import { Decimal } from "./decimal";

/**
 * Named rounding rules. Every place that rounds money names one of these, so a reader can find
 * each rounding point by searching for `roundCents(`.
 */
export const RoundingRule = {
  /** Half away from zero on .5 (decimal.js ROUND_HALF_UP): the default for US payroll cents. */
  HalfUp: Decimal.ROUND_HALF_UP,
  /** Banker's rounding, for rules that require it. */
  HalfEven: Decimal.ROUND_HALF_EVEN,
  /** Toward zero: used where a rule says "drop fractions". */
  Down: Decimal.ROUND_DOWN,
  /** Away from zero. */
  Up: Decimal.ROUND_UP,
} as const;
export type RoundingRule = (typeof RoundingRule)[keyof typeof RoundingRule];

/** Round to cents with the given rule. A value already in whole cents comes back as it is (no allocation). */
export function roundCents(value: Decimal, rule: RoundingRule): Decimal {
  return value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, rule);
}

/** Round to whole dollars with the given rule (Pub 15-T optional whole-dollar withholding). */
export function roundDollars(value: Decimal, rule: RoundingRule): Decimal {
  return value.toDecimalPlaces(0, rule);
}
