import { describe, expect, it } from "vitest";
import { montana } from "../../../../../../src/core/payroll/withholding/states/mt";
import { biweekly, moduleOn } from "./state-cases";

describe("Montana withholding (2026, status method)", () => {
  it("single: wages less $16,100 at 4.7% to $47,500, 5.65% above, to the nearest dollar", () => {
    // 2,000 × 26 = 52,000 − 16,100 = 35,900 × 4.7% = 1,687.30; ÷ 26 = 64.90 → $65
    const r = biweekly("MT", "2000.00", { filingStatus: "single" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("65.00");
    expect(r.explanation.join("\n")).toContain("Montana income tax: annualized wages $52,000.00");
    // No MW-4: single. 5,000 × 26 = 130,000 − 16,100 = 113,900; 47,500 × 4.7% (2,232.50)
    // + 66,400 × 5.65% (3,751.60) = 5,984.10; ÷ 26 = 230.16 → $230
    expect(biweekly("MT", "5000.00", undefined).employeeTaxes.stateIncomeTax).toBe("230.00");
  });

  it("married and head of household take their own deduction and band", () => {
    // 130,000 − 32,200 = 97,800; 95,000 × 4.7% (4,465) + 2,800 × 5.65% (158.20) = 4,623.20;
    // ÷ 26 = 177.82 → $178
    expect(biweekly("MT", "5000.00", { filingStatus: "married" }).employeeTaxes.stateIncomeTax).toBe(
      "178.00",
    );
    // 4,000 × 26 = 104,000 − 24,150 = 79,850; 71,250 × 4.7% (3,348.75) + 8,600 × 5.65% (485.90)
    // = 3,834.65; ÷ 26 = 147.49 → $147
    const hoh = biweekly("MT", "4000.00", { filingStatus: "head_of_household" });
    expect(hoh.employeeTaxes.stateIncomeTax).toBe("147.00");
  });

  it("withholds nothing when exempt, and adds MW-4 extra withholding", () => {
    expect(biweekly("MT", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = biweekly("MT", "2000.00", { extraWithholding: "20.00" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("85.00");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(montana, "2027-01-08")).toThrow(/state\.MT\.withholding/);
  });
});
