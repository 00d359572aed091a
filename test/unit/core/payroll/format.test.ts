import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../src/core/money/decimal";
import { centsString, hourly, num, usd } from "../../../../src/core/payroll/format";

/** Values of every shape the explanation shows: cents, worksheet figures, ÷ 26 quotients, carries. */
const value = fc.oneof(
  fc.constantFrom(
    "0",
    "-0",
    "0.005",
    "-0.005",
    "0.004",
    "-0.004",
    "9.995",
    "99999.995",
    "-9.995",
    "0.0049999",
  ),
  fc
    .bigInt({ min: -(10n ** 24n), max: 10n ** 24n })
    .chain((n) =>
      fc.integer({ min: 0, max: 20 }).map((scale) => new Decimal(n.toString()).dividedBy(10 ** scale)),
    ),
  fc
    .integer({ min: -10_000_000, max: 10_000_000 })
    .chain((n) => fc.constantFrom(26, 52, 24, 12, 7).map((d) => new Decimal(n).dividedBy(d))),
);

describe("centsString", () => {
  it("writes what decimal.js's toFixed(2) writes, half-up, for every value", () => {
    fc.assert(
      fc.property(value, (v) => {
        const d = typeof v === "string" ? new Decimal(v) : v;
        expect(centsString(d)).toBe(d.toFixed(2));
      }),
      { numRuns: 20_000 },
    );
  });

  it("carries a rounding into the whole dollars, and groups thousands for people", () => {
    expect(centsString(new Decimal("999.995"))).toBe("1000.00");
    expect(usd(new Decimal("999999.995"))).toBe("$1,000,000.00");
    expect(usd(new Decimal("-1234.5"))).toBe("-$1,234.50");
    expect(num(new Decimal("7.50"))).toBe("7.5");
    expect(num(new Decimal("1.123456"))).toBe("1.1235");
    expect(hourly(new Decimal("13"))).toBe("$13.00");
    expect(hourly(new Decimal("13.04347826"))).toBe("$13.0435");
  });
});
