import { describe, expect, it } from "vitest";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";
import type { Dated } from "../../../../src/core/tables/dated";
import { TableLookup } from "../../../../src/core/tables/table-lookup";
import { FICA, type FicaYear } from "../../../../src/core/tables/us/fica";

const year = (effective: string, through: string | undefined, value: string): Dated<string> => ({
  effective,
  ...(through ? { through } : {}),
  value,
  source: `test ${effective}`,
});
const BUILT_IN = [year("2025-01-01", "2025-12-31", "a"), year("2026-01-01", "2026-12-31", "b")];

describe("TableLookup", () => {
  it("refuses a date no table covers, naming the table and how to load it", () => {
    const lookup = new TableLookup();
    expect(() => lookup.pick("federal.fica", BUILT_IN, "2027-01-08", "Social Security and Medicare")).toThrow(
      /no Social Security and Medicare table \(federal\.fica\) for pay date 2027-01-08: load it with `aso tables import FILE`/,
    );
  });

  it("carries the latest table forward only when asked, and marks it unverified", () => {
    const lookup = new TableLookup({ carryForward: true });
    expect(lookup.pick("federal.fica", BUILT_IN, "2027-01-08", "FICA")).toBe("b");
    expect(lookup.pick("federal.fica", BUILT_IN, "2026-06-01", "FICA")).toBe("b");
    expect(lookup.unverifiedTables()).toEqual(["federal.fica (2026 figures carried forward, unverified)"]);
  });

  it("prefers a loaded entry over a built-in one of the same date, and uses loaded years", () => {
    const imported = new Map([
      ["federal.fica", [year("2026-01-01", "2026-12-31", "B"), year("2027-01-01", undefined, "c")]],
    ]);
    const lookup = new TableLookup({ imported });
    expect(lookup.pick("federal.fica", BUILT_IN, "2026-03-01", "FICA")).toBe("B");
    expect(lookup.pick("federal.fica", BUILT_IN, "2027-03-01", "FICA")).toBe("c");
    expect(lookup.pick("federal.fica", BUILT_IN, "2025-03-01", "FICA")).toBe("a");
    expect(lookup.unverifiedTables()).toEqual([]);
  });

  it("lists a loaded table marked unverified", () => {
    const imported = new Map([
      ["federal.fica", [{ ...year("2027-01-01", undefined, "c"), unverified: true }]],
    ]);
    const lookup = new TableLookup({ imported });
    lookup.pick("federal.fica", BUILT_IN, "2027-03-01", "FICA");
    expect(lookup.unverifiedTables()).toEqual(["federal.fica (from 2027-01-01, unverified)"]);
  });
});

describe("computePaycheck in a year without built-in tables", () => {
  const input = (payDate: string): PaycheckInput => ({
    id: "x",
    payDate,
    payFrequency: "biweekly",
    earnings: [{ code: "salary", amount: "3000.00" }],
    federalW4: { version: 2020, filingStatus: "single" },
    workState: "TX",
  });

  it("is refused naming the missing table", () => {
    expect(() => computePaycheck(input("2027-01-08"))).toThrow(/federal\.income_tax.*aso tables import/);
  });

  it("with carry-forward gives 2026's figures and lists every table it carried", () => {
    const carried = computePaycheck(input("2027-01-08"), { carryForward: true });
    const in2026 = computePaycheck(input("2026-12-31"));
    expect(carried.net).toBe(in2026.net);
    expect(carried.employeeTaxes).toEqual(in2026.employeeTaxes);
    expect(carried.unverifiedTables).toEqual(
      expect.arrayContaining([
        "federal.income_tax (2026 figures carried forward, unverified)",
        "federal.fica (2026 figures carried forward, unverified)",
        "federal.benefit_limits (2026 figures carried forward, unverified)",
      ]),
    );
    expect(in2026.unverifiedTables).toBeUndefined();
  });

  it("with a loaded 2027 FICA table applies its wage base", () => {
    const fica2026 = FICA.find((e) => e.effective === "2026-01-01")!;
    const fica2027: Dated<FicaYear> = {
      effective: "2027-01-01",
      source: "test: a 2027 wage base",
      value: { ...fica2026.value, socialSecurityWageBase: "190000" },
    };
    const near = {
      ...input("2027-01-08"),
      ytd: { socialSecurityWages: "188000.00", medicareWages: "188000.00" },
    };
    const result = computePaycheck(near, {
      imported: new Map([["federal.fica", [fica2027]]]),
      carryForward: true,
    });
    // 2,000.00 of the 3,000.00 is under the 2027 base (190,000 − 188,000); 6.2% of it.
    expect(result.taxableWages.socialSecurity).toBe("2000.00");
    expect(result.employeeTaxes.socialSecurity).toBe("124.00");
    expect(result.unverifiedTables?.some((t) => t.startsWith("federal.fica"))).toBe(false);
    expect(result.unverifiedTables?.some((t) => t.startsWith("federal.income_tax"))).toBe(true);
  });
});
