import { describe, expect, it } from "vitest";
import { computePtoAccrual } from "../../../../src/core/pto/accrual";
import { resolvePtoPolicy } from "../../../../src/core/pto/pto-policy";

const policy = resolvePtoPolicy({
  types: {
    vacation: {
      tiers: [
        { minTenureMonths: 0, hoursPerPeriod: "3.08" },
        { minTenureMonths: 60, hoursPerPeriod: "4.62" },
      ],
      maxBalanceHours: "100",
    },
  },
});
const period = { periodStart: "2026-11-08", periodEnd: "2026-11-21", payFrequency: "biweekly" as const };

describe("computePtoAccrual", () => {
  it("accrues the first tier's hours before five years of service", () => {
    const a = computePtoAccrual({
      policy,
      type: "vacation",
      hireDate: "2021-11-22",
      balance: "10",
      ...period,
    });
    expect(a).toMatchObject({ hours: "3.08", tenureMonths: 59, capped: false });
  });

  it("moves to the next tier on the fifth anniversary", () => {
    const a = computePtoAccrual({
      policy,
      type: "vacation",
      hireDate: "2021-11-21",
      balance: "10",
      ...period,
    });
    expect(a).toMatchObject({ hours: "4.62", tenureMonths: 60 });
  });

  it("tops up to the cap but never beyond it", () => {
    const a = computePtoAccrual({
      policy,
      type: "vacation",
      hireDate: "2025-01-01",
      balance: "99",
      ...period,
    });
    expect(a).toMatchObject({ hours: "1", capped: true });
    const full = computePtoAccrual({
      policy,
      type: "vacation",
      hireDate: "2025-01-01",
      balance: "100",
      ...period,
    });
    expect(full.hours).toBe("0");
  });

  it("accrues nothing before the hire date or after termination", () => {
    expect(
      computePtoAccrual({ policy, type: "vacation", hireDate: "2026-12-01", balance: "0", ...period }).hours,
    ).toBe("0");
    expect(
      computePtoAccrual({
        policy,
        type: "vacation",
        hireDate: "2020-01-01",
        terminationDate: "2026-11-01",
        balance: "0",
        ...period,
      }).hours,
    ).toBe("0");
  });

  it("spreads the default hours per year over the pay periods, rounded to hundredths", () => {
    const defaults = resolvePtoPolicy(undefined);
    const a = computePtoAccrual({
      policy: defaults,
      type: "vacation",
      hireDate: "2025-01-01",
      balance: "0",
      ...period,
    });
    expect(a.hours).toBe("3.08"); // 80 / 26 = 3.0769…
    const sick = computePtoAccrual({
      policy: defaults,
      type: "sick",
      hireDate: "2025-01-01",
      balance: "0",
      ...period,
      payFrequency: "weekly",
    });
    expect(sick.hours).toBe("0.77"); // 40 / 52 = 0.769…
  });
});

describe("resolvePtoPolicy", () => {
  it("keeps defaults for what the client leaves out", () => {
    const p = resolvePtoPolicy({ allowNegativeBalance: true });
    expect(p.allowNegativeBalance).toBe(true);
    expect(p.types.sick.maxBalanceHours).toBe("80");
    expect(p.types.vacation.tiers).toHaveLength(2);
  });
});
