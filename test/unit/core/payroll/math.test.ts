import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../src/core/money/decimal";
import { compare, isPositive, max, min } from "../../../../src/core/payroll/math";

/** Decimals of every shape the engine meets: zero (both signs), tiny fractions, wages, long quotients. */
const decimal = fc
  .oneof(
    fc.constantFrom("0", "-0", "0.01", "-0.01", "1e-20", "10000000", "9999999.99", "184500"),
    fc
      .bigInt({ min: -(10n ** 30n), max: 10n ** 30n })
      .chain((n) =>
        fc.integer({ min: 0, max: 28 }).map((scale) => new Decimal(n.toString()).dividedBy(10 ** scale)),
      ),
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Decimal(n).dividedBy(26)),
  )
  .map((v) => (typeof v === "string" ? new Decimal(v) : v));

describe("compare", () => {
  it("agrees with decimal.js's comparedTo, and isPositive with greaterThan(0)", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(compare(a, b)).toBe(a.comparedTo(b));
        expect(compare(b, a)).toBe(b.comparedTo(a));
        expect(compare(a, new Decimal(a))).toBe(0);
        expect(isPositive(a)).toBe(a.greaterThan(0));
        expect(max(a, b).equals(Decimal.max(a, b))).toBe(true);
        expect(min(a, b).equals(Decimal.min(a, b))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("orders values that differ only in a far digit word", () => {
    const a = new Decimal("1234567.0000001");
    const b = new Decimal("1234567.0000002");
    expect(compare(a, b)).toBe(-1);
    expect(compare(b.negated(), a.negated())).toBe(-1);
    expect(compare(new Decimal("1234567"), a)).toBe(-1);
    expect(compare(a.negated(), new Decimal("-1234567"))).toBe(-1);
  });
});
