import { describe, expect, it } from "vitest";
import { Money } from "../../../../src/core/money/money";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";
import { applyWhatIf } from "../../../../src/core/payroll/what-if";

const hourly: PaycheckInput = {
  id: "e1",
  payDate: "2026-03-13",
  payFrequency: "biweekly",
  earnings: [{ code: "regular", hours: "80", rate: "30.00" }],
  federalW4: { version: 2020, filingStatus: "single", step4cExtraWithholding: "10" },
  workState: "PA",
  deductions: [
    { code: "401k", percent: "5" },
    { code: "section125_dental", amount: "12.00" },
  ],
};

describe("applyWhatIf", () => {
  it("sets the 401(k) percent and keeps the other deductions", () => {
    const changed = applyWhatIf(hourly, { kind: "401k_percent", percent: "10" }, 26);
    expect(changed.deductions).toEqual([
      { code: "section125_dental", amount: "12.00" },
      { code: "401k", percent: "10" },
    ]);
    const result = computePaycheck(changed);
    expect(result.deductions.find((d) => d.code === "401k")?.amount).toBe("240.00");
  });

  it("changes only the filing status of a 2020 W-4", () => {
    const changed = applyWhatIf(hourly, { kind: "filing_status", filingStatus: "married_jointly" }, 26);
    expect(changed.federalW4).toEqual({
      version: 2020,
      filingStatus: "married_jointly",
      step4cExtraWithholding: "10",
    });
  });

  it("pays extra overtime hours at time and a half of the hourly rate", () => {
    const changed = applyWhatIf(hourly, { kind: "overtime_hours", hours: "6" }, 26);
    const gain = Money.of(computePaycheck(changed).gross).minus(Money.of(computePaycheck(hourly).gross));
    expect(gain.toFixed()).toBe("270.00");
  });

  it("adds overtime to a timesheet's own overtime", () => {
    const days = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"].map(
      (d) => [d, "9"] as [string, string],
    );
    const input: PaycheckInput = {
      ...hourly,
      earnings: [],
      timesheet: { rate: "20.00", rule: "flsa", workweekStart: "2026-03-01", days },
    };
    const changed = applyWhatIf(input, { kind: "overtime_hours", hours: "2" }, 26);
    expect(changed.timesheet).toBeUndefined();
    expect(changed.earnings).toEqual([
      { code: "regular", hours: "40.00", rate: "20.00" },
      { code: "overtime", hours: "7.00", rate: "20.00" },
    ]);
    expect(computePaycheck(changed).gross).toBe("1010.00");
  });

  it("pays a salaried employee's overtime from the salary's hourly rate", () => {
    const input: PaycheckInput = { ...hourly, earnings: [{ code: "salary", amount: "2000.00" }] };
    const changed = applyWhatIf(input, { kind: "overtime_hours", hours: "4" }, 26);
    // $2,000 over 80 hours = $25.00 an hour; 4 hours at 1.5 × $25.00.
    const gain = Money.of(computePaycheck(changed).gross).minus(Money.of(computePaycheck(input).gross));
    expect(gain.toFixed()).toBe("150.00");
  });

  it("refuses overtime on a check with no hourly or salary pay", () => {
    const input: PaycheckInput = { ...hourly, earnings: [{ code: "bonus", amount: "500.00" }] };
    expect(() => applyWhatIf(input, { kind: "overtime_hours", hours: "4" }, 26)).toThrow(/hours/);
  });

  it("moves the employee's home locality, keeping the work locality, and the engine taxes the new home", () => {
    const ny: PaycheckInput = { ...hourly, workState: "NY", localities: { home: "NY:NYC", work: "NY:NYC" } };
    const moved = applyWhatIf(ny, { kind: "home_locality", home: null }, 26);
    expect(moved.localities).toEqual({ work: "NY:NYC" });
    const before = computePaycheck(ny);
    const after = computePaycheck(moved);
    expect((before.localTaxes ?? []).some((t) => t.code === "NYC_RESIDENT")).toBe(true);
    expect((after.localTaxes ?? []).some((t) => t.code === "NYC_RESIDENT")).toBe(false);
    expect(Money.of(after.net).greaterThan(Money.of(before.net))).toBe(true);
    const back = applyWhatIf(moved, { kind: "home_locality", home: "NY:NYC" }, 26);
    expect(computePaycheck(back).net).toBe(before.net);
  });
});
