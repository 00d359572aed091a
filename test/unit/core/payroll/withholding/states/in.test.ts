import { describe, expect, it } from "vitest";
import { indiana } from "../../../../../../src/core/payroll/withholding/states/in";
import { biweekly, moduleOn } from "./state-cases";

describe("Indiana withholding (2026)", () => {
  it("taxes annual wages less the exemptions at the flat state rate", () => {
    // 2,000 × 26 = 52,000 − 1 × 1,000 = 51,000 × 2.95% = 1,504.50; ÷ 26 = 57.8654 → 57.87
    const r = biweekly("IN", "2000.00", { allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("57.87");
    expect(r.explanation.join("\n")).toContain(
      "Indiana income tax: annualized wages $52,000.00 − $1,000.00 for 1 personal and 0 dependent exemptions = $51,000.00",
    );
    // 1,000 × 26 = 26,000 − 2 × 1,000 − 2 × 1,500 = 21,000 × 2.95% = 619.50; ÷ 26 = 23.8269 → 23.83
    expect(biweekly("IN", "1000.00", { allowances: 2, dependents: 2 }).employeeTaxes.stateIncomeTax).toBe(
      "23.83",
    );
  });

  it("withholds nothing when exempt, and adds WH-4 extra withholding", () => {
    expect(biweekly("IN", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(
      biweekly("IN", "2000.00", { allowances: 1, extraWithholding: "2.13" }).employeeTaxes.stateIncomeTax,
    ).toBe("60.00");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(indiana, "2027-01-08")).toThrow(/state\.IN\.withholding/);
  });
});
