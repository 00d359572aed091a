import { describe, expect, it } from "vitest";
import type { FederalW4Input, StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { northDakota } from "../../../../../../src/core/payroll/withholding/states/nd";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, federalW4: FederalW4Input, stateW4?: StateW4Input) =>
  biweekly("ND", amount, stateW4, federalW4);
const single: FederalW4Input = { version: 2020, filingStatus: "single" };

describe("North Dakota withholding (2026)", () => {
  it("federal single: nothing below the zero band, then whole dollars", () => {
    // 52,000 ≤ 57,625: no tax
    expect(pay("2000.00", single).employeeTaxes.stateIncomeTax).toBe("0.00");
    // 78,000: (78,000 − 57,625) × 1.95% = 397.3125; ÷ 26 = 15.2812 → $15
    const r = pay("3000.00", single);
    expect(r.employeeTaxes.stateIncomeTax).toBe("15.00");
    expect(r.explanation.join("\n")).toContain("to the whole dollar = $15.00");
    // 312,000: 3,916.09 + 53,550 × 2.5% = 5,254.84; ÷ 26 = 202.1092 → $202
    expect(pay("12000.00", single).employeeTaxes.stateIncomeTax).toBe("202.00");
  });

  it("federal married filing jointly and head of household have their own tables", () => {
    // 130,000: (130,000 − 57,500) × 1.95% = 1,413.75; ÷ 26 = 54.375 → $54
    expect(
      pay("5000.00", { version: 2020, filingStatus: "married_jointly" }).employeeTaxes.stateIncomeTax,
    ).toBe("54.00");
    // 130,000: (130,000 − 78,475) × 1.95% = 1,004.7375; ÷ 26 = 38.6438 → $39
    expect(
      pay("5000.00", { version: 2020, filingStatus: "head_of_household" }).employeeTaxes.stateIncomeTax,
    ).toBe("39.00");
  });

  it("a pre-2020 W-4's allowances reduce the wages", () => {
    // 104,000 − 2 × 5,050 = 93,900; (93,900 − 57,625) × 1.95% = 707.3625; ÷ 26 = 27.2062 → $27
    const r = pay("4000.00", { version: 2019, filingStatus: "single", allowances: 2 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("27.00");
  });

  it("withholds nothing when exempt, and adds extra withholding", () => {
    expect(pay("3000.00", single, { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(pay("3000.00", single, { extraWithholding: "10.00" }).employeeTaxes.stateIncomeTax).toBe("25.00");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(moduleOn(northDakota, "2026-12-31").tax.toFixed(2)).toBe("0.00");
    expect(() => moduleOn(northDakota, "2027-01-08")).toThrow(/state\.ND\.withholding/);
  });
});
