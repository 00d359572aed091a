import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { nebraska } from "../../../../../../src/core/payroll/withholding/states/ne";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input | undefined) => biweekly("NE", amount, stateW4);

describe("Nebraska withholding (2026)", () => {
  it("single, 1 allowance, $2,000 biweekly", () => {
    // 52,000 − 2,440 = 49,560; 1,343.55 + (49,560 − 40,130) × 4.48% = 1,343.55 + 422.464 = 1,766.014
    // (above the 1.5% minimum of 780); ÷ 26 = 67.9236 → 67.92
    const r = pay("2000.00", { filingStatus: "single", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("67.92");
    expect(r.explanation.join("\n")).toContain("Nebraska income tax: annualized wages $52,000.00");
  });

  it("married, 2 allowances, $5,000 biweekly: the married table", () => {
    // 130,000 − 4,880 = 125,120; 2,932.22 + 42,200 × 4.6% = 4,873.42; ÷ 26 = 187.4392 → 187.44
    const r = pay("5000.00", { filingStatus: "married", allowances: 2 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("187.44");
  });

  it("withholds at least 1.5% of the wages", () => {
    // 15,600 − 5 × 2,440 = 3,400: no tax by the table; 15,600 × 1.5% = 234; ÷ 26 = 9.00
    const r = pay("600.00", { filingStatus: "single", allowances: 5 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("9.00");
    expect(r.explanation.join("\n")).toContain("1.5% minimum");
  });

  it("with no W-4N: Single with 0 allowances, even for a married federal W-4", () => {
    // 52,000: 1,343.55 + 11,870 × 4.48% = 1,875.326; ÷ 26 = 72.1279 → 72.13
    const r = biweekly("NE", "2000.00", undefined, { version: 2020, filingStatus: "married_jointly" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("72.13");
  });

  it("withholds nothing when exempt, and adds W-4N extra withholding", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = pay("2000.00", { filingStatus: "single", allowances: 1, extraWithholding: "25.00" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("92.92");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    // 26,000: 560.35 + 4,190 × 4.21% = 736.749; ÷ 26 = 28.3365 → 28.34
    expect(moduleOn(nebraska, "2026-12-31").tax.toFixed(2)).toBe("28.34");
    expect(() => moduleOn(nebraska, "2027-01-08")).toThrow(/state\.NE\.withholding/);
  });
});
