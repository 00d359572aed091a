import { describe, expect, it } from "vitest";
import { biweekly } from "./state-cases";

describe("Delaware withholding (2026)", () => {
  it("taxes annual wages less the standard deduction by the schedule, less the personal credits", () => {
    // No DE W-4, federal single: 2,000 × 26 = 52,000 − 3,250 = 48,750. 3,000 × 2.2% + 5,000 × 3.9%
    // + 10,000 × 4.8% + 5,000 × 5.2% + 23,750 × 5.55% = 66 + 195 + 480 + 260 + 1,318.125 = 2,319.125;
    // ÷ 26 = 89.1971 → 89.20
    const r = biweekly("DE", "2000.00", undefined);
    expect(r.employeeTaxes.stateIncomeTax).toBe("89.20");
    expect(r.explanation.join("\n")).toContain(
      "Delaware income tax (single, no DE W-4 on file, so your federal status with no allowances): annualized wages $52,000.00 − $3,250.00 standard deduction = $48,750.00",
    );
    // Married, 2 allowances: 78,000 − 6,500 = 71,500. 2,943.50 to 60,000 + 11,500 × 6.6% = 3,702.50
    // − 2 × 110 = 3,482.50; ÷ 26 = 133.9423 → 133.94
    expect(
      biweekly("DE", "3000.00", { filingStatus: "married", allowances: 2 }).employeeTaxes.stateIncomeTax,
    ).toBe("133.94");
  });

  it("withholds nothing when exempt, and adds DE W-4 extra withholding", () => {
    expect(biweekly("DE", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(biweekly("DE", "2000.00", { extraWithholding: "1.00" }).employeeTaxes.stateIncomeTax).toBe(
      "90.20",
    );
  });
});
