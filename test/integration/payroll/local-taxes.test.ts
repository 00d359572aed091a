import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { approvePayRun } from "../../../src/app/payroll/approve-pay-run";
import { excludeEmployees } from "../../../src/app/payroll/manage-pay-run";
import { liabilitiesReport } from "../../../src/app/payroll/payroll-reports";
import { openPayrollSession, type PayrollSession } from "../../../src/app/payroll/payroll-session";
import { startPayRun } from "../../../src/app/payroll/start-pay-run";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import { Money } from "../../../src/core/money/money";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const EIN = "23-4567890";
const system = { kind: "system", name: "test" } as const;

describe("local taxes in a pay run", () => {
  let db: TestDatabase;
  let session: PayrollSession;
  let employeeIds: string[];
  const clock = fixedClock("2026-01-20T15:00:00Z");
  const ref = { clientEin: EIN, periodEnd: "2026-01-17" };

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ employeeIds } = await seedPayrollClient(db, { ein: EIN, employees: 3, periodEnd: "2026-01-17" }));
    // A Pittsburgh resident who works there; a code no longer known (written past the census check);
    // the third employee has only an Oregon transit district (an employer-paid tax, nothing withheld).
    await db.prisma.employee.update({
      where: { id: employeeIds[2]! },
      data: { localities: { transitDistrict: "OR:TRIMET" } },
    });
    await db.prisma.employee.update({
      where: { id: employeeIds[0]! },
      data: { localities: { home: "PA:700102", work: "PA:700102" } },
    });
    await db.prisma.employee.update({
      where: { id: employeeIds[1]! },
      data: { localities: { home: "PA:999999" } },
    });
    session = await openPayrollSession(loadEnv(), {
      clock,
      queue: true,
      db,
      prefix: `t${randomUUID().replaceAll("-", "").slice(0, 12)}`,
    });
  });
  afterAll(async () => {
    await session?.close();
    await db?.cleanup();
  });

  it("withholds the census localities' taxes, and fails only the paycheck whose code is unknown", async () => {
    const run = await startPayRun({ ...session.deps, queue: session.queue! }, system, {
      ...ref,
      payDate: "2026-01-23",
    });
    const done = await watchPayRun(session.deps, run.id, () => {}, { pollMs: 50 });
    expect(done.status).toBe("calculated");
    expect(await session.deps.runs.errors(run.id)).toEqual([
      {
        employeeId: employeeIds[1],
        errorCode: "payroll.unknown_locality",
        error: expect.stringContaining('"PA:999999" in localities.home'),
      },
    ]);
    const paychecks = await db.prisma.paycheck.findMany({ where: { runId: run.id, status: "calculated" } });
    const figures = new Map(
      paychecks.map((p) => [
        p.employeeId,
        p.figures as {
          localTaxes?: { code: string; amount: string }[];
          employerLocalTaxes?: { code: string; amount: string; wages: string }[];
        },
      ]),
    );
    const pittsburgh = figures.get(employeeIds[0]!)!;
    expect(pittsburgh.localTaxes?.map((l) => l.code)).toEqual(["PA_EIT", "PA_LST"]);
    // $52 a year over 26 biweekly periods.
    expect(pittsburgh.localTaxes?.[1]?.amount).toBe("2.00");
    const transit = figures.get(employeeIds[2]!)!;
    expect(transit.localTaxes ?? []).toEqual([]);
    expect(transit.employerLocalTaxes?.map((l) => l.code)).toEqual(["OR_TRIMET"]);
    const trimet = transit.employerLocalTaxes![0]!;
    // 0.8237% of the Medicare wages, half-up to cents.
    expect(trimet.amount).toBe(Money.of(trimet.wages).times("0.008237").toFixed());
  });

  it("posts the local taxes as the client's liabilities and counts the LST in year-to-date", async () => {
    await excludeEmployees(session.deps, system, { ...ref, employeeIds: [employeeIds[1]!] });
    const approved = await approvePayRun(session.deps, system, ref);
    expect(approved.run.status).toBe("posted");
    const report = await liabilitiesReport(session.deps, system, {
      clientEin: EIN,
      from: "2026-01-01",
      to: "2026-03-31",
    });
    expect(report.totals.debit).toBe(report.totals.credit);
    const local = report.accounts.find((a) => a.account === "local_taxes_payable");
    const paycheck = await db.prisma.paycheck.findFirstOrThrow({
      where: { employeeId: employeeIds[0]!, status: { not: "error" } },
    });
    const taxes = (paycheck.figures as { localTaxes: { amount: string }[] }).localTaxes;
    const transitPaycheck = await db.prisma.paycheck.findFirstOrThrow({
      where: { employeeId: employeeIds[2]!, status: { not: "error" } },
    });
    const transit = (transitPaycheck.figures as { employerLocalTaxes: { amount: string }[] })
      .employerLocalTaxes;
    // The withheld local taxes and the employer's transit tax, each owed to its collector.
    const owed = [...taxes, ...transit].reduce((a, l) => a.plus(Money.of(l.amount)), Money.zero()).toFixed();
    expect(local?.credit).toBe(owed);
    const ytd = await db.prisma.payrollYtd.findFirstOrThrow({ where: { employeeId: employeeIds[0]! } });
    expect(ytd.localServicesTax.toFixed(2)).toBe("2.00");
  });
});
