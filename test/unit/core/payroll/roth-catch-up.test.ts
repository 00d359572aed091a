import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";

/** A 55-year-old, $10,000 biweekly, $1,000 to the traditional 401(k) with $24,000 deferred so far. */
const check = (over: Partial<PaycheckInput> = {}): PaycheckInput => ({
  payDate: "2026-06-12",
  payFrequency: "biweekly",
  earnings: [{ code: "salary", amount: "10000.00" }],
  federalW4: { version: 2020, filingStatus: "single" },
  workState: "TX",
  age: 55,
  deductions: [{ code: "401k", amount: "1000.00" }],
  ytd: { k401Deferrals: "24000.00" },
  ...over,
});

const lines = (r: ReturnType<typeof computePaycheck>) =>
  r.deductions.map((d) => [d.code, d.amount, d.preTax]);

describe("Roth catch-up for high earners", () => {
  it("takes the part above the base limit as Roth when last year's Social Security wages were over $150,000", () => {
    const r = computePaycheck(check({ priorYearFicaWages: "150000.01" }));
    // $500 is left under the 2026 base limit of $24,500; the other $500 is catch-up.
    expect(lines(r)).toEqual([
      ["401k", "500.00", true],
      ["roth_401k", "500.00", false],
    ]);
    expect(r.taxableWages.federalIncomeTax).toBe("9500.00");
    expect(r.explanation.join("\n")).toContain(
      "of it, $500.00 is catch-up above the 2026 limit of $24,500.00 and is taken as Roth 401(k), after tax, because your Social Security wages from this employer last year were over $150,000.00.",
    );
    expect(r.unverifiedTables).toEqual(["federal.roth_catch_up (from 2026-01-01, unverified)"]);
    // Net pay is lower only by the income tax the Roth part no longer saves.
    const pretax = computePaycheck(check());
    expect(new Decimal(pretax.net).minus(r.net).toFixed(2)).toBe(
      new Decimal(r.employeeTaxes.federalIncomeTax).minus(pretax.employeeTaxes.federalIncomeTax).toFixed(2),
    );
  });

  it("leaves everything pre-tax at or under the threshold, under 50, before 2026, or with no prior-year wages", () => {
    const pretax = [["401k", "1000.00", true]];
    expect(lines(computePaycheck(check({ priorYearFicaWages: "150000.00" })))).toEqual(pretax);
    expect(lines(computePaycheck(check({ priorYearFicaWages: "400000", payDate: "2025-06-13" })))).toEqual(
      pretax,
    );
    expect(lines(computePaycheck(check()))).toEqual(pretax);
    expect(computePaycheck(check()).unverifiedTables).toBeUndefined();
    // Under 50 there is no catch-up: the base limit caps the deferral and nothing becomes Roth.
    expect(lines(computePaycheck(check({ age: 45, priorYearFicaWages: "400000" })))).toEqual([
      ["401k", "500.00", true],
    ]);
  });

  it("makes Roth only the catch-up part: a deferral wholly under the base limit stays pre-tax", () => {
    const r = computePaycheck(check({ priorYearFicaWages: "400000", ytd: { k401Deferrals: "10000.00" } }));
    expect(lines(r)).toEqual([["401k", "1000.00", true]]);
  });
});
