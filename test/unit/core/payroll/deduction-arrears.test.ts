import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";
import { isDomainError } from "../../../../src/errors/domain-error";

/** A small check whose net pay cannot cover the Roth 401(k) asked. */
const check = (over: Partial<PaycheckInput> = {}): PaycheckInput => ({
  payDate: "2026-03-13",
  payFrequency: "biweekly",
  earnings: [{ code: "salary", amount: "300.00" }],
  federalW4: { version: 2020, filingStatus: "single" },
  workState: "TX",
  deductions: [
    { code: "section125_medical", amount: "100.00" },
    { code: "roth_401k", amount: "250.00" },
  ],
  ...over,
});

describe("deduction arrears", () => {
  it("refuses as today without the field", () => {
    try {
      computePaycheck(check());
      throw new Error("not refused");
    } catch (e) {
      expect(isDomainError(e, "payroll.negative_net_pay")).toBe(true);
    }
  });

  it("takes what net pay covers, never below zero, and carries the rest", () => {
    const r = computePaycheck(check({ deductionArrears: [] }));
    expect(r.net).toBe("0.00");
    const roth = r.deductions.find((d) => d.code === "roth_401k")!;
    const taxes = Object.values(r.employeeTaxes).reduce((a, v) => a.plus(v), new Decimal(0));
    // Gross − taxes − the medical premium is what the Roth deduction could take.
    expect(roth.amount).toBe(new Decimal("300").minus(taxes).minus("100").toFixed(2));
    expect(r.deductionArrears).toEqual([
      { code: "roth_401k", amount: new Decimal("250").minus(roth.amount).toFixed(2) },
    ]);
    expect(r.explanation.join("\n")).toContain("is carried to your next paycheck");
    // The pre-tax premium is taken whole: cutting it would change the taxes.
    expect(r.deductions.find((d) => d.code === "section125_medical")!.amount).toBe("100.00");
  });

  it("takes arrears carried in with the deduction of the same code, and reports none when all is covered", () => {
    const r = computePaycheck(
      check({
        earnings: [{ code: "salary", amount: "3000.00" }],
        deductionArrears: [{ code: "roth_401k", amount: "40.00" }],
      }),
    );
    expect(r.deductions.filter((d) => d.code === "roth_401k").map((d) => d.amount)).toEqual([
      "250.00",
      "40.00",
    ]);
    expect(r.deductionArrears).toEqual([]);
    const without = computePaycheck(check({ earnings: [{ code: "salary", amount: "3000.00" }] }));
    expect(new Decimal(without.net).minus(r.net).toFixed(2)).toBe("40.00");
  });
});
