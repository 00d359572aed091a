import { describe, expect, it } from "vitest";
import { deductionsForPeriod, type EnrollmentForPayroll } from "../../../../src/core/benefits/deductions";
import { hsa, k401, life, ppoGold } from "./fixtures";

const base = { employeeId: "emp-1", effectiveTo: null } as const;

describe("deductionsForPeriod", () => {
  it("deducts the tier's employee cost pre-tax and records employee + employer premium for the carrier", () => {
    const e: EnrollmentForPayroll = {
      ...base,
      enrollmentId: "en-1",
      plan: ppoGold,
      tier: "employee_spouse",
      effectiveFrom: "2026-01-01",
      deductedThrough: "2026-01-10",
    };
    const out = deductionsForPeriod([e], "2026-01-11", "2026-01-24");
    expect(out.deductions).toEqual([
      {
        employeeId: "emp-1",
        code: "section125_medical",
        amount: "260.00",
        preTax: true,
        planCode: "PPO-GOLD",
        enrollmentId: "en-1",
        kind: "current",
      },
    ]);
    expect(out.premiumLiabilities[0]).toMatchObject({
      carrier: "Keystone Health",
      employee: "260.00",
      employer: "900.00",
      total: "1160.00",
    });
    expect(out.retroCatchUps).toEqual([]);
  });

  it("charges nothing when coverage is not in force on the period's last day", () => {
    const e: EnrollmentForPayroll = {
      ...base,
      enrollmentId: "en-1",
      plan: ppoGold,
      tier: "employee",
      effectiveFrom: "2026-02-01",
    };
    expect(deductionsForPeriod([e], "2026-01-11", "2026-01-24").deductions).toEqual([]);
  });

  it("catches up every missed biweekly period when coverage started before this payroll", () => {
    const e: EnrollmentForPayroll = {
      ...base,
      enrollmentId: "en-1",
      plan: ppoGold,
      tier: "employee",
      effectiveFrom: "2026-01-01",
      deductedThrough: null,
    };
    // Periods ending 2026-01-10 and 2026-01-24 were missed; this one is 2026-01-25..2026-02-07.
    const out = deductionsForPeriod([e], "2026-01-25", "2026-02-07");
    expect(out.retroCatchUps).toEqual([
      {
        employeeId: "emp-1",
        enrollmentId: "en-1",
        planCode: "PPO-GOLD",
        periods: [
          { start: "2025-12-28", end: "2026-01-10" },
          { start: "2026-01-11", end: "2026-01-24" },
        ],
        employee: "240.00",
        employer: "960.00",
      },
    ]);
    expect(out.deductions.map((d) => [d.kind, d.amount])).toEqual([
      ["current", "120.00"],
      ["retro_catch_up", "240.00"],
    ]);
    expect(out.premiumLiabilities.map((p) => p.total)).toEqual(["600.00", "1200.00"]);
  });

  it("catches up only the difference after a birth moves the tier retroactively", () => {
    const e: EnrollmentForPayroll = {
      ...base,
      enrollmentId: "en-2",
      plan: ppoGold,
      tier: "family",
      effectiveFrom: "2026-01-05",
      deductedThrough: null,
      replacedCost: { employee: "260.00", employer: "900.00" },
    };
    const out = deductionsForPeriod([e], "2026-01-25", "2026-02-07");
    expect(out.retroCatchUps[0]?.employee).toBe("240.00"); // 2 × (380 − 260)
    expect(out.retroCatchUps[0]?.employer).toBe("640.00"); // 2 × (1220 − 900)
  });

  it("does not catch up periods already deducted", () => {
    const e: EnrollmentForPayroll = {
      ...base,
      enrollmentId: "en-1",
      plan: ppoGold,
      tier: "employee",
      effectiveFrom: "2026-01-01",
      deductedThrough: "2026-01-24",
    };
    expect(deductionsForPeriod([e], "2026-01-25", "2026-02-07").retroCatchUps).toEqual([]);
  });

  it("spreads an HSA annual election over the periods and adds the employer's contribution", () => {
    const e: EnrollmentForPayroll = {
      ...base,
      enrollmentId: "en-h",
      plan: hsa,
      tier: "family",
      effectiveFrom: "2026-01-01",
      contribution: { annual: "2600" },
      deductedThrough: "2026-01-10",
    };
    const out = deductionsForPeriod([e], "2026-01-11", "2026-01-24");
    expect(out.deductions[0]).toMatchObject({ code: "hsa_section125", amount: "100.00", preTax: true });
    expect(out.employerContributions[0]).toMatchObject({ amount: "38.46" });
    expect(out.premiumLiabilities).toEqual([]);
  });

  it("passes a 401(k) percent election through as a percent line", () => {
    const e: EnrollmentForPayroll = {
      ...base,
      enrollmentId: "en-k",
      plan: k401,
      tier: "employee",
      effectiveFrom: "2025-01-01",
      contribution: { percent: "6" },
    };
    const out = deductionsForPeriod([e], "2026-01-01", "2026-01-15", { payFrequency: "semimonthly" });
    expect(out.deductions).toEqual([
      expect.objectContaining({ code: "401k", percent: "6", preTax: true, kind: "current" }),
    ]);
    expect(out.retroCatchUps).toEqual([]);
  });

  it("deducts life insurance after tax by default", () => {
    const e: EnrollmentForPayroll = {
      ...base,
      enrollmentId: "en-l",
      plan: life,
      tier: "employee",
      effectiveFrom: "2026-01-01",
      deductedThrough: "2026-01-31",
    };
    const out = deductionsForPeriod([e], "2026-02-01", "2026-02-28");
    expect(out.deductions[0]).toMatchObject({ code: "life_post_tax", amount: "4.50", preTax: false });
  });

  it("uses the post-tax medical code when the plan is not under §125", () => {
    const post = { ...ppoGold, rules: { preTax: false } };
    const e: EnrollmentForPayroll = {
      ...base,
      enrollmentId: "en-1",
      plan: post,
      tier: "employee",
      effectiveFrom: "2026-01-01",
      deductedThrough: "2026-01-10",
    };
    expect(deductionsForPeriod([e], "2026-01-11", "2026-01-24").deductions[0]).toMatchObject({
      code: "medical_post_tax",
      preTax: false,
    });
  });

  it("walks semimonthly periods back across month ends", () => {
    const e: EnrollmentForPayroll = {
      ...base,
      enrollmentId: "en-1",
      plan: ppoGold,
      tier: "employee",
      effectiveFrom: "2026-02-01",
    };
    const out = deductionsForPeriod([e], "2026-03-01", "2026-03-15", { payFrequency: "semimonthly" });
    expect(out.retroCatchUps[0]?.periods).toEqual([
      { start: "2026-02-01", end: "2026-02-15" },
      { start: "2026-02-16", end: "2026-02-28" },
    ]);
  });
});

describe("deductionsForPeriod with an HSA-qualified medical plan", () => {
  it("adds the employer's HSA seed money for the tier as an employer contribution", () => {
    const hdhp = { ...ppoGold, code: "HDHP-HSA", rules: { employerContribution: { employee: "19.23" } } };
    const out = deductionsForPeriod(
      [
        {
          employeeId: "emp-1",
          enrollmentId: "en-1",
          plan: hdhp,
          tier: "employee",
          effectiveFrom: "2026-01-01",
          effectiveTo: null,
          deductedThrough: "2026-01-10",
        },
      ],
      "2026-01-11",
      "2026-01-24",
    );
    expect(out.employerContributions).toEqual([
      { employeeId: "emp-1", planCode: "HDHP-HSA", enrollmentId: "en-1", amount: "19.23", kind: "current" },
    ]);
    expect(out.premiumLiabilities[0]?.total).toBe("600.00");
  });
});
