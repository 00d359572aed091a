import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastParsePaycheckRequest } from "../../../../src/app/paycheck/fast-parse";
import { PaycheckRequestSchema } from "../../../../src/app/paycheck/paycheck-request.schema";
import { toPaycheckInput } from "../../../../src/app/paycheck/to-paycheck-input";
import { Decimal } from "../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";
import { transitDistrictProblem, transitDistrictTax } from "../../../../src/core/payroll/transit-districts";
import { TableLookup } from "../../../../src/core/tables/table-lookup";
import { isDomainError } from "../../../../src/errors/domain-error";

const check = (overrides: Partial<PaycheckInput> = {}): PaycheckInput => ({
  id: "transit",
  payDate: "2026-03-13",
  payFrequency: "biweekly",
  earnings: [{ code: "salary", amount: "3000.00" }],
  federalW4: { version: 2020, filingStatus: "single" },
  workState: "OR",
  localities: { transitDistrict: "OR:TRIMET" },
  ...overrides,
});

describe("Oregon transit district payroll taxes (employer-paid)", () => {
  it("charges TriMet's 2026 rate to the employer and leaves net pay as it was", () => {
    const withTax = computePaycheck(check());
    const without = computePaycheck(check({ localities: {} }));
    // 0.8237% × $3,000 = $24.711 → $24.71 (half-up per check).
    expect(withTax.employerLocalTaxes).toEqual([
      {
        code: "OR_TRIMET",
        name: "TriMet transit payroll tax",
        jurisdiction: "OR:TRIMET",
        wages: "3000.00",
        amount: "24.71",
      },
    ]);
    expect(withTax.net).toBe(without.net);
    expect(withTax.localTaxes ?? []).toEqual([]);
    expect(without.employerLocalTaxes).toBeUndefined();
    expect(withTax.explanation.some((l) => l.includes("not taken from your pay"))).toBe(true);
    expect((withTax.unverifiedTables ?? []).filter((t) => t.startsWith("local.OR.TRIMET"))).toEqual([]);
  });

  it("takes the rate in force on the pay date, and lists the inferred 2025 rate as unverified", () => {
    const wages = new Decimal("3000");
    // 0.8137% × $3,000 = $24.411 → $24.41 (the engine's federal tables start in 2025, so the 2024
    // rate is read through the district function itself).
    expect(
      transitDistrictTax("OR:TRIMET", wages, new TableLookup(), "2024-06-14").line.amount.toFixed(2),
    ).toBe("24.41");
    const lookup = new TableLookup();
    expect(transitDistrictTax("OR:TRIMET", wages, lookup, "2025-06-13").line.amount.toFixed(2)).toBe("24.71");
    expect(lookup.unverifiedTables()).toEqual(["local.OR.TRIMET.employer_tax (from 2025-01-01, unverified)"]);
  });

  it("taxes Medicare wages: Section 125 out, 401(k) deferrals in", () => {
    const result = computePaycheck(
      check({
        localities: { transitDistrict: "or:ltd" },
        deductions: [
          { code: "section125_medical", amount: "200.00" },
          { code: "401k", amount: "300.00" },
        ],
      }),
    );
    // Lane Transit District 0.80% × ($3,000 − $200) = $22.40.
    expect(result.employerLocalTaxes).toEqual([
      {
        code: "OR_LTD",
        name: "Lane Transit District payroll tax",
        jurisdiction: "OR:LTD",
        wages: "2800.00",
        amount: "22.40",
      },
    ]);
  });

  it("refuses a district it does not know, naming the field and the value", () => {
    let caught: unknown;
    try {
      computePaycheck(check({ localities: { transitDistrict: "OR:SALEM" } }));
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught) && caught.code).toBe("payroll.unknown_locality");
    expect(String((caught as Error).message)).toContain(
      'localities.transitDistrict: unknown transit district "OR:SALEM"',
    );
    expect(transitDistrictProblem("OR:TRIMET")).toBeUndefined();
  });

  it("refuses a pay date before any rate is loaded rather than charging nothing", () => {
    let caught: unknown;
    try {
      transitDistrictTax("OR:LTD", new Decimal("3000"), new TableLookup(), "2024-06-14");
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught) && caught.code).toBe("payroll.no_table_for_date");
    expect(String((caught as Error).message)).toContain("local.OR.LTD.employer_tax");
  });

  it("is the rate times the wages, rounded half-up to cents, for any check", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), (cents) => {
        const amount = new Decimal(cents).dividedBy(100).toFixed(2);
        const line = computePaycheck(check({ earnings: [{ code: "salary", amount }] }))
          .employerLocalTaxes?.[0];
        const expected = new Decimal(amount)
          .times("0.008237")
          .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
          .toFixed(2);
        expect(line?.amount).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("reaches the engine from an `aso paycheck` request, by the schema and by the fast parser", () => {
    const raw = { ...check(), localities: { transitDistrict: " or:trimet " } };
    const bySchema = toPaycheckInput(PaycheckRequestSchema.parse(raw));
    const fast = fastParsePaycheckRequest(raw);
    expect(bySchema.localities?.transitDistrict).toBe("OR:TRIMET");
    expect(fast && toPaycheckInput(fast).localities?.transitDistrict).toBe("OR:TRIMET");
    expect(computePaycheck(bySchema).employerLocalTaxes?.[0]?.amount).toBe("24.71");
  });
});
