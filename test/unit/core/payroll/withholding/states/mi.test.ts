import { describe, expect, it } from "vitest";
import { michigan } from "../../../../../../src/core/payroll/withholding/states/mi";
import { biweekly, moduleOn } from "./state-cases";

describe("Michigan withholding (2026)", () => {
  it("4.25% of annual wages less the exemptions", () => {
    // 2,000 × 26 = 52,000 − 2 × 5,800 = 40,400 × 4.25% = 1,717; ÷ 26 = 66.0385 → 66.04
    const r = biweekly("MI", "2000.00", { allowances: 2 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("66.04");
    expect(r.explanation.join("\n")).toContain("Michigan income tax: annualized wages $52,000.00");
    // No MI-W4: no exemptions. 1,000 × 26 = 26,000 × 4.25% = 1,105; ÷ 26 = 42.50
    expect(biweekly("MI", "1000.00", undefined).employeeTaxes.stateIncomeTax).toBe("42.50");
  });

  it("withholds nothing when exempt, and adds MI-W4 extra withholding", () => {
    expect(biweekly("MI", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = biweekly("MI", "2000.00", { allowances: 2, extraWithholding: "20.00" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("86.04");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(michigan, "2027-01-08")).toThrow(/state\.MI\.withholding/);
  });
});
