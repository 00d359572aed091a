import { describe, expect, it } from "vitest";
import { buildWorkersCompAudit, workersCompAuditCsv } from "../../../../src/core/ledger/workers-comp-audit";
import { paycheck } from "./fixtures";

const clerical = { classCode: "8810", ratePer100: "0.25", experienceMod: "0.90" };
const bakery = { classCode: "2003", ratePer100: "3.10", experienceMod: "0.90" };
const base = paycheck().taxableWages;
const wc = (amount: string) => ({ ...base, workersComp: amount });

const paychecks = [
  paycheck({
    employeeId: "e1",
    payDate: "2026-01-16",
    workersComp: clerical,
    taxableWages: wc("2000.00"),
    workersCompPremium: "4.50",
  }),
  paycheck({
    employeeId: "e2",
    payDate: "2026-01-16",
    workersComp: clerical,
    taxableWages: wc("1000.01"),
    workersCompPremium: "2.25",
  }),
  paycheck({
    employeeId: "e3",
    payDate: "2026-01-16",
    workersComp: bakery,
    taxableWages: wc("1500.00"),
    workersCompPremium: "41.85",
  }),
  // Stored before terms were recorded: read with the client's current terms.
  paycheck({
    employeeId: "e1",
    payDate: "2026-01-30",
    taxableWages: wc("2000.00"),
    workersCompPremium: "4.50",
  }),
  // Outside the policy period.
  paycheck({ employeeId: "e1", payDate: "2025-12-31", workersComp: clerical, taxableWages: wc("9999.00") }),
];

describe("buildWorkersCompAudit", () => {
  it("gives payroll and premium by state and class code, and the accrued premium beside it", () => {
    const audit = buildWorkersCompAudit({ from: "2026-01-01", to: "2026-12-31" }, paychecks, clerical);
    expect(audit.lines).toEqual([
      {
        state: "PA",
        classCode: "2003",
        ratePer100: "3.10",
        experienceMod: "0.90",
        employees: 1,
        payroll: "1500.00",
        manualPremium: "46.50",
        modifiedPremium: "41.85",
        accruedPremium: "41.85",
        difference: "0.00",
        termsRecorded: true,
      },
      {
        state: "PA",
        classCode: "8810",
        ratePer100: "0.25",
        experienceMod: "0.90",
        employees: 2,
        payroll: "5000.01",
        manualPremium: "12.50",
        // 5000.01 ÷ 100 × 0.25 × 0.90 = 11.2500225 → 11.25; the paychecks accrued 11.25.
        modifiedPremium: "11.25",
        accruedPremium: "11.25",
        difference: "0.00",
        termsRecorded: false,
      },
    ]);
    expect(audit.totals).toEqual({ payroll: "6500.01", modifiedPremium: "53.10", accruedPremium: "53.10" });
  });

  it("writes one CSV row per line under a header", () => {
    const audit = buildWorkersCompAudit({ from: "2026-01-01", to: "2026-12-31" }, paychecks, clerical);
    const csv = workersCompAuditCsv("12-3456789", audit).trimEnd().split("\n");
    expect(csv[0]).toBe(
      "client,from,to,state,class_code,rate_per_100,experience_mod,employees,payroll,manual_premium,modified_premium,accrued_premium,difference,terms_recorded",
    );
    expect(csv[2]).toBe(
      "12-3456789,2026-01-01,2026-12-31,PA,8810,0.25,0.90,2,5000.01,12.50,11.25,11.25,0.00,false",
    );
    expect(csv).toHaveLength(3);
  });
});
