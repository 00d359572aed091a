import { describe, expect, it } from "vitest";
import { maine } from "../../../../../../src/core/payroll/withholding/states/me";
import { biweekly, moduleOn } from "./state-cases";

describe("Maine withholding (2026)", () => {
  it("single, 1 allowance: full standard deduction, rounded to the nearest dollar", () => {
    // 2,000 × 26 = 52,000 − 12,450 − 5,300 = 34,250; 27,400 × 5.8% (1,589.20) + 6,850 × 6.75%
    // (462.375) = 2,051.575; ÷ 26 = 78.907 → $79
    const r = biweekly("ME", "2000.00", { filingStatus: "single", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("79.00");
    expect(r.explanation.join("\n")).toContain("Maine income tax: annualized wages $52,000.00");
  });

  it("phases the standard deduction out above $102,250", () => {
    // 5,000 × 26 = 130,000; share (177,250 − 130,000) ÷ 75,000 = 0.63 → 12,450 × 0.63 = 7,843.50;
    // taxable 122,156.50: 1,589.20 + 37,450 × 6.75% (2,527.875) + 57,306.50 × 7.15% (4,097.41475)
    // = 8,214.48975; ÷ 26 = 315.94 → $316
    expect(biweekly("ME", "5000.00", { filingStatus: "single" }).employeeTaxes.stateIncomeTax).toBe("316.00");
  });

  it("married, 2 allowances; no W-4ME is single", () => {
    // 3,000 × 26 = 78,000 − 27,750 − 10,600 = 39,650 × 5.8% = 2,299.70; ÷ 26 = 88.45 → $88
    const r = biweekly("ME", "3000.00", { filingStatus: "married", allowances: 2 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("88.00");
    // No W-4ME (even with a married federal W-4): single, 0 allowances. 78,000 − 12,450 = 65,550;
    // 1,589.20 + 2,527.875 + 700 × 7.15% (50.05) = 4,167.125; ÷ 26 = 160.27 → $160
    const none = biweekly("ME", "3000.00", undefined, { version: 2020, filingStatus: "married_jointly" });
    expect(none.employeeTaxes.stateIncomeTax).toBe("160.00");
  });

  it("withholds nothing when exempt, and adds W-4ME extra withholding", () => {
    expect(biweekly("ME", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = biweekly("ME", "2000.00", { allowances: 1, extraWithholding: "12.50" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("91.50");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(maine, "2027-01-08")).toThrow(/state\.ME\.withholding/);
  });
});
