import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../../../src/core/money/decimal";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { southCarolina } from "../../../../../../src/core/payroll/withholding/states/sc";
import { TableLookup } from "../../../../../../src/core/tables/table-lookup";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input) => biweekly("SC", amount, stateW4);

describe("South Carolina withholding (2026)", () => {
  it("the WH-1603F worked example: $750 a week, 3 allowances", () => {
    // 39,000 − 12,930 (3 × 4,310) − 3,900 (10%, under 6,475) = 22,170; 13,350 × 3% + 5,490 × 6.5% = 757.35;
    // ÷ 52 = 14.5644 → 14.56
    const r = southCarolina.compute({
      payDate: "2026-03-06",
      payFrequency: "weekly",
      periodsPerYear: 52,
      wages: {
        gross: new Decimal(750),
        federal: new Decimal(750),
        fica: new Decimal(750),
        k401: new Decimal(0),
        hsa: new Decimal(0),
      },
      federalIncomeTax: new Decimal(0),
      stateW4: { allowances: 3 },
      federalW4: { version: 2020, filingStatus: "single" },
      tables: new TableLookup(),
    });
    expect(r.tax.toFixed(2)).toBe("14.56");
    expect(r.explanation).toContain(
      "South Carolina income tax: $39,000.00 a year − $3,900.00 standard deduction",
    );
  });

  it("2 allowances, $1,500 biweekly", () => {
    // 39,000 − 3,900 − 8,620 = 26,480; 400.50 + 9,800 × 6.5% = 1,037.50; ÷ 26 = 39.9038 → 39.90
    expect(pay("1500.00", { allowances: 2 }).employeeTaxes.stateIncomeTax).toBe("39.90");
  });

  it("1 allowance, $4,000 biweekly: the standard deduction is capped", () => {
    // 104,000 − 6,475 − 4,310 = 93,215; 400.50 + 76,535 × 6.5% = 5,375.275; ÷ 26 = 206.7413 → 206.74
    expect(pay("4000.00", { allowances: 1 }).employeeTaxes.stateIncomeTax).toBe("206.74");
  });

  it("withholds nothing when exempt, and adds SC W-4 extra withholding", () => {
    expect(pay("1500.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(pay("1500.00", { allowances: 2, extraWithholding: "10.00" }).employeeTaxes.stateIncomeTax).toBe(
      "49.90",
    );
  });

  it("with no SC W-4: no allowances and no standard deduction; refuses a 2027 pay date", () => {
    // 26,000: 400.50 + 9,320 × 6.5% = 1,006.30; ÷ 26 = 38.7038 → 38.70
    expect(moduleOn(southCarolina, "2026-12-31").tax.toFixed(2)).toBe("38.70");
    expect(() => moduleOn(southCarolina, "2027-01-08")).toThrow(/state\.SC\.withholding/);
  });
});
