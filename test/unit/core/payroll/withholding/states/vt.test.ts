import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { vermont } from "../../../../../../src/core/payroll/withholding/states/vt";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input) => biweekly("VT", amount, stateW4);

describe("Vermont withholding (2026)", () => {
  it("single, 1 allowance, $2,000 biweekly", () => {
    // 52,000 − 5,400 = 46,600; (46,600 − 3,925) × 3.35% = 1,429.6125; ÷ 26 = 54.9851 → 54.99
    const r = pay("2000.00", { filingStatus: "single", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("54.99");
    expect(r.explanation.join("\n")).toContain(
      "Vermont income tax (single): $52,000.00 a year − 1 allowances",
    );
  });

  it("married, 2 allowances, $5,000 biweekly: the printed base of the 6.6% row", () => {
    // 130,000 − 10,800 = 119,200; 2,837.45 + (119,200 − 96,475) × 6.6% = 4,337.30; ÷ 26 = 166.8192 → 166.82
    expect(pay("5000.00", { filingStatus: "married", allowances: 2 }).employeeTaxes.stateIncomeTax).toBe(
      "166.82",
    );
  });

  it("married, but withhold at the higher single rate: the single schedule", () => {
    // 156,000: 6,458.73 + (156,000 − 126,775) × 7.6% = 8,679.83; ÷ 26 = 333.8396 → 333.84
    expect(pay("6000.00", { filingStatus: "married_two_incomes" }).employeeTaxes.stateIncomeTax).toBe(
      "333.84",
    );
  });

  it("withholds nothing when exempt, and adds W-4VT line 6 extra", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(pay("2000.00", { allowances: 1, extraWithholding: "5.00" }).employeeTaxes.stateIncomeTax).toBe(
      "59.99",
    );
  });

  it("with no W-4VT: the 2020 federal W-4's status, no allowances; refuses a 2027 pay date", () => {
    // 26,000: (26,000 − 3,925) × 3.35% = 739.5125; ÷ 26 = 28.4428 → 28.44
    expect(moduleOn(vermont, "2026-12-31").tax.toFixed(2)).toBe("28.44");
    expect(() => moduleOn(vermont, "2027-01-08")).toThrow(/state\.VT\.withholding/);
  });
});
