import { describe, expect, it } from "vitest";
import { louisiana } from "../../../../../../src/core/payroll/withholding/states/la";
import { biweekly, moduleOn } from "./state-cases";

describe("Louisiana withholding (2026, flat method)", () => {
  it("single: 3.09% of annual wages less $12,500", () => {
    // 2,500 × 26 = 65,000 − 12,500 = 52,500 × 3.09% = 1,622.25; ÷ 26 = 62.3942 → 62.39
    const r = biweekly("LA", "2500.00", { filingStatus: "single" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("62.39");
    expect(r.explanation.join("\n")).toContain("Louisiana income tax: annualized wages $65,000.00");
  });

  it("married or head of household: less $25,000", () => {
    // 5,000 × 26 = 130,000 − 25,000 = 105,000 × 3.09% = 3,244.50; ÷ 26 = 124.7885 → 124.79
    expect(biweekly("LA", "5000.00", { filingStatus: "married" }).employeeTaxes.stateIncomeTax).toBe(
      "124.79",
    );
    const hoh = biweekly("LA", "5000.00", { filingStatus: "head_of_household" });
    expect(hoh.employeeTaxes.stateIncomeTax).toBe("124.79");
    // No L-4 (even with a head-of-household federal W-4): single, $12,500 off.
    // 130,000 − 12,500 = 117,500 × 3.09% = 3,630.75; ÷ 26 = 139.6442 → 139.64
    const none = biweekly("LA", "5000.00", undefined, { version: 2020, filingStatus: "head_of_household" });
    expect(none.employeeTaxes.stateIncomeTax).toBe("139.64");
  });

  it("withholds nothing when exempt, and adds L-4 extra withholding", () => {
    expect(biweekly("LA", "2500.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(biweekly("LA", "2500.00", { extraWithholding: "5.00" }).employeeTaxes.stateIncomeTax).toBe(
      "67.39",
    );
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(louisiana, "2027-01-08")).toThrow(/state\.LA\.withholding/);
  });
});
