import { describe, expect, it } from "vitest";
import {
  buildPaycheckInput,
  toPaycheckFigures,
  ytdDeltaOf,
} from "../../../../src/app/payroll/build-paycheck-input";
import { payrollSettingsOf } from "../../../../src/app/payroll/payroll-settings";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { PayableHours } from "../../../../src/core/timesheets/payable-hours";
import type { PayrollClient, PayrollEmployee } from "../../../../src/db/payroll-inputs-repository";
import { isDomainError } from "../../../../src/errors/domain-error";

const client: PayrollClient = {
  id: "c1",
  ein: "12-3456789",
  name: "Acme",
  state: "PA",
  payFrequency: "biweekly",
  sutaRate: "0.0307",
  sutaWageBase: "10000",
  workersComp: { classCode: "8810", ratePer100: "0.25", experienceMod: "1.00" },
  workweekStartDay: 0,
  timezone: "America/New_York",
  settings: {},
};

function employee(overrides: Partial<PayrollEmployee> = {}): PayrollEmployee {
  return {
    id: "e1",
    clientId: "c1",
    externalId: "E1",
    name: "Alex",
    email: "alex@acme.test",
    hireDate: "2024-01-01",
    terminationDate: null,
    workState: "PA",
    payType: "hourly",
    payRate: "25.00",
    federalW4: { version: 2020, filingStatus: "single" },
    stateW4: null,
    deductions: [{ code: "401k", percent: "6" }],
    ytd: { socialSecurityWages: "1000.00", medicareWages: "1000.00" },
    ytdYear: 2026,
    enrollments: [
      {
        planCode: "PPO",
        planType: "medical",
        planYear: 2026,
        tier: "family",
        tiers: { family: { employee: "150.00", employer: "500.00" } },
        effectiveFrom: "2026-01-01",
        effectiveTo: null,
      },
      {
        planCode: "OLD",
        planType: "dental",
        planYear: 2025,
        tier: "family",
        tiers: { family: { employee: "20.00", employer: "5.00" } },
        effectiveFrom: "2025-01-01",
        effectiveTo: "2025-12-31",
      },
    ],
    ...overrides,
  };
}

const hours: PayableHours = {
  rule: "flsa",
  days: [
    ["2026-01-05", "9"],
    ["2026-01-06", "9"],
    ["2026-01-07", "9"],
    ["2026-01-08", "9"],
    ["2026-01-09", "9"],
  ],
  regular: "40",
  overtime: "5",
  doubleTime: "0",
  flsaOvertime: "5",
  pto: { vacation: "8", sick: "0" },
  weeks: [],
};

const args = {
  client,
  settings: payrollSettingsOf({}),
  payDate: "2026-01-23",
  periodStart: "2026-01-04",
  periodEnd: "2026-01-17",
};

describe("building the engine request for a run's paycheck", () => {
  it("pays hourly employees from their approved days, PTO at the base rate outside the regular rate", () => {
    const plan = buildPaycheckInput({ ...args, employee: employee(), hours, postedYtd: undefined });
    expect(plan.input.timesheet).toMatchObject({ rate: "25.00", rule: "flsa", workweekStart: "2023-01-01" });
    expect(plan.input.earnings).toEqual([{ code: "bonus", amount: "200.00", nondiscretionary: false }]);
  });

  it("adds the employee share of current enrollments as §125 deductions and the employer share as contributions", () => {
    const plan = buildPaycheckInput({ ...args, employee: employee(), hours, postedYtd: undefined });
    expect(plan.input.deductions).toEqual([
      { code: "401k", percent: "6" },
      { code: "section125_medical", amount: "150.00" },
    ]);
    expect(plan.employerContributions).toEqual([{ code: "medical", amount: "500.00" }]);
  });

  it("passes the census birth date on, so the engine applies the catch-up for the age reached this year", () => {
    expect(
      buildPaycheckInput({ ...args, employee: employee(), hours, postedYtd: undefined }).input.birthDate,
    ).toBeUndefined();
    const plan = buildPaycheckInput({
      ...args,
      employee: employee({ birthDate: "1975-03-02" }),
      hours,
      postedYtd: undefined,
    });
    expect(plan.input.birthDate).toBe("1975-03-02");
  });

  it("adds census year-to-date figures of the same year to the posted ones", () => {
    const posted = {
      gross: "0",
      federalWages: "0",
      socialSecurityWages: "500.00",
      medicareWages: "500.00",
      futaWages: "500.00",
      sutaWages: "500.00",
      k401Deferrals: "30.00",
      hsa: "0",
      healthFsa: "0",
      dependentCareFsa: "0",
      socialSecurityTax: "31.00",
      supplementalWages: "0",
    };
    const plan = buildPaycheckInput({ ...args, employee: employee(), hours, postedYtd: posted });
    expect(plan.input.ytd).toMatchObject({
      socialSecurityWages: "1500.00",
      futaWages: "500.00",
      k401Deferrals: "30.00",
    });
    expect(plan.ytdMedicareWagesBefore).toBe("1500.00");
    // The census row (1,000.00 of wages) carries no tax: the posted 31.00 alone would understate the
    // year's tax, so none is passed and the engine rounds the check on its own.
    expect(plan.input.ytd?.socialSecurityTax).toBeUndefined();
    const posted2 = buildPaycheckInput({
      ...args,
      employee: employee({ ytd: { socialSecurityWages: "1000.00", socialSecurityTax: "62.00" } }),
      hours,
      postedYtd: posted,
    });
    expect(posted2.input.ytd).toMatchObject({ socialSecurityTax: "93.00", supplementalWages: "0.00" });
    // A new hire with nothing before this year's runs: the posted tax is the whole story.
    const newHire = buildPaycheckInput({
      ...args,
      employee: employee({ ytd: {} }),
      hours,
      postedYtd: posted,
    });
    expect(newHire.input.ytd?.socialSecurityTax).toBe("31.00");
    const lastYear = buildPaycheckInput({
      ...args,
      employee: employee({ ytdYear: 2025 }),
      hours,
      postedYtd: undefined,
    });
    expect(lastYear.input.ytd?.socialSecurityWages).toBe("0.00");
  });

  it("pays salaried employees their salary per period, and adjustment runs only their own lines", () => {
    const salaried = buildPaycheckInput({
      ...args,
      employee: employee({ payType: "salary", payRate: "3000.0000" }),
      hours: undefined,
      postedYtd: undefined,
    });
    expect(salaried.input.earnings).toEqual([{ code: "salary", amount: "3000.00" }]);
    const bonus = buildPaycheckInput({
      ...args,
      employee: employee(),
      hours,
      postedYtd: undefined,
      adjustmentLines: [{ code: "bonus", amount: "500.00" }],
    });
    expect(bonus.input.earnings).toEqual([{ code: "bonus", amount: "500.00", nondiscretionary: true }]);
    expect(bonus.input.deductions).toEqual([]);
    expect(bonus.input.timesheet).toBeUndefined();
  });

  it("passes arrears carried in to regular paychecks only, and keeps in the figures what was taken and carried", () => {
    const carried = [{ code: "roth_401k" as const, amount: "60.00" }];
    const regular = buildPaycheckInput({
      ...args,
      employee: employee({
        payType: "salary",
        payRate: "2000.00",
        deductions: [{ code: "roth_401k", amount: "100.00" }],
      }),
      hours: undefined,
      postedYtd: undefined,
      deductionArrears: carried,
    });
    expect(regular.input.deductionArrears).toEqual(carried);
    const adjustment = buildPaycheckInput({
      ...args,
      employee: employee(),
      hours,
      postedYtd: undefined,
      adjustmentLines: [{ code: "bonus", amount: "500.00" }],
      deductionArrears: carried,
    });
    expect(adjustment.input.deductionArrears).toBeUndefined();

    const context = {
      employeeId: "e1",
      payDate: args.payDate,
      periodStart: args.periodStart,
      periodEnd: args.periodEnd,
      workState: "PA",
    };
    const figures = toPaycheckFigures(regular, computePaycheck(regular.input), context);
    expect(figures.deductions.filter((d) => d.code === "roth_401k")).toEqual([
      { code: "roth_401k", amount: "100.00", preTax: false },
      { code: "roth_401k", amount: "60.00", preTax: false, arrears: true },
    ]);
    expect(figures.deductionArrears).toEqual({ carriedIn: carried, taken: carried, carriedOut: [] });
    // Roth lines, arrears included, are 401(k) deferrals of the year they are withheld in.
    expect(ytdDeltaOf(figures).k401Deferrals).toBe("160.00");

    const none = buildPaycheckInput({
      ...args,
      employee: employee(),
      hours,
      postedYtd: undefined,
      deductionArrears: [],
    });
    expect(toPaycheckFigures(none, computePaycheck(none.input), context).deductionArrears).toBeUndefined();
  });

  it("turns the engine result into ledger figures whose YTD delta follows the wage bases", () => {
    const plan = buildPaycheckInput({ ...args, employee: employee(), hours, postedYtd: undefined });
    const result = computePaycheck(plan.input);
    const figures = toPaycheckFigures(plan, result, {
      employeeId: "e1",
      payDate: args.payDate,
      periodStart: args.periodStart,
      periodEnd: args.periodEnd,
      workState: "PA",
    });
    expect(figures.flsaOvertimePremium).toBe(result.overtimePremium.flsaQualified);
    expect(figures.workersComp?.classCode).toBe(plan.input.employer!.workersComp!.classCode);
    expect(figures.workersComp?.ratePer100).toBe(plan.input.employer!.workersComp!.ratePer100);
    const delta = ytdDeltaOf(figures);
    expect(delta.socialSecurityWages).toBe(result.taxableWages.socialSecurity);
    expect(delta.k401Deferrals).toBe(result.deductions.find((d) => d.code === "401k")!.amount);
  });

  it("keeps the enrollments behind the premiums, and the hours, rates and limits in the figures", () => {
    const plan = buildPaycheckInput({ ...args, employee: employee(), hours, postedYtd: undefined });
    // The 2025 dental plan ended before the period: only the medical enrollment is behind a premium.
    expect(plan.benefits).toEqual([
      { planType: "medical", planCode: "PPO", tier: "family", employeeCost: "150.00" },
    ]);
    const capped = buildPaycheckInput({
      ...args,
      employee: employee({ ytd: { k401Deferrals: "24450" } }),
      hours,
      postedYtd: undefined,
    });
    const result = computePaycheck(capped.input);
    const figures = toPaycheckFigures(capped, result, {
      employeeId: "e1",
      payDate: args.payDate,
      periodStart: args.periodStart,
      periodEnd: args.periodEnd,
      workState: "PA",
    });
    expect(figures.earnings.find((e) => e.code === "overtime")).toMatchObject({ hours: "5", rate: "25" });
    expect(figures.deductions.find((d) => d.code === "401k")).toMatchObject({
      amount: "50.00",
      capped: true,
    });
  });

  it("refuses unreadable payroll settings naming the field", () => {
    expect(() => payrollSettingsOf({ payroll: { depositSchedule: "weekly" } })).toThrow(
      /settings.payroll.depositSchedule/,
    );
    try {
      payrollSettingsOf({ payroll: { payDateLagDays: -1 } });
    } catch (error) {
      expect(isDomainError(error, "input.invalid")).toBe(true);
    }
  });

  it("reads Delaware's eighth-monthly and Kansas's quad-monthly state frequencies, and still refuses a name no state uses", () => {
    expect(
      payrollSettingsOf({
        payroll: { stateDepositFrequencies: { DE: "eighth_monthly", KS: "quad_monthly", PA: "semimonthly" } },
      }).stateDepositFrequencies,
    ).toEqual({ DE: "eighth_monthly", KS: "quad_monthly", PA: "semimonthly" });
    expect(() =>
      payrollSettingsOf({ payroll: { stateDepositFrequencies: { DE: "eighth-monthly" } } }),
    ).toThrow(/settings.payroll.stateDepositFrequencies.DE/);
  });
});
