import { describe, expect, it } from "vitest";
import { missouri } from "../../../../../../src/core/payroll/withholding/states/mo";
import { biweekly, moduleOn } from "./state-cases";

// Bands below $9,191: 1,313 × (2% + 2.5% + 3% + 3.5% + 4% + 4.5%) = 256.035.
describe("Missouri withholding (2026)", () => {
  it("single: wages less $16,100, band by band, to the nearest dollar", () => {
    // 2,000 × 26 = 52,000 − 16,100 = 35,900; 256.035 + 26,709 × 4.7% (1,255.323) = 1,511.358;
    // ÷ 26 = 58.13 → $58
    const r = biweekly("MO", "2000.00", { filingStatus: "single" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("58.00");
    expect(r.explanation.join("\n")).toContain("Missouri income tax: annualized wages $52,000.00");
  });

  it("married with a spouse not working takes $32,200; no MO W-4 is single", () => {
    // 3,000 × 26 = 78,000 − 32,200 = 45,800; 256.035 + 36,609 × 4.7% (1,720.623) = 1,976.658;
    // ÷ 26 = 76.03 → $76
    expect(biweekly("MO", "3000.00", { filingStatus: "married" }).employeeTaxes.stateIncomeTax).toBe("76.00");
    // No MO W-4 (even with a married federal W-4): single, $16,100 (see below: $105).
    const noCertificate = biweekly("MO", "3000.00", undefined, {
      version: 2020,
      filingStatus: "married_jointly",
    });
    expect(noCertificate.employeeTaxes.stateIncomeTax).toBe("105.00");
    // Spouse working: the single deduction. 78,000 − 16,100 = 61,900; 256.035 + 52,709 × 4.7%
    // (2,477.323) = 2,733.358; ÷ 26 = 105.13 → $105
    const both = biweekly("MO", "3000.00", { filingStatus: "married_two_incomes" });
    expect(both.employeeTaxes.stateIncomeTax).toBe("105.00");
  });

  it("withholds nothing when exempt, and adds MO W-4 extra withholding", () => {
    expect(biweekly("MO", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = biweekly("MO", "2000.00", { extraWithholding: "4.25" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("62.25");
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(missouri, "2027-01-08")).toThrow(/state\.MO\.withholding/);
  });
});
