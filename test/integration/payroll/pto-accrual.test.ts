import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { approvePayRun } from "../../../src/app/payroll/approve-pay-run";
import { openPayrollSession, type PayrollSession } from "../../../src/app/payroll/payroll-session";
import { startPayRun } from "../../../src/app/payroll/start-pay-run";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const EIN = "47-2000031";
const system = { kind: "system", name: "test" } as const;

/** PTO accrues when a pay run is approved: once per run and employee, however often approval runs. */
describe("PTO accrual on approved pay runs", () => {
  let db: TestDatabase;
  let session: PayrollSession;
  let employeeIds: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ employeeIds } = await seedPayrollClient(db, {
      ein: EIN,
      employees: 4,
      periodEnd: "2026-01-17",
      laterPeriodEnds: ["2026-01-31", "2026-02-14"],
    }));
    session = await openPayrollSession(loadEnv(), {
      clock: fixedClock("2026-02-16T15:00:00Z"),
      queue: true,
      db,
      prefix: `pto${randomUUID().replaceAll("-", "").slice(0, 12)}`,
    });
  });
  afterAll(async () => {
    await session?.close();
    await db?.cleanup();
  });

  const vacation = async (employeeId: string) => {
    const row = await db.prisma.ptoBalance.findUnique({
      where: { employeeId_type: { employeeId, type: "vacation" } },
    });
    return Number(row?.hours ?? 0);
  };

  it("balance after N approved runs = opening + N × accrual, and a re-approval adds nothing", async () => {
    const deps = { ...session.deps, queue: session.queue! };
    const employee = employeeIds[0]!;
    const opening = await vacation(employee);
    const after: number[] = [];
    for (const [periodEnd, payDate] of [
      ["2026-01-17", "2026-01-23"],
      ["2026-01-31", "2026-02-06"],
      ["2026-02-14", "2026-02-20"],
    ] as const) {
      const run = await startPayRun(deps, system, { clientEin: EIN, periodEnd, payDate });
      await watchPayRun(session.deps, run.id, () => undefined, { pollMs: 50 });
      await approvePayRun(deps, system, { clientEin: EIN, periodEnd });
      await approvePayRun(deps, system, { clientEin: EIN, periodEnd });
      after.push(await vacation(employee));
    }
    const accrual = after[0]! - opening;
    expect(accrual).toBeGreaterThan(0);
    expect(after.map((b) => Number((b - opening).toFixed(2)))).toEqual([
      Number(accrual.toFixed(2)),
      Number((2 * accrual).toFixed(2)),
      Number((3 * accrual).toFixed(2)),
    ]);
    const ledger = await db.prisma.ptoLedger.count({
      where: { employeeId: employee, type: "vacation", reference: { startsWith: "accrual:" } },
    });
    expect(ledger).toBe(3);
    // One audit row per client and accrual, naming what the ledger rows hold; a re-approval adds none.
    const audits = await db.prisma.auditLog.findMany({
      where: { action: "pto.accrue" },
      orderBy: { at: "asc" },
    });
    expect(audits.map((a) => a.subjectId.split(":").slice(1).join(":"))).toEqual([
      "accrual:2026-01-17",
      "accrual:2026-01-31",
      "accrual:2026-02-14",
    ]);
    const credits = await db.prisma.ptoLedger.count({ where: { reference: "accrual:2026-01-17" } });
    expect(audits[0]!.after).toMatchObject({ employees: employeeIds.length, credits });
  });
});
