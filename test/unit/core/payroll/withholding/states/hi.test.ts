import { describe, expect, it } from "vitest";
import { hawaii } from "../../../../../../src/core/payroll/withholding/states/hi";
import { biweekly, moduleOn } from "./state-cases";

describe("Hawaii withholding (2026)", () => {
  it("takes allowances and the lump sum from annual wages, then the printed table", () => {
    // No HW-4: single, no allowances. 2,000 × 26 = 52,000 − 4,350 = 47,650; over 36,000:
    // 1,675 + 11,650 × 7.2% = 2,513.80; ÷ 26 = 96.6846 → 96.68
    const r = biweekly("HI", "2000.00", undefined);
    expect(r.employeeTaxes.stateIncomeTax).toBe("96.68");
    expect(r.explanation.join("\n")).toContain(
      "Hawaii income tax (no HW-4 on file, so single with no allowances): annualized wages $52,000.00 − $0.00 for 0 allowances − $4,350.00 lump-sum allowance = $47,650.00",
    );
    // Married, 2 allowances: 78,000 − 2,288 − 4,350 = 71,362; over 48,000: 1,718 + 23,362 × 6.8%
    // = 3,306.616; ÷ 26 = 127.1775 → 127.18
    expect(
      biweekly("HI", "3000.00", { filingStatus: "married", allowances: 2 }).employeeTaxes.stateIncomeTax,
    ).toBe("127.18");
  });

  it("withholds nothing when exempt, and adds HW-4 extra withholding", () => {
    expect(biweekly("HI", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(biweekly("HI", "2000.00", { extraWithholding: "3.32" }).employeeTaxes.stateIncomeTax).toBe(
      "100.00",
    );
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(hawaii, "2027-01-08")).toThrow(/state\.HI\.withholding/);
  });
});
