import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../../src/core/payroll/compute-paycheck";
import type { FederalW4Input } from "../../../../../src/core/payroll/paycheck-input";
import { salaryInput } from "../helpers";

type Vector = {
  name: string;
  payDate: string;
  payFrequency: "weekly" | "biweekly" | "semimonthly" | "monthly";
  wages: string;
  federalW4: FederalW4Input;
  worksheet: Record<string, string>;
  expected: string;
};

const { vectors } = JSON.parse(
  readFileSync(new URL("../../../../vectors/pub15t-worksheet-1a.json", import.meta.url), "utf8"),
) as { vectors: Vector[] };

describe("federal income tax withholding (Pub 15-T Worksheet 1A)", () => {
  it("covers every filing status and both W-4 versions in 2021, 2025 and 2026", () => {
    const seen = new Set(
      vectors.map((v) => `${v.payDate.slice(0, 4)} ${v.federalW4.version} ${v.federalW4.filingStatus}`),
    );
    for (const year of ["2021", "2025", "2026"]) {
      for (const fs of ["single", "married_jointly", "married_separately", "head_of_household"])
        expect(seen.has(`${year} 2020 ${fs}`)).toBe(true);
      for (const fs of ["single", "married"]) expect(seen.has(`${year} 2019 ${fs}`)).toBe(true);
    }
  });

  it.each(vectors.map((v) => [v.name, v] as const))(
    "reproduces the worksheet to the cent: %s",
    (_name, v) => {
      // The vector's own arithmetic is consistent: line 1c = 1a × 1b (hand-checkable data).
      if (v.worksheet["1a"]) {
        expect(new Decimal(v.worksheet["1a"]).times(v.worksheet["1b"]!).equals(v.worksheet["1c"]!)).toBe(
          true,
        );
      }
      const result = computePaycheck(
        salaryInput(v.wages, { payDate: v.payDate, payFrequency: v.payFrequency, federalW4: v.federalW4 }),
      );
      expect(result.employeeTaxes.federalIncomeTax).toBe(v.expected);
    },
  );

  it("explains the contract example in plain words", () => {
    const r = computePaycheck(salaryInput("1323.00"));
    expect(r.explanation).toContain(
      "Federal income tax: annualized wages $68,796.00 − $8,600.00 standard adjustment = $60,196.00; 22% bracket over $57,900 (standard 2026 single table): $5,800.00 + $505.12 = $6,305.12 a year; ÷ 52 = $121.25.",
    );
  });

  it("uses the printed Step 2 table base, not one rebuilt from thresholds (2026 single 37% row: 96,489.63)", () => {
    // Annual 400,000 → 96,489.63 + 37% × (400,000 − 328,350) = 96,489.63 + 26,510.50 = 123,000.13; ÷ 12 = 10,250.0108
    const r = computePaycheck(
      salaryInput("33333.33", {
        payFrequency: "monthly",
        federalW4: { version: 2020, filingStatus: "single", step2Checkbox: true },
      }),
    );
    // Annual 399,999.96 → 96,489.63 + 0.37 × 71,649.96 = 123,000.1152; ÷ 12 = 10,250.0096
    expect(r.employeeTaxes.federalIncomeTax).toBe("10250.01");
  });

  it("refuses a pay date with no table instead of guessing", () => {
    expect(() => computePaycheck(salaryInput("1000.00", { payDate: "2023-06-15" }))).toThrow(
      expect.objectContaining({ code: "payroll.no_table_for_date" }),
    );
  });
});
