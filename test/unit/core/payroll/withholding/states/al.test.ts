import { describe, expect, it } from "vitest";
import { biweekly } from "./state-cases";

describe("Alabama withholding (2026)", () => {
  it("takes the phased standard deduction, the federal tax withheld and the exemptions, then 2%/4%/5%", () => {
    // Single, 1 dependent: 700 × 26 = 18,200 (≤ 26,000: full $3,000 deduction); federal withheld
    // $8.08 × 26 = 210.08; − 1,500 personal − 1,000 (one dependent, wages ≤ 50,000) = 12,489.92.
    // 500 × 2% + 2,500 × 4% + 9,489.92 × 5% = 10 + 100 + 474.496 = 584.496; ÷ 26 = 22.4806 → 22.48
    const r = biweekly("AL", "700.00", { filingStatus: "single", dependents: 1 });
    expect(r.employeeTaxes.federalIncomeTax).toBe("8.08");
    expect(r.employeeTaxes.stateIncomeTax).toBe("22.48");
    expect(r.explanation.join("\n")).toContain(
      "Alabama income tax (single): annualized wages $18,200.00 − $3,000.00 standard deduction − $210.08 federal income tax",
    );
    // Married, 2 dependents: 78,000; deduction 8,500 − 104 steps × 175 → floor 5,000; federal $192.31
    // × 26 = 5,000.06; − 3,000 − 2 × 500 (wages over 50,000) = 63,999.94. 1,000 × 2% + 5,000 × 4% + 57,999.94 × 5%
    // = 20 + 200 + 2,899.997 = 3,119.997; ÷ 26 = 119.9999 → 120.00
    const m = biweekly(
      "AL",
      "3000.00",
      { filingStatus: "married", dependents: 2 },
      { version: 2020, filingStatus: "married_jointly" },
    );
    expect(m.employeeTaxes.federalIncomeTax).toBe("192.31");
    expect(m.employeeTaxes.stateIncomeTax).toBe("120.00");
  });

  it("phases the standard deduction down by steps of wages above the threshold", () => {
    // Head of household: 1,100 × 26 = 28,600, 2,600 over 26,000 = 6 steps of 500 → 5,200 − 6 × 135 = 4,390;
    // federal $17.12 × 26 = 445.12; − 3,000 personal = 20,764.88 → 10 + 100 + 17,764.88 × 5% = 998.244; ÷ 26 → 38.39
    const r = biweekly(
      "AL",
      "1100.00",
      { filingStatus: "head_of_household" },
      { version: 2020, filingStatus: "head_of_household" },
    );
    expect(r.employeeTaxes.federalIncomeTax).toBe("17.12");
    expect(r.employeeTaxes.stateIncomeTax).toBe("38.39");
  });

  it('claims no personal exemption on status "0"', () => {
    // As the single case above without the 1,500 exemption: 13,989.92 → 10 + 100 + 549.496 = 659.496; ÷ 26 = 25.37
    const r = biweekly("AL", "700.00", { filingStatus: "single", allowances: 0, dependents: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("25.37");
  });

  it("withholds nothing when exempt, and adds A-4 extra withholding", () => {
    const base = { filingStatus: "single", dependents: 1 } as const;
    expect(biweekly("AL", "700.00", { ...base, exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(biweekly("AL", "700.00", { ...base, extraWithholding: "5.00" }).employeeTaxes.stateIncomeTax).toBe(
      "27.48",
    );
  });
});
