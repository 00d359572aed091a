import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { virginia } from "../../../../../../src/core/payroll/withholding/states/va";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input) => biweekly("VA", amount, stateW4);

describe("Virginia withholding (2026)", () => {
  it("2 exemptions, $2,000 biweekly", () => {
    // 52,000 − 8,750 − 2 × 930 = 41,390; 60 + 60 + 600 + 24,390 × 5.75% (1,402.425) = 2,122.425;
    // ÷ 26 = 81.6317 → 81.63
    const r = pay("2000.00", { allowances: 2 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("81.63");
    expect(r.explanation.join("\n")).toContain(
      "Virginia income tax: $52,000.00 a year − $8,750.00 standard deduction",
    );
  });

  it("1 personal and 1 age/blind exemption, $1,000 biweekly", () => {
    // 26,000 − 8,750 − 930 − 800 = 15,520; 60 + 60 + 10,520 × 5% = 646; ÷ 26 = 24.8462 → 24.85
    expect(pay("1000.00", { allowances: 1, additionalAllowances: 1 }).employeeTaxes.stateIncomeTax).toBe(
      "24.85",
    );
  });

  it("withholds nothing when exempt, and adds VA-4 extra withholding", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(pay("2000.00", { allowances: 2, extraWithholding: "10.00" }).employeeTaxes.stateIncomeTax).toBe(
      "91.63",
    );
  });

  it("with no VA-4: no exemptions; refuses a 2027 pay date", () => {
    // 26,000 − 8,750 = 17,250; 720 + 250 × 5.75% = 734.375; ÷ 26 = 28.2452 → 28.25
    expect(moduleOn(virginia, "2026-12-31").tax.toFixed(2)).toBe("28.25");
    expect(() => moduleOn(virginia, "2027-01-08")).toThrow(/state\.VA\.withholding/);
  });
});
