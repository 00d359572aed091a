import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { approvePayRun } from "../../../src/app/payroll/approve-pay-run";
import { recalculateErrors } from "../../../src/app/payroll/manage-pay-run";
import { form941Report } from "../../../src/app/payroll/payroll-reports";
import { openPayrollSession, type PayrollSession } from "../../../src/app/payroll/payroll-session";
import { startPayRun } from "../../../src/app/payroll/start-pay-run";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { setTableCarryForward } from "../../../src/app/tables/carry-forward";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const EIN = "47-1000027";
const system = { kind: "system", name: "test" } as const;

/** The first January pay run of a year whose tables the release does not carry. */
describe("a pay run paid in a year without tables", () => {
  let db: TestDatabase;
  let session: PayrollSession;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedPayrollClient(db, { ein: EIN, employees: 6, periodEnd: "2027-01-02" });
    session = await openPayrollSession(loadEnv(), {
      clock: fixedClock("2027-01-04T15:00:00Z"),
      queue: true,
      db,
      prefix: `ye${randomUUID().replaceAll("-", "").slice(0, 12)}`,
    });
  });
  afterAll(async () => {
    await session?.close();
    await db?.cleanup();
  });

  it("lists each paycheck as an error naming the missing table, then pays on carried-forward tables once the client chooses it", async () => {
    const deps = { ...session.deps, queue: session.queue! };
    const run = await startPayRun(deps, system, {
      clientEin: EIN,
      periodEnd: "2027-01-02",
      payDate: "2027-01-08",
    });
    expect((await watchPayRun(session.deps, run.id, () => undefined, { pollMs: 50 })).status).toBe(
      "calculated",
    );
    const errors = await session.deps.runs.errors(run.id);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.errorCode).toBe("payroll.no_table_for_date");
      expect(e.error).toContain("2027-01-08");
    }

    await setTableCarryForward(session.deps, system, { clientEin: EIN, on: true });
    await recalculateErrors(deps, system, { clientEin: EIN, periodEnd: "2027-01-02" });
    expect((await watchPayRun(session.deps, run.id, () => undefined, { pollMs: 50 })).status).toBe(
      "calculated",
    );
    expect(await session.deps.runs.errors(run.id)).toEqual([]);
    const rows = await db.prisma.paycheck.findMany({ where: { runId: run.id, status: "calculated" } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect((row.figures as { unverifiedTables?: string[] }).unverifiedTables).toContain(
        "federal.income_tax (2026 figures carried forward, unverified)",
      );
    await approvePayRun(deps, system, { clientEin: EIN, periodEnd: "2027-01-02" });
    const q1 = await form941Report(session.deps, system, { clientEin: EIN, quarter: "2027Q1" });
    expect(q1.unverifiedTables).toContain("federal.fica (2026 figures carried forward, unverified)");
  });
});
