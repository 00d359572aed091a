import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { newYork } from "../../../../../../src/core/payroll/withholding/states/ny";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input | undefined) => biweekly("NY", amount, stateW4);

describe("New York State withholding (2026)", () => {
  it("single, 1 allowance, $2,000 biweekly", () => {
    // 2,000 × 26 = 52,000 − 7,400 deduction − 1,000 allowance = 43,600;
    // 586 + (43,600 − 13,900) × 5.4% = 586 + 1,603.80 = 2,189.80; ÷ 26 = 84.2231 → 84.22
    const r = pay("2000.00", { filingStatus: "single", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("84.22");
    expect(r.explanation.join("\n")).toContain("New York State income tax: annualized wages $52,000.00");
  });

  it("married, 2 allowances, $5,000 biweekly: the married table", () => {
    // 130,000 − 7,950 − 2,000 = 120,050; 5,855 + (120,050 − 107,650) × 7.07% = 5,855 + 876.68
    // = 6,731.68; ÷ 26 = 258.9108 → 258.91
    const r = pay("5000.00", { filingStatus: "married", allowances: 2 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("258.91");
  });

  it("head of household uses the single table", () => {
    const r = pay("2000.00", { filingStatus: "head_of_household", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("84.22");
  });

  it("an IT-2104 with no status marked takes the federal W-4's (married filing jointly → Married)", () => {
    // 52,000 − 7,950 − 1,000 = 43,050; 586 + 29,150 × 5.4% = 2,160.10; ÷ 26 = 83.0808 → 83.08
    const r = biweekly(
      "NY",
      "2000.00",
      { allowances: 1 },
      { version: 2020, filingStatus: "married_jointly" },
    );
    expect(r.employeeTaxes.stateIncomeTax).toBe("83.08");
  });

  it("with no IT-2104: Single with 0 allowances, whatever the federal W-4 says", () => {
    // 52,000 − 7,400 = 44,600; 586 + 30,700 × 5.4% = 2,243.80; ÷ 26 = 86.30
    const r = biweekly("NY", "2000.00", undefined, { version: 2020, filingStatus: "married_jointly" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("86.30");
    expect(r.explanation.join("\n")).toContain("no IT-2104 on file");
  });

  it("withholds nothing when exempt, and adds IT-2104 line 3 extra withholding", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = pay("2000.00", { filingStatus: "single", allowances: 1, extraWithholding: "25.00" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("109.22");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    // 1,000 × 26 = 26,000 − 7,400 = 18,600; 586 + 4,700 × 5.4% = 839.80; ÷ 26 = 32.30
    expect(moduleOn(newYork, "2026-12-31").tax.toFixed(2)).toBe("32.30");
    expect(() => moduleOn(newYork, "2027-01-08")).toThrow(/state\.NY\.withholding/);
  });
});
