import { describe, expect, it } from "vitest";
import { computePaycheck } from "../../../../../../src/core/payroll/compute-paycheck";
import { massachusetts } from "../../../../../../src/core/payroll/withholding/states/ma";
import { biweekly, moduleOn } from "./state-cases";

describe("Massachusetts withholding (2026)", () => {
  it("1 exemption: wages less FICA (up to $2,000) and $4,400, at 5%", () => {
    // 2,000 × 26 = 52,000; FICA 52,000 × 7.65% = 3,978 → 2,000; − 4,400 = 45,600 × 5% = 2,280;
    // ÷ 26 = 87.6923 → 87.69
    const r = biweekly("MA", "2000.00", { allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("87.69");
    expect(r.explanation.join("\n")).toContain("Massachusetts income tax: annualized wages $52,000.00");
  });

  it("keeps 401(k) deferrals in the wages; head of household takes $2,400 more off", () => {
    // State wages 2,000 (the $200 401(k) stays in): 52,000 − 2,000 − (4,400 + 1,000) − 2,400
    // = 42,200 × 5% = 2,110; ÷ 26 = 81.1538 → 81.15
    const r = computePaycheck({
      payDate: "2026-03-06",
      payFrequency: "biweekly",
      earnings: [{ code: "salary", amount: "2000.00" }],
      federalW4: { version: 2020, filingStatus: "head_of_household" },
      workState: "MA",
      stateW4: { allowances: 2, filingStatus: "head_of_household" },
      deductions: [{ code: "401k", amount: "200.00" }],
    });
    expect(r.taxableWages.state).toBe("2000.00");
    expect(r.employeeTaxes.stateIncomeTax).toBe("81.15");
  });

  it("adds the 4% surtax above the threshold", () => {
    // 50,000 × 26 = 1,300,000 − 2,000 = 1,298,000: 5% = 64,900 + 4% × 214,850 = 8,594 → 73,494;
    // ÷ 26 = 2,826.6923 → 2,826.69
    expect(biweekly("MA", "50000.00", {}).employeeTaxes.stateIncomeTax).toBe("2826.69");
  });

  it("withholds nothing when exempt, and adds M-4 extra withholding", () => {
    expect(biweekly("MA", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = biweekly("MA", "2000.00", { allowances: 1, extraWithholding: "10.00" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("97.69");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(massachusetts, "2027-01-08")).toThrow(/state\.MA\.withholding/);
  });
});
