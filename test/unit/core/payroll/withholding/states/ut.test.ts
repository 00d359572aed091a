import { describe, expect, it } from "vitest";
import { utah } from "../../../../../../src/core/payroll/withholding/states/ut";
import { biweekly, moduleOn } from "./state-cases";

describe("Utah withholding (2026)", () => {
  it("single, $2,000 biweekly: the base allowance is used up", () => {
    // 52,000 × 4.5% = 2,340; allowance 450 − (52,000 − 9,107) × 1.3% (557.609) → 0; ÷ 26 = 90.00
    const r = biweekly("UT", "2000.00", undefined);
    expect(r.employeeTaxes.stateIncomeTax).toBe("90.00");
    expect(r.explanation.join("\n")).toContain("Utah income tax (single): $52,000.00 a year × 4.5%");
  });

  it("married filing jointly on the federal W-4, $1,500 biweekly", () => {
    // 39,000 × 4.5% = 1,755; allowance 900 − 20,787 × 1.3% (270.231) = 629.769; 1,125.231 ÷ 26 = 43.2781 → 43.28
    const r = biweekly("UT", "1500.00", undefined, { version: 2020, filingStatus: "married_jointly" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("43.28");
  });

  it("head of household withholds on the single schedule", () => {
    // 26,000 × 4.5% = 1,170; allowance 450 − 16,893 × 1.3% (219.609) = 230.391; 939.609 ÷ 26 = 36.1388 → 36.14
    const r = biweekly("UT", "1000.00", undefined, { version: 2020, filingStatus: "head_of_household" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("36.14");
  });

  it("withholds nothing when exempt, and adds extra withholding", () => {
    expect(biweekly("UT", "1000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(biweekly("UT", "1000.00", { extraWithholding: "5.00" }).employeeTaxes.stateIncomeTax).toBe(
      "41.14",
    );
  });

  it("refuses a 2027 pay date", () => {
    expect(moduleOn(utah, "2026-12-31").tax.toFixed(2)).toBe("36.14");
    expect(() => moduleOn(utah, "2027-01-08")).toThrow(/state\.UT\.withholding/);
  });
});
