import { describe, expect, it } from "vitest";
import type { FederalW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { newMexico } from "../../../../../../src/core/payroll/withholding/states/nm";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, federalW4: FederalW4Input, extraWithholding?: string) =>
  biweekly("NM", amount, extraWithholding ? { extraWithholding } : undefined, federalW4);

describe("New Mexico withholding (2026)", () => {
  it("federal single, $2,000 biweekly", () => {
    // 52,000: 5,500 × 1.5% + 11,000 × 3.2% + 17,000 × 4.3% + 10,450 × 4.7%
    // = 82.50 + 352 + 731 + 491.15 = 1,656.65; ÷ 26 = 63.7173 → 63.72
    const r = pay("2000.00", { version: 2020, filingStatus: "single" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("63.72");
    expect(r.explanation.join("\n")).toContain("on the single table");
  });

  it("federal married filing jointly, $5,000 biweekly", () => {
    // 130,000: 120 + 544 + 1,075 + 2,350 + 13,900 × 4.9% (681.10) = 4,770.10; ÷ 26 = 183.4654 → 183.47
    const r = pay("5000.00", { version: 2020, filingStatus: "married_jointly" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("183.47");
  });

  it("federal head of household has its own table; a pre-2020 married W-4 takes the married one", () => {
    // 52,000: 120 + 544 + 14,925 × 4.3% (641.775) = 1,305.775; ÷ 26 = 50.2221 → 50.22
    expect(
      pay("2000.00", { version: 2020, filingStatus: "head_of_household" }).employeeTaxes.stateIncomeTax,
    ).toBe("50.22");
    // 52,000 married: 120 + 544 + 10,900 × 4.3% (468.70) = 1,132.70; ÷ 26 = 43.5654 → 43.57
    const r = pay("2000.00", { version: 2019, filingStatus: "married", allowances: 3 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("43.57");
  });

  it("withholds nothing when exempt, and adds extra withholding", () => {
    expect(
      biweekly("NM", "2000.00", { exempt: true }, { version: 2020, filingStatus: "single" }).employeeTaxes
        .stateIncomeTax,
    ).toBe("0.00");
    expect(
      pay("2000.00", { version: 2020, filingStatus: "single" }, "25.00").employeeTaxes.stateIncomeTax,
    ).toBe("88.72");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    // 26,000: 82.50 + 352 + 1,450 × 4.3% (62.35) = 496.85; ÷ 26 = 19.1096 → 19.11
    expect(moduleOn(newMexico, "2026-12-31").tax.toFixed(2)).toBe("19.11");
    expect(() => moduleOn(newMexico, "2027-01-08")).toThrow(/state\.NM\.withholding/);
  });
});
