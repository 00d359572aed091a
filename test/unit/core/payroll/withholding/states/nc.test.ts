import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { northCarolina } from "../../../../../../src/core/payroll/withholding/states/nc";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input | undefined) => biweekly("NC", amount, stateW4);

describe("North Carolina withholding (2026)", () => {
  it("single, 1 allowance, $2,000 biweekly: whole dollars", () => {
    // 52,000 − 12,750 − 2,500 = 36,750 × 4.09% = 1,503.075; ÷ 26 = 57.8106 → $58
    const r = pay("2000.00", { filingStatus: "single", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("58.00");
    expect(r.explanation.join("\n")).toContain("to the whole dollar = $58.00");
  });

  it("married filing jointly, 2 allowances, $5,000 biweekly", () => {
    // 130,000 − 12,750 − 5,000 = 112,250 × 4.09% = 4,591.025; ÷ 26 = 176.5779 → $177
    const r = pay("5000.00", { filingStatus: "married", allowances: 2 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("177.00");
  });

  it("head of household takes its larger deduction", () => {
    // 52,000 − 19,125 = 32,875 × 4.09% = 1,344.5875; ÷ 26 = 51.7149 → $52
    const r = pay("2000.00", { filingStatus: "head_of_household" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("52.00");
    // An NC-4 with no status marked takes the federal W-4's.
    const unmarked = biweekly(
      "NC",
      "2000.00",
      { allowances: 0 },
      { version: 2020, filingStatus: "head_of_household" },
    );
    expect(unmarked.employeeTaxes.stateIncomeTax).toBe("52.00");
  });

  it("with no NC-4: Single with 0 allowances, even for a married federal W-4", () => {
    // 52,000 − 12,750 = 39,250 × 4.09% = 1,605.325; ÷ 26 = 61.7433 → $62
    const r = biweekly("NC", "2000.00", undefined, { version: 2020, filingStatus: "married_jointly" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("62.00");
  });

  it("withholds nothing when exempt, and adds NC-4 line 2 extra withholding", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = pay("2000.00", { filingStatus: "single", allowances: 1, extraWithholding: "25.50" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("83.50");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    // 26,000 − 12,750 = 13,250 × 4.09% = 541.925; ÷ 26 = 20.8433 → $21
    expect(moduleOn(northCarolina, "2026-12-31").tax.toFixed(2)).toBe("21.00");
    expect(() => moduleOn(northCarolina, "2027-01-08")).toThrow(/state\.NC\.withholding/);
  });
});
