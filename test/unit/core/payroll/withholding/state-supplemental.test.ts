import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../../src/core/payroll/paycheck-input";
import { pickDated } from "../../../../../src/core/tables/dated";
import { STATE_TABLES } from "../../../../../src/core/tables/states/state-tables";
import { STATE_SUPPLEMENTAL_RATES } from "../../../../../src/core/tables/states/supplemental-rates";

const bonusOnly = (over: Partial<PaycheckInput> = {}): PaycheckInput => ({
  payDate: "2026-03-13",
  payFrequency: "biweekly",
  earnings: [{ code: "bonus", amount: "5000.00" }],
  federalW4: { version: 2020, filingStatus: "single" },
  workState: "NY",
  ...over,
});

describe("state supplemental rates on request", () => {
  it("withholds a bonus paid alone at the state's flat supplemental rate, listed as unverified", () => {
    const r = computePaycheck(bonusOnly({ stateSupplementalMethod: "flat" }));
    const rate = STATE_SUPPLEMENTAL_RATES.NY![0]!.value.flatRate;
    expect(r.employeeTaxes.stateIncomeTax).toBe(new Decimal("5000").times(rate).toFixed(2));
    expect(r.employeeTaxes.stateIncomeTax).toBe("585.00");
    expect(r.explanation).toContain("New York income tax on supplemental pay: 11.7% of $5,000.00 = $585.00.");
    expect(r.unverifiedTables).toContain("state.NY.supplemental (from 2023-01-01, unverified)");
    // Listed with the other built-in state tables (aso tables list).
    expect(STATE_TABLES["state.NY.supplemental"]).toBe(STATE_SUPPLEMENTAL_RATES.NY);
  });

  it("taxes the regular wages by the state's method and the flat part at the rate, when asked for the flat method", () => {
    const earnings: PaycheckInput["earnings"] = [
      { code: "salary", amount: "3000.00" },
      { code: "bonus", amount: "1000.00" },
    ];
    const both = computePaycheck(
      bonusOnly({ earnings, supplementalMethod: "flat", stateSupplementalMethod: "flat" }),
    );
    const regular = computePaycheck(bonusOnly({ earnings: [{ code: "salary", amount: "3000.00" }] }));
    expect(both.employeeTaxes.stateIncomeTax).toBe(
      new Decimal(regular.employeeTaxes.stateIncomeTax).plus("117.00").toFixed(2),
    );
    expect(both.taxableWages.state).toBe("4000.00");
  });

  it("changes nothing without the field, for a state without a rate, or for an exempt certificate", () => {
    const today = computePaycheck(bonusOnly());
    expect(today.unverifiedTables ?? []).not.toContain("state.NY.supplemental (from 2023-01-01, unverified)");
    expect(today.employeeTaxes.stateIncomeTax).not.toBe("585.00");
    for (const over of [{ workState: "PA" }, { stateW4: { exempt: true } }] as Partial<PaycheckInput>[])
      expect(computePaycheck(bonusOnly({ ...over, stateSupplementalMethod: "flat" }))).toEqual(
        computePaycheck(bonusOnly(over)),
      );
  });

  it("takes a verified rate without listing it, and the rate in force on the pay date", () => {
    // OAR 150-316-0257(2): 8% from 1 Jan 2020; 9% before (kept unverified).
    const now = computePaycheck(bonusOnly({ workState: "OR", stateSupplementalMethod: "flat" }));
    expect(now.employeeTaxes.stateIncomeTax).toBe("400.00");
    expect((now.unverifiedTables ?? []).filter((t) => t.startsWith("state.OR.supplemental"))).toEqual([]);
    // No federal tables are loaded for 2019, so the rate in force then is read from the table itself.
    expect(pickDated(STATE_SUPPLEMENTAL_RATES.OR!, "2019-06-14")).toMatchObject({
      value: { flatRate: "0.09" },
      unverified: true,
    });
  });
});
