import { describe, expect, it } from "vitest";
import { defaultPayDate, nextPeriodEnd, payPeriodEndingOn } from "../../../../src/core/ledger/pay-period";

describe("pay periods", () => {
  it("derives the period that ends on a date for each pay frequency", () => {
    expect(payPeriodEndingOn("weekly", "2026-01-17")).toEqual({ start: "2026-01-11", end: "2026-01-17" });
    expect(payPeriodEndingOn("biweekly", "2026-01-17")).toEqual({ start: "2026-01-04", end: "2026-01-17" });
    expect(payPeriodEndingOn("semimonthly", "2026-01-15")).toEqual({
      start: "2026-01-01",
      end: "2026-01-15",
    });
    expect(payPeriodEndingOn("semimonthly", "2026-02-28")).toEqual({
      start: "2026-02-16",
      end: "2026-02-28",
    });
    expect(payPeriodEndingOn("monthly", "2026-02-28")).toEqual({ start: "2026-02-01", end: "2026-02-28" });
  });

  it("refuses a period end that does not fit a semimonthly or monthly frequency", () => {
    expect(() => payPeriodEndingOn("semimonthly", "2026-01-20")).toThrow(/15th or the last day/);
    expect(() => payPeriodEndingOn("monthly", "2026-01-30")).toThrow(/last day/);
  });

  it("pays early, never late, when the default pay date falls on a weekend or holiday", () => {
    expect(defaultPayDate("2026-01-17", 5)).toBe("2026-01-22");
    // 17 January + 2 = Monday 19 January (MLK Day) → Friday 16 January.
    expect(defaultPayDate("2026-01-17", 2)).toBe("2026-01-16");
  });

  it("steps to the next period end", () => {
    expect(nextPeriodEnd("biweekly", "2026-01-17")).toBe("2026-01-31");
    expect(nextPeriodEnd("semimonthly", "2026-01-15")).toBe("2026-01-31");
    expect(nextPeriodEnd("semimonthly", "2026-12-31")).toBe("2027-01-15");
    expect(nextPeriodEnd("monthly", "2026-12-31")).toBe("2027-01-31");
  });
});
