import { Decimal } from "../money/decimal";

/**
 * Exactly two decimals ("1323.00", "-0.50"), half-up: the contract's money format, and the figures of
 * explanation lines. Written straight from the Decimal's digits (base-10⁷ words, no float arithmetic):
 * amounts already in cents as they are, worksheet figures with more decimals rounded half-up on the
 * digit string (display only; decimal.js's `toFixed(2)` gives the same text at ~0.4 µs a call, and an
 * explanation shows several such figures). Huge or tiny exponents still go through `toFixed(2)`.
 */
export function centsString(value: Decimal): string {
  const words = value.d;
  if (!words || value.e > 20) return value.toFixed(2);
  if (words[0] === 0) return "0.00";
  let digits = `${words[0]}`;
  for (let i = 1; i < words.length; i++) {
    const w = `${words[i]}`;
    digits += w.length === 7 ? w : `${SEVEN_ZEROS.slice(w.length)}${w}`;
  }
  const intLen = value.e + 1;
  let whole: string;
  let fraction: string;
  if (intLen <= 0) {
    whole = "0";
    fraction = `${SEVEN_ZEROS.slice(0, -intLen)}${digits}`;
    if (-intLen > 7) return value.toFixed(2);
  } else if (intLen >= digits.length) {
    whole = `${digits}${"0".repeat(intLen - digits.length)}`;
    fraction = "";
  } else {
    whole = digits.slice(0, intLen);
    fraction = digits.slice(intLen);
  }
  let cents = fraction.length >= 2 ? fraction.slice(0, 2) : fraction.length === 1 ? `${fraction}0` : "00";
  // Half-up (away from zero, as decimal.js's ROUND_HALF_UP): the third decimal decides.
  if (fraction.length > 2 && fraction.charCodeAt(2) >= 53) {
    const up = plusOne(`${whole}${cents}`);
    whole = up.length > 2 ? up.slice(0, -2) : "0";
    cents = up.slice(-2);
  }
  // The sign is the value's own, as `toFixed` writes it (-0.004 → "-0.00").
  return `${value.s < 0 ? "-" : ""}${whole}.${cents}`;
}

const SEVEN_ZEROS = "0000000";

/** A string of decimal digits plus one ("099" → "100", "999" → "1000"). */
function plusOne(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return `1${"0".repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${"0".repeat(digits.length - 1 - i)}`;
}

/**
 * "$1,234.56" for explanation lines. Display only: half-up to cents; the figure itself is not changed.
 */
export function usd(value: Decimal): string {
  let fixed = centsString(value);
  let sign = "";
  if (fixed.charCodeAt(0) === 45) {
    fixed = fixed.slice(1);
    if (fixed !== "0.00") sign = "-";
  }
  const dot = fixed.length - 3;
  if (dot <= 3) return `${sign}$${fixed}`;
  let whole = "";
  let i = dot;
  while (i > 3) {
    whole = `,${fixed.slice(i - 3, i)}${whole}`;
    i -= 3;
  }
  return `${sign}$${fixed.slice(0, i)}${whole}${fixed.slice(dot)}`;
}

const percentText = new WeakMap<Decimal, string>();

/** A rate as a percent for people: 0.0307 → "3.07%", 0.22 → "22%". Cached per instance (rates are shared table constants). */
export function percent(rate: Decimal): string {
  let text = percentText.get(rate);
  if (text === undefined) {
    text = `${rate.times(100).toDecimalPlaces(4).toString()}%`;
    percentText.set(rate, text);
  }
  return text;
}

/** Hours or a count for people: trailing zeros dropped ("46", "7.5"); rounded (half-up) past 4 decimals. */
export function num(value: Decimal): string {
  // Hours have at most two decimals: no rounding to do (decimal.js's rounding allocates and costs ~0.4 µs).
  return (value.decimalPlaces() <= 4 ? value : value.toDecimalPlaces(4)).toString();
}

/** A per-hour rate for people: cents when exact, else up to 4 decimals ("$13.00", "$13.0435"). */
export function hourly(value: Decimal): string {
  if (value.decimalPlaces() <= 2) return usd(value);
  const four = value.toDecimalPlaces(4);
  return four.decimalPlaces() <= 2 ? usd(four) : `$${four.toFixed(4)}`;
}

/** Whole-dollar figures from tables without cents ("$57,900"); otherwise as {@link usd}. */
export function dollars(value: Decimal): string {
  const text = usd(value);
  return value.isInteger() ? text.slice(0, -3) : text;
}

const constants = new Map<string, Decimal>();
/** Upper bound on cached constants, so employer figures from input cannot grow the cache without limit. */
const MAX_CONSTANTS = 10_000;

/**
 * A Decimal for a figure from a table or an employer setting that repeats across paychecks (SUTA rate,
 * class rate), parsed once and shared: Decimals are immutable, and re-parsing the same strings on every
 * paycheck costs more than the tax math. The cache is bounded; past the bound values are parsed anew.
 */
export function constant(value: string): Decimal {
  let d = constants.get(value);
  if (d === undefined) {
    d = new Decimal(value);
    if (constants.size < MAX_CONSTANTS) constants.set(value, d);
  }
  return d;
}
