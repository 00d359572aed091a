import { describe, expect, it } from "vitest";
import { minnesota } from "../../../../../../src/core/payroll/withholding/states/mn";
import { biweekly, moduleOn } from "./state-cases";

// 2026: allowance $5,300; single 0% to $4,700, 5.35% to $38,010, 6.80% to $114,130; married 0% to
// $14,700, 5.35% to $63,400, 6.80% to $208,180.
describe("Minnesota withholding (2026)", () => {
  it("single, 1 allowance", () => {
    // 2,000 × 26 = 52,000 − 5,300 = 46,700; 33,310 × 5.35% (1,782.085) + 8,690 × 6.8% (590.92)
    // = 2,373.005; ÷ 26 = 91.2694 → 91.27
    const r = biweekly("MN", "2000.00", { filingStatus: "single", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("91.27");
    expect(r.explanation.join("\n")).toContain("Minnesota income tax: annualized wages $52,000.00");
    expect(r.unverifiedTables?.join("\n")).toContain("state.MN.withholding");
  });

  it("married takes the married schedule; married withholding at the single rate does not", () => {
    // 3,000 × 26 = 78,000 − 10,600 = 67,400; married: 48,700 × 5.35% (2,605.45) + 4,000 × 6.8%
    // (272) = 2,877.45; ÷ 26 = 110.6712 → 110.67
    const married = biweekly("MN", "3000.00", { filingStatus: "married", allowances: 2 });
    expect(married.employeeTaxes.stateIncomeTax).toBe("110.67");
    // single schedule: 1,782.085 + 29,390 × 6.8% (1,998.52) = 3,780.605; ÷ 26 = 145.4079 → 145.41
    const higher = biweekly("MN", "3000.00", { filingStatus: "married_two_incomes", allowances: 2 });
    expect(higher.employeeTaxes.stateIncomeTax).toBe("145.41");
  });

  it("withholds nothing when exempt, and adds W-4MN extra withholding", () => {
    expect(biweekly("MN", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = biweekly("MN", "2000.00", { allowances: 1, extraWithholding: "15.00" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("106.27");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(minnesota, "2027-01-08")).toThrow(/state\.MN\.withholding/);
  });
});
