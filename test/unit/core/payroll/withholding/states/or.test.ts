import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../../../src/core/money/decimal";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { oregon } from "../../../../../../src/core/payroll/withholding/states/or";
import { TableLookup } from "../../../../../../src/core/tables/table-lookup";
import { biweekly, moduleOn } from "./state-cases";

/** The module alone, biweekly in 2026, with the period's federal income tax given. */
const compute = (wages: string, federalTax: string, stateW4: StateW4Input | undefined) =>
  oregon.compute({
    payDate: "2026-03-06",
    payFrequency: "biweekly",
    periodsPerYear: 26,
    wages: {
      gross: new Decimal(wages),
      federal: new Decimal(wages),
      fica: new Decimal(wages),
      k401: new Decimal(0),
      hsa: new Decimal(0),
    },
    federalIncomeTax: new Decimal(federalTax),
    stateW4,
    federalW4: { version: 2020, filingStatus: "single" },
    tables: new TableLookup(),
  });

describe("Oregon withholding (2026)", () => {
  it("single, 1 allowance, $1,500 biweekly with $100 federal tax (wages up to $50,000)", () => {
    // 39,000 − 2,600 federal − 2,910 = 33,490; 4,550 × 4.75% + 6,850 × 6.75% + 22,090 × 8.75% = 2,611.375;
    // + 263 (lower table) − 1 × 263 = 2,611.375; ÷ 26 = 100.4375 → 100.44
    const r = compute("1500", "100", { filingStatus: "single", allowances: 1 });
    expect(r.tax.toFixed(2)).toBe("100.44");
    expect(r.explanation).toContain("Oregon income tax (single schedule)");
  });

  it("married, 2 allowances, $5,000 biweekly: federal subtraction capped at $8,750", () => {
    // 130,000 − 8,750 − 5,820 = 115,430; 9,100 × 4.75% + 13,700 × 6.75% + 92,630 × 8.75% = 9,462.125;
    // − 2 × 263 = 8,936.125; ÷ 26 = 343.6971 → 343.70
    expect(compute("5000", "500", { filingStatus: "married", allowances: 2 }).tax.toFixed(2)).toBe("343.70");
  });

  it("single over $125,000: the federal subtraction phases out", () => {
    // 130,000: cap 5,250; 130,000 − 5,250 − 2,910 = 121,840; 216.125 + 462.375 + 110,440 × 8.75% = 10,342;
    // ÷ 26 = 397.7692 → 397.77
    expect(compute("5000", "500", { filingStatus: "single" }).tax.toFixed(2)).toBe("397.77");
  });

  it("withholds nothing when exempt, and adds OR-W-4 extra withholding", () => {
    expect(biweekly("OR", "2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(compute("1500", "100", { allowances: 1, extraWithholding: "15.00" }).tax.toFixed(2)).toBe(
      "115.44",
    );
  });

  it("refuses a 2027 pay date", () => {
    expect(() => moduleOn(oregon, "2027-01-08")).toThrow(/state\.OR\.withholding/);
  });
});
