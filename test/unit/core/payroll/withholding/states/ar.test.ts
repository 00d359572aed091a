import { describe, expect, it } from "vitest";
import { arkansas } from "../../../../../../src/core/payroll/withholding/states/ar";
import { biweekly, moduleOn } from "./state-cases";

describe("Arkansas withholding (2026)", () => {
  it("applies the formula row to net taxable income and takes a credit per exemption", () => {
    // 2,000 × 26 = 52,000 − 2,470 = 49,530; × 3.9% = 1,931.67 − 419.96 = 1,511.71 − 1 × 29 = 1,482.71;
    // ÷ 26 = 57.0273 → 57.03
    const r = biweekly("AR", "2000.00", { allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("57.03");
    expect(r.explanation.join("\n")).toContain(
      "Arkansas income tax: annualized wages $52,000.00 − $2,470.00 standard deduction = $49,530.00; × 3.9% − $419.96 − $29.00 credit for 1 exemptions",
    );
    // 500 × 26 = 13,000 − 2,470 = 10,530 (2% row): 210.60 − 111.98 = 98.62 − 2 × 29 = 40.62; ÷ 26 = 1.5623 → 1.56
    expect(biweekly("AR", "500.00", { allowances: 2 }).employeeTaxes.stateIncomeTax).toBe("1.56");
    // High-income adjustment: 3,800 × 26 = 98,800 − 2,470 = 96,330 (row over 96,300: less 239.30);
    // × 3.9% = 3,756.87 − 239.30 = 3,517.57; ÷ 26 = 135.2912 → 135.29
    expect(biweekly("AR", "3800.00", {}).employeeTaxes.stateIncomeTax).toBe("135.29");
  });

  it("withholds nothing when exempt, and adds AR4EC extra withholding", () => {
    expect(biweekly("AR", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(
      biweekly("AR", "2000.00", { allowances: 1, extraWithholding: "3.00" }).employeeTaxes.stateIncomeTax,
    ).toBe("60.03");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(arkansas, "2027-01-08")).toThrow(/state\.AR\.withholding/);
  });
});
