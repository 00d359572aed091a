import { describe, expect, it } from "vitest";
import { toPaycheckFigures } from "../../../../src/app/payroll/build-paycheck-input";
import { explainPaycheckChange } from "../../../../src/app/payroll/paycheck-queries";
import type { PayrollDeps } from "../../../../src/app/payroll/payroll-deps";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";
import type { Actor } from "../../../../src/core/policy/actor";
import type { StoredPaycheck } from "../../../../src/db/payroll-run-repository";

const employee: Actor = {
  kind: "employee",
  employeeId: "e1",
  clientId: "c1",
  roles: ["employee"],
  name: "Alex",
  timezone: "America/New_York",
};

function stored(input: PaycheckInput): StoredPaycheck {
  const result = computePaycheck(input);
  const figures = toPaycheckFigures({ employerContributions: [], ytdMedicareWagesBefore: "0" }, result, {
    employeeId: "e1",
    payDate: input.payDate,
    periodStart: input.payDate,
    periodEnd: input.payDate,
    workState: input.workState ?? "",
  });
  return {
    id: input.payDate,
    runId: "r",
    payDate: input.payDate,
    figures,
    explanation: [],
    basis: { input },
  };
}

const base = (payDate: string, earnings: PaycheckInput["earnings"]): PaycheckInput => ({
  payDate,
  payFrequency: "biweekly",
  earnings,
  federalW4: { version: 2020, filingStatus: "single" },
  workState: "PA",
  deductions: [
    { code: "401k", percent: "5" },
    { code: "section125_dental", amount: "12.00" },
  ],
});

const depsWith = (newestFirst: StoredPaycheck[]) =>
  ({
    runs: { latestPaychecks: async (_id: string, take: number) => newestFirst.slice(0, take) },
  }) as unknown as PayrollDeps;

describe("“why was my last paycheck smaller?”", () => {
  it("says honestly that a check 1¢ larger is essentially the same, and why", async () => {
    // The same 80 hours, once paid as two 40-hour lines (each rounded to the cent), once as one line.
    const rate = "28.111125";
    const before = stored(
      base("2026-02-27", [
        { code: "regular", hours: "40", rate },
        { code: "regular", hours: "40", rate },
      ]),
    );
    const after = stored(base("2026-03-13", [{ code: "regular", hours: "80", rate }]));
    const answer = await explainPaycheckChange(depsWith([after, before]), employee);
    const text = JSON.stringify(answer.reply);
    expect(text).toContain("was 1¢ larger than the one of 2026-02-27");
    expect(text).toContain("essentially the same");
    expect(text).toContain("rounding");
    expect(text).not.toContain("smaller than");
  });

  it("names the cause and shows the lines when hours fell", async () => {
    const before = stored(base("2026-02-27", [{ code: "regular", hours: "80", rate: "30.00" }]));
    const after = stored(base("2026-03-13", [{ code: "regular", hours: "72", rate: "30.00" }]));
    const answer = await explainPaycheckChange(depsWith([after, before]), employee);
    expect(answer.causes.map((c) => c.kind)).toEqual(["hours"]);
    const text = JSON.stringify(answer.reply);
    expect(text).toContain("smaller than the one of 2026-02-27");
    expect(text).toContain("You were paid for 72 regular hours, against 80 before.");
    expect(text).toContain("Regular pay");
  });
});
