import { describe, expect, it } from "vitest";
import { iowa } from "../../../../../../src/core/payroll/withholding/states/ia";
import { biweekly, moduleOn } from "./state-cases";

describe("Iowa withholding (2026)", () => {
  it("takes the standard deduction for the IA W-4 status, the flat rate, then the allowance credits", () => {
    // No status marked ("other"), 1 allowance: 2,000 × 26 = 52,000 − 13,000 = 39,000 × 3.8% = 1,482 − 40
    // = 1,442; ÷ 26 = 55.4615 → 55.46
    const r = biweekly("IA", "2000.00", { allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("55.46");
    expect(r.explanation.join("\n")).toContain(
      "Iowa income tax: annualized wages $52,000.00 − $13,000.00 standard deduction = $39,000.00",
    );
    // Married, spouse without earned income, 3 allowances: 1,500 × 26 = 39,000 − 26,000 = 13,000 × 3.8%
    // = 494 − 3 × 40 = 374; ÷ 26 = 14.3846 → 14.38
    expect(
      biweekly("IA", "1500.00", { filingStatus: "married", allowances: 3 }).employeeTaxes.stateIncomeTax,
    ).toBe("14.38");
    // Head of household, no allowances: 52,000 − 19,500 = 32,500 × 3.8% = 1,235; ÷ 26 = 47.50
    expect(
      biweekly("IA", "2000.00", { filingStatus: "head_of_household" }).employeeTaxes.stateIncomeTax,
    ).toBe("47.50");
  });

  it("withholds nothing when exempt, and adds IA W-4 extra withholding", () => {
    expect(biweekly("IA", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(
      biweekly("IA", "2000.00", { allowances: 1, extraWithholding: "4.54" }).employeeTaxes.stateIncomeTax,
    ).toBe("60.00");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(iowa, "2027-01-08")).toThrow(/state\.IA\.withholding/);
  });
});
