import { describe, expect, it } from "vitest";
import { computePaycheck } from "../../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../../src/core/payroll/paycheck-input";
import {
  exemptClaimExpires,
  federalW4InForce,
} from "../../../../../src/core/payroll/withholding/exempt-claim";

const check = (payDate: string, federalW4: PaycheckInput["federalW4"]): PaycheckInput => ({
  payDate,
  payFrequency: "biweekly",
  earnings: [{ code: "regular", hours: "80", rate: "30.00" }],
  federalW4,
  workState: "TX",
});

const exempt2025 = {
  version: 2020,
  filingStatus: "married_jointly",
  step3Credits: "4000",
  exempt: true,
  exemptExpires: exemptClaimExpires(2025),
} as const;

describe("an exempt W-4 claim", () => {
  it("lasts until February 15 of the next year", () => {
    expect(exemptClaimExpires(2026)).toBe("2027-02-15");
  });

  it("withholds nothing through its expiry date", () => {
    const result = computePaycheck(check("2026-02-13", exempt2025));
    expect(result.employeeTaxes.federalIncomeTax).toBe("0.00");
  });

  it("after it lapses withholds as Single with no adjustments, whatever else the form said", () => {
    const lapsed = computePaycheck(check("2026-02-27", exempt2025));
    const single = computePaycheck(check("2026-02-27", { version: 2020, filingStatus: "single" }));
    expect(lapsed.employeeTaxes.federalIncomeTax).toBe(single.employeeTaxes.federalIncomeTax);
    expect(lapsed.employeeTaxes.federalIncomeTax).not.toBe("0.00");
    expect(lapsed.explanation.join("\n")).toContain("lapsed on 2026-02-15");
  });

  it("without an expiry date is taken as given", () => {
    const { exemptExpires: _e, ...open } = exempt2025;
    expect(federalW4InForce(open, "2030-01-01").w4).toEqual(open);
  });
});
