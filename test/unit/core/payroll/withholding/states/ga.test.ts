import { describe, expect, it } from "vitest";
import { georgia } from "../../../../../../src/core/payroll/withholding/states/ga";
import { biweekly, moduleOn } from "./state-cases";

describe("Georgia withholding (2026)", () => {
  it("taxes annual wages less the standard deduction and dependent allowances at the flat rate", () => {
    // No G-4: single, no allowances. 2,000 × 26 = 52,000 − 12,000 = 40,000 × 5.19% = 2,076; ÷ 26 = 79.8462 → 79.85
    const r = biweekly("GA", "2000.00", undefined);
    expect(r.employeeTaxes.stateIncomeTax).toBe("79.85");
    expect(r.explanation.join("\n")).toContain(
      "Georgia income tax (no G-4 on file, so single with no allowances): annualized wages $52,000.00 − $12,000.00 standard deduction",
    );
    // Married, one spouse working, 2 dependents: 3,000 × 26 = 78,000 − 24,000 − 2 × 4,000 = 46,000
    // × 5.19% = 2,387.40; ÷ 26 = 91.8231 → 91.82
    expect(
      biweekly("GA", "3000.00", { filingStatus: "married", dependents: 2 }).employeeTaxes.stateIncomeTax,
    ).toBe("91.82");
  });

  it("takes the HB 463 figures for the second half of 2026", () => {
    // 52,000 − 15,000 = 37,000 × 4.99% = 1,846.30; ÷ 26 = 71.0115 → 71.01
    const r = biweekly("GA", "2000.00", undefined, undefined, "2026-09-04");
    expect(r.employeeTaxes.stateIncomeTax).toBe("71.01");
  });

  it("withholds nothing when exempt, and adds G-4 extra withholding", () => {
    expect(biweekly("GA", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(biweekly("GA", "2000.00", { extraWithholding: "10.00" }).employeeTaxes.stateIncomeTax).toBe(
      "89.85",
    );
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(georgia, "2027-01-08")).toThrow(/state\.GA\.withholding/);
  });
});
