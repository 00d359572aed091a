import { Decimal } from "../money/decimal";

/**
 * Exactly two decimals ("1323.00", "-0.50"), half-up: the contract's money format. A fast path
 * for values that already have at most two decimals (nearly all of them: every amount is rounded at a
 * named point first) avoids decimal.js's toFixed, which dominates the engine's profile otherwise.
 */
export function centsString(value: Decimal): string {
  let text = centsText.get(value);
  if (text === undefined) {
    text = toCents(value);
    centsText.set(value, text);
  }
  return text;
}

/** Formatted cents per Decimal instance: the same amount is shown in several explanation lines and the result. */
const centsText = new WeakMap<Decimal, string>();

function toCents(value: Decimal): string {
  const s = value.toString();
  const dot = s.indexOf(".");
  if (s.indexOf("e") !== -1) return value.toFixed(2);
  if (dot === -1) return `${s}.00`;
  const decimals = s.length - dot - 1;
  if (decimals === 2) return s;
  if (decimals === 1) return `${s}0`;
  return value.toFixed(2);
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

/** Hours or a count for people: trailing zeros dropped ("46", "7.5"). */
export function num(value: Decimal): string {
  return value.toDecimalPlaces(4).toString();
}

/** A per-hour rate for people: cents when exact, else up to 4 decimals ("$13.00", "$13.0435"). */
export function hourly(value: Decimal): string {
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
