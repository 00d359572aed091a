import { describe, expect, it } from "vitest";
import { biweekly } from "./state-cases";

describe("Kansas withholding (2026)", () => {
  it("takes the personal and the other allowances from annual wages, then the schedule", () => {
    // Single, 1 allowance: 2,000 × 26 = 52,000 − 9,160 = 42,840; over 26,605: 23,000 × 5.2% = 1,196
    // + 16,235 × 5.58% = 905.913 → 2,101.913; ÷ 26 = 80.8428 → 80.84
    const r = biweekly("KS", "2000.00", { filingStatus: "single", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("80.84");
    expect(r.explanation.join("\n")).toContain(
      "Kansas income tax (single): annualized wages $52,000.00 − $9,160.00 for 1 allowances = $42,840.00",
    );
    // Married, 3 allowances: 78,000 − 2 × 9,160 − 2,320 = 57,360; over 54,240: 46,000 × 5.2% = 2,392
    // + 3,120 × 5.58% = 174.096 → 2,566.096; ÷ 26 = 98.6960 → 98.70
    expect(
      biweekly("KS", "3000.00", { filingStatus: "married", allowances: 3 }).employeeTaxes.stateIncomeTax,
    ).toBe("98.70");
  });

  it("withholds nothing when exempt, and adds K-4 extra withholding", () => {
    const k4 = { filingStatus: "single", allowances: 1 } as const;
    expect(biweekly("KS", "2000.00", { ...k4, exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(biweekly("KS", "2000.00", { ...k4, extraWithholding: "9.16" }).employeeTaxes.stateIncomeTax).toBe(
      "90.00",
    );
  });
});
