import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { districtOfColumbia } from "../../../../../../src/core/payroll/withholding/states/dc";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input) => biweekly("DC", amount, stateW4);

describe("District of Columbia withholding (2026)", () => {
  it("single, 1 allowance, $2,000 biweekly", () => {
    // 52,000 − 4,300 = 47,700; 10,000 × 4% + 30,000 × 6% + 7,700 × 6.5% = 2,700.50; ÷ 26 = 103.8654 → 103.87
    const r = pay("2000.00", { filingStatus: "single", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("103.87");
    expect(r.explanation.join("\n")).toContain(
      "District of Columbia income tax: $2,000.00 × 26 = $52,000.00",
    );
  });

  it("0 allowances, $12,000 biweekly reaches the 9.25% bracket", () => {
    // 312,000: 400 + 1,800 + 1,300 + 190,000 × 8.5% (16,150) + 62,000 × 9.25% (5,735) = 25,385; ÷ 26 = 976.3462
    expect(pay("12000.00", { allowances: 0 }).employeeTaxes.stateIncomeTax).toBe("976.35");
  });

  it("withholds nothing when exempt, and adds D-4 line 3 extra withholding", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(pay("2000.00", { allowances: 1, extraWithholding: "20.00" }).employeeTaxes.stateIncomeTax).toBe(
      "123.87",
    );
  });

  it("with no D-4: no allowances; refuses a 2027 pay date", () => {
    // 26,000: 400 + 16,000 × 6% = 1,360; ÷ 26 = 52.3077 → 52.31
    expect(moduleOn(districtOfColumbia, "2026-12-31").tax.toFixed(2)).toBe("52.31");
    expect(() => moduleOn(districtOfColumbia, "2027-01-08")).toThrow(/state\.DC\.withholding/);
  });
});
