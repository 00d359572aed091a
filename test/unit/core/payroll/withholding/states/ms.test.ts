import { describe, expect, it } from "vitest";
import { mississippi } from "../../../../../../src/core/payroll/withholding/states/ms";
import { biweekly, moduleOn } from "./state-cases";

describe("Mississippi withholding (2026)", () => {
  it("single claiming $6,000: 4% over $10,000, to the nearest dollar", () => {
    // 2,000 × 26 = 52,000 − 2,300 − 6,000 = 43,700; (43,700 − 10,000) × 4% = 1,348; ÷ 26 = 51.85 → $52
    const r = biweekly("MS", "2000.00", { filingStatus: "single", annualAllowance: "6000" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("52.00");
    expect(r.explanation.join("\n")).toContain("Mississippi income tax: annualized wages $52,000.00");
  });

  it("married (spouse not employed) and head of household take their own deductions", () => {
    // 3,000 × 26 = 78,000 − 4,600 − 15,000 = 58,400; 48,400 × 4% = 1,936; ÷ 26 = 74.46 → $74
    const married = biweekly("MS", "3000.00", { filingStatus: "married", annualAllowance: "15000" });
    expect(married.employeeTaxes.stateIncomeTax).toBe("74.00");
    // 1,500 × 26 = 39,000 − 3,400 − 9,500 = 26,100; 16,100 × 4% = 644; ÷ 26 = 24.77 → $25
    const hoh = biweekly("MS", "1500.00", { filingStatus: "head_of_household", annualAllowance: "9500" });
    expect(hoh.employeeTaxes.stateIncomeTax).toBe("25.00");
  });

  it("withholds nothing when exempt, and adds MS-W4 extra withholding", () => {
    expect(biweekly("MS", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = biweekly("MS", "2000.00", { annualAllowance: "6000", extraWithholding: "7.50" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("59.50");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(mississippi, "2027-01-08")).toThrow(/state\.MS\.withholding/);
  });
});
