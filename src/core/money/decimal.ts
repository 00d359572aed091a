import DecimalJs from "decimal.js";

/**
 * The project's own Decimal constructor. A clone, so that no library that touches the global
 * `Decimal.set()` can change how our money is computed. 40 significant digits keeps full
 * precision through every payroll worksheet; rounding happens only at named points.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -20,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;
export type DecimalInput = Decimal | string | number;
