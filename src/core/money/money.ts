import { Decimal, type DecimalInput } from "./decimal";
import { type RoundingRule, roundCents } from "./rounding";

export type Currency = "USD";

/**
 * Immutable money at full precision. Arithmetic never rounds; call `round(rule)` at a named
 * rounding point. The currency is a type parameter so that mixing currencies does not compile.
 */
export class Money<C extends Currency = "USD"> {
  private constructor(
    readonly amount: Decimal,
    readonly currency: C,
  ) {}

  static of<C extends Currency = "USD">(value: DecimalInput, currency: C = "USD" as C): Money<C> {
    return new Money(new Decimal(value), currency);
  }

  static zero<C extends Currency = "USD">(currency: C = "USD" as C): Money<C> {
    return new Money(new Decimal(0), currency);
  }

  static sum<C extends Currency>(items: readonly Money<C>[], currency: C = "USD" as C): Money<C> {
    return items.reduce((acc, m) => acc.plus(m), Money.zero(currency));
  }

  plus(other: Money<C>): Money<C> {
    return new Money(this.amount.plus(other.amount), this.currency);
  }

  minus(other: Money<C>): Money<C> {
    return new Money(this.amount.minus(other.amount), this.currency);
  }

  times(factor: DecimalInput): Money<C> {
    return new Money(this.amount.times(factor), this.currency);
  }

  dividedBy(divisor: DecimalInput): Money<C> {
    return new Money(this.amount.dividedBy(divisor), this.currency);
  }

  negated(): Money<C> {
    return new Money(this.amount.negated(), this.currency);
  }

  round(rule: RoundingRule): Money<C> {
    return new Money(roundCents(this.amount, rule), this.currency);
  }

  min(other: Money<C>): Money<C> {
    return this.amount.lessThanOrEqualTo(other.amount) ? this : other;
  }

  max(other: Money<C>): Money<C> {
    return this.amount.greaterThanOrEqualTo(other.amount) ? this : other;
  }

  /** Floors at zero: for wage bases and taxes that can never go negative. */
  clampZero(): Money<C> {
    return this.amount.isNegative() ? Money.zero(this.currency) : this;
  }

  isZero(): boolean {
    return this.amount.isZero();
  }

  isNegative(): boolean {
    return this.amount.isNegative();
  }

  isPositive(): boolean {
    return this.amount.greaterThan(0);
  }

  equals(other: Money<C>): boolean {
    return this.amount.equals(other.amount);
  }

  greaterThan(other: Money<C>): boolean {
    return this.amount.greaterThan(other.amount);
  }

  lessThan(other: Money<C>): boolean {
    return this.amount.lessThan(other.amount);
  }

  /** Exactly two decimals, as the JSON contracts require. Rounds half-up only if not already cents. */
  toFixed(): string {
    return this.amount.toFixed(2);
  }

  /** "$1,234.50" for people. */
  format(): string {
    const [whole, cents] = this.amount.abs().toFixed(2).split(".");
    const grouped = (whole ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return `${this.amount.isNegative() ? "-" : ""}$${grouped}.${cents}`;
  }
}
