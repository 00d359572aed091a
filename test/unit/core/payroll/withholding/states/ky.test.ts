import { describe, expect, it } from "vitest";
import { kentucky } from "../../../../../../src/core/payroll/withholding/states/ky";
import { biweekly, moduleOn } from "./state-cases";

describe("Kentucky withholding (2026)", () => {
  it("taxes annual wages less the standard deduction at the flat rate", () => {
    // 2,000 × 26 = 52,000 − 3,360 = 48,640 × 3.5% = 1,702.40; ÷ 26 = 65.4769 → 65.48
    const r = biweekly("KY", "2000.00", {});
    expect(r.employeeTaxes.stateIncomeTax).toBe("65.48");
    expect(r.explanation.join("\n")).toContain("Kentucky income tax: annualized wages $52,000.00");
    // 500 × 26 = 13,000 − 3,360 = 9,640 × 3.5% = 337.40; ÷ 26 = 12.9769 → 12.98
    expect(biweekly("KY", "500.00", undefined).employeeTaxes.stateIncomeTax).toBe("12.98");
  });

  it("withholds nothing when exempt, and adds K-4 extra withholding", () => {
    expect(biweekly("KY", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(biweekly("KY", "2000.00", { extraWithholding: "10.00" }).employeeTaxes.stateIncomeTax).toBe(
      "75.48",
    );
  });

  it("refuses a 2027 pay date, naming the table", () => {
    expect(() => moduleOn(kentucky, "2027-01-08")).toThrow(/state\.KY\.withholding/);
  });
});
