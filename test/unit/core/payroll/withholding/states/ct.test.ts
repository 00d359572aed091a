import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { connecticut } from "../../../../../../src/core/payroll/withholding/states/ct";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input | undefined) => biweekly("CT", amount, stateW4);

describe("Connecticut withholding (2026)", () => {
  it("Code F (single), $2,000 biweekly", () => {
    // 52,000 a year: the $15,000 exemption is gone by $45,000 (−1,000 per 1,000 over 30,000);
    // 10,000 × 2% + 40,000 × 4.5% + 2,000 × 5.5% = 2,110; no add-back (≤ 56,500);
    // credit 0.10 (52,000 ≤ 60,000): 2,110 × 0.90 = 1,899; ÷ 26 = 73.0385 → 73.04
    const r = pay("2000.00", { filingStatus: "single" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("73.04");
    expect(r.explanation.join("\n")).toContain("Connecticut income tax (Code F)");
  });

  it("Code A, $1,000 biweekly", () => {
    // 26,000 − (12,000 − 2 × 1,000) = 16,000; 200 + 6,000 × 4.5% = 470; credit 0.13 (25,500 < 26,000 ≤ 26,000)
    // 470 × 0.87 = 408.90; ÷ 26 = 15.7269 → 15.73
    expect(pay("1000.00", { rateTable: "A" }).employeeTaxes.stateIncomeTax).toBe("15.73");
  });

  it("Code D: no exemption and no credit, the add-back applies", () => {
    // 2,500 × 26 = 65,000; 200 + 1,800 + 15,000 × 5.5% = 2,825; add-back: 65,000 is 14,750 over
    // 50,250 → 6 steps of 2,500 × $20 = 120; 2,945 ÷ 26 = 113.2692 → 113.27
    expect(pay("2500.00", { rateTable: "D" }).employeeTaxes.stateIncomeTax).toBe("113.27");
  });

  it("withholds nothing for Code E or exempt, and adds CT-W4 line 2 extra", () => {
    expect(pay("2000.00", { rateTable: "E" }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(pay("1000.00", { rateTable: "A", extraWithholding: "10.00" }).employeeTaxes.stateIncomeTax).toBe(
      "25.73",
    );
  });

  it("with no CT-W4: 6.99% of wages; refuses a 2027 pay date", () => {
    // 1,000 × 6.99% = 69.90
    expect(pay("1000.00", undefined).employeeTaxes.stateIncomeTax).toBe("69.90");
    expect(moduleOn(connecticut, "2026-12-31").tax.toFixed(2)).toBe("69.90");
    expect(() => moduleOn(connecticut, "2027-01-08")).toThrow(/state\.CT\.withholding/);
  });
});
