import { describe, expect, it } from "vitest";
import { computePaycheck } from "../../../../../../src/core/payroll/compute-paycheck";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { biweekly } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input | undefined) => biweekly("NJ", amount, stateW4);

describe("New Jersey withholding (2026)", () => {
  it("single (rate table A), 1 allowance, $2,000 biweekly", () => {
    // 2,000 × 26 = 52,000 − 1,000 = 51,000; 20,000 × 1.5% + 15,000 × 2% + 5,000 × 3.9% + 11,000 × 6.1%
    // = 300 + 300 + 195 + 671 = 1,466; ÷ 26 = 56.3846 → 56.38
    const r = pay("2000.00", { filingStatus: "single", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("56.38");
    expect(r.explanation.join("\n")).toContain("rate table A");
  });

  it("married filing jointly takes rate table B; a line 3 letter overrides it", () => {
    // 130,000 − 2,000 = 128,000; B: 300 + 600 + 540 + 390 + 48,000 × 6.1% (2,928) = 4,758; ÷ 26 = 183.00
    expect(pay("5000.00", { filingStatus: "married", allowances: 2 }).employeeTaxes.stateIncomeTax).toBe(
      "183.00",
    );
    // C: 300 + 20,000 × 2.3% (460) + 280 + 350 + 68,000 × 5.6% (3,808) = 5,198; ÷ 26 = 199.9231 → 199.92
    const c = pay("5000.00", { filingStatus: "married", rateTable: "C", allowances: 2 });
    expect(c.employeeTaxes.stateIncomeTax).toBe("199.92");
  });

  it("with no NJ-W4: rate table A with 0 allowances, even for a married federal W-4", () => {
    // 52,000: 1,466 + 1,000 × 6.1% = 1,527; ÷ 26 = 58.7308 → 58.73
    const r = biweekly("NJ", "2000.00", undefined, { version: 2020, filingStatus: "married_jointly" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("58.73");
  });

  it("withholds nothing when exempt, and adds NJ-W4 line 5 extra withholding", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = pay("2000.00", { filingStatus: "single", allowances: 1, extraWithholding: "25.00" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("81.38");
  });

  it("keeps HSA contributions in New Jersey wages", () => {
    const r = computePaycheck({
      payDate: "2026-03-06",
      payFrequency: "biweekly",
      earnings: [{ code: "salary", amount: "2000.00" }],
      federalW4: { version: 2020, filingStatus: "single" },
      workState: "NJ",
      stateW4: { filingStatus: "single", allowances: 1 },
      deductions: [{ code: "hsa_section125", amount: "100.00" }],
    });
    expect(r.taxableWages.federalIncomeTax).toBe("1900.00");
    expect(r.taxableWages.state).toBe("2000.00");
    expect(r.employeeTaxes.stateIncomeTax).toBe("56.38");
  });
});
