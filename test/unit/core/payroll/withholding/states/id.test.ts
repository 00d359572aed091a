import { describe, expect, it } from "vitest";
import { idaho } from "../../../../../../src/core/payroll/withholding/states/id";
import { biweekly, moduleOn } from "./state-cases";

describe("Idaho withholding (2026)", () => {
  it("takes allowances from annual wages, applies the table and rounds to the dollar", () => {
    // No ID W-4: single, no allowances. 2,000 × 26 = 52,000; over 15,000: 37,000 × 5.3% = 1,961;
    // ÷ 26 = 75.4231 → $75
    const r = biweekly("ID", "2000.00", undefined);
    expect(r.employeeTaxes.stateIncomeTax).toBe("75.00");
    expect(r.explanation.join("\n")).toContain(
      "Idaho income tax (no ID W-4 on file, so single with no allowances): annualized wages $52,000.00 − $0.00 for 0 allowances",
    );
    // Married, 2 allowances: 78,000 − 2 × 3,868 = 70,264; over 30,000: 40,264 × 5.3% = 2,133.992;
    // ÷ 26 = 82.0766 → $82
    expect(
      biweekly("ID", "3000.00", { filingStatus: "married", allowances: 2 }).employeeTaxes.stateIncomeTax,
    ).toBe("82.00");
  });

  it("withholds nothing when exempt, and adds ID W-4 extra withholding before rounding", () => {
    expect(biweekly("ID", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    // 75.4231 + 10 = 85.4231 → $85
    expect(biweekly("ID", "2000.00", { extraWithholding: "10.00" }).employeeTaxes.stateIncomeTax).toBe(
      "85.00",
    );
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(idaho, "2027-01-08")).toThrow(/state\.ID\.withholding/);
  });
});
