import { describe, expect, it } from "vitest";
import { biweekly } from "./state-cases";

describe("Arizona withholding (2026)", () => {
  it("withholds the default A-4 percentage of wages", () => {
    // 2,000 × 2% = 40.00
    const r = biweekly("AZ", "2000.00", undefined);
    expect(r.employeeTaxes.stateIncomeTax).toBe("40.00");
    expect(r.explanation.join("\n")).toContain("Arizona income tax: 2% (Arizona's rate when no other A-4");
    // 1,234.56 × 2% = 24.6912 → 24.69
    expect(biweekly("AZ", "1234.56", {}).employeeTaxes.stateIncomeTax).toBe("24.69");
  });

  it("withholds nothing on the zero election, and adds A-4 extra withholding", () => {
    expect(biweekly("AZ", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(biweekly("AZ", "2000.00", { extraWithholding: "7.50" }).employeeTaxes.stateIncomeTax).toBe(
      "47.50",
    );
  });
});
