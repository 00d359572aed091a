import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { wisconsin } from "../../../../../../src/core/payroll/withholding/states/wi";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input) => biweekly("WI", amount, stateW4);

describe("Wisconsin withholding (2026)", () => {
  it("single, 1 exemption, $2,000 biweekly: the deduction phases out", () => {
    // 52,000; deduction 6,702 − 12% × 34,220 = 2,595.60; 52,000 − 2,595.60 − 400 = 49,004.40;
    // 1,045.04 + 23,484.40 × 5.3% (1,244.6732) = 2,289.7132; ÷ 26 = 88.0659 → 88.07
    const r = pay("2000.00", { filingStatus: "single", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("88.07");
    expect(r.explanation.join("\n")).toContain(
      "Wisconsin income tax (single): $52,000.00 a year − $2,595.60 standard deduction",
    );
  });

  it("married, 2 exemptions, $1,000 biweekly", () => {
    // 26,000; deduction 9,461 − 20% × 273 = 9,406.40; 26,000 − 9,406.40 − 800 = 15,793.60;
    // 451.70 + 3,033.60 × 4.65% (141.0624) = 592.7624; ÷ 26 = 22.7986 → 22.80
    expect(pay("1000.00", { filingStatus: "married", allowances: 2 }).employeeTaxes.stateIncomeTax).toBe(
      "22.80",
    );
  });

  it("withholds nothing when exempt, and adds WT-4 extra withholding", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(
      pay("2000.00", { filingStatus: "single", allowances: 1, extraWithholding: "7.00" }).employeeTaxes
        .stateIncomeTax,
    ).toBe("95.07");
  });

  it("with no WT-4: single, no exemptions; refuses a 2027 pay date", () => {
    // 26,000 − (6,702 − 12% × 8,220 = 5,715.60) = 20,284.40; 451.70 + 7,524.40 × 4.65% = 801.5846; ÷ 26 = 30.83
    expect(moduleOn(wisconsin, "2026-12-31").tax.toFixed(2)).toBe("30.83");
    expect(() => moduleOn(wisconsin, "2027-01-08")).toThrow(/state\.WI\.withholding/);
  });
});
