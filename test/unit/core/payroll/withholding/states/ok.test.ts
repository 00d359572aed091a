import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { oklahoma } from "../../../../../../src/core/payroll/withholding/states/ok";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input | undefined) => biweekly("OK", amount, stateW4);

describe("Oklahoma withholding (2026)", () => {
  it("single, 1 allowance, $2,000 biweekly: whole dollars", () => {
    // 52,000 − 1,000 = 51,000; 1,150 × 2.5% (28.75) + 2,300 × 3.5% (80.50) + 37,450 × 4.5% (1,685.25)
    // = 1,794.50; ÷ 26 = 69.0192 → $69
    const r = pay("2000.00", { filingStatus: "single", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("69.00");
    expect(r.explanation.join("\n")).toContain("to the whole dollar = $69.00");
  });

  it("married, 2 allowances, $5,000 biweekly: the married table", () => {
    // 130,000 − 2,000 = 128,000; 57.50 + 161 + 100,900 × 4.5% (4,540.50) = 4,759; ÷ 26 = 183.0385 → $183
    const r = pay("5000.00", { filingStatus: "married", allowances: 2 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("183.00");
  });

  it("with no OK-W-4: Single with 0 allowances, a half dollar rounding up", () => {
    // 52,000: 109.25 + 38,450 × 4.5% (1,730.25) = 1,839.50; ÷ 26 = 70.75 → $71
    const r = biweekly("OK", "2000.00", undefined, { version: 2020, filingStatus: "married_jointly" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("71.00");
  });

  it("withholds nothing when exempt, and adds OK-W-4 extra withholding", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = pay("2000.00", { filingStatus: "single", allowances: 1, extraWithholding: "25.00" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("94.00");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    // 26,000: 109.25 + 12,450 × 4.5% (560.25) = 669.50; ÷ 26 = 25.75 → $26
    expect(moduleOn(oklahoma, "2026-12-31").tax.toFixed(2)).toBe("26.00");
    expect(() => moduleOn(oklahoma, "2027-01-08")).toThrow(/state\.OK\.withholding/);
  });
});
