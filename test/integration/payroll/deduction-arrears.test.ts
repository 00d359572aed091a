import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { approvePayRun } from "../../../src/app/payroll/approve-pay-run";
import { calculateChunk, forgetRunContext } from "../../../src/app/payroll/calculate-paycheck";
import { finishCalculation } from "../../../src/app/payroll/finish-calculation";
import { excludeEmployees, voidPaycheck, voidPayRun } from "../../../src/app/payroll/manage-pay-run";
import { arrearsReport } from "../../../src/app/payroll/payroll-reports";
import { openPayrollSession, type PayrollSession } from "../../../src/app/payroll/payroll-session";
import { startPayRun } from "../../../src/app/payroll/start-pay-run";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import type { PaycheckFigures } from "../../../src/core/ledger/paycheck-figures";
import { Money } from "../../../src/core/money/money";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const EIN = "12-3456790";
const system = { kind: "system", name: "test" } as const;

/** Biweekly periods (Saturdays) and their pay dates (the Friday after). */
const PERIODS = [
  { periodEnd: "2026-01-17", payDate: "2026-01-23" },
  { periodEnd: "2026-01-31", payDate: "2026-02-06" },
  { periodEnd: "2026-02-14", payDate: "2026-02-20" },
  { periodEnd: "2026-02-28", payDate: "2026-03-06" },
  { periodEnd: "2026-03-14", payDate: "2026-03-20" },
  { periodEnd: "2026-03-28", payDate: "2026-04-03" },
] as const;

describe("deduction arrears kept between pay runs", () => {
  let db: TestDatabase;
  let session: PayrollSession;
  let clientId: string;
  let employeeId: string;
  /** What run 1 could not take of the Roth deduction: the arrears to recover. */
  let owed: string;

  const runIdOf = async (i: number) =>
    (
      await db.prisma.payRun.findFirstOrThrow({
        where: { periodEnd: new Date(`${PERIODS[i]!.periodEnd}T00:00:00Z`) },
      })
    ).id;
  const figuresIn = async (i: number): Promise<PaycheckFigures> =>
    (await db.prisma.paycheck.findFirstOrThrow({ where: { runId: await runIdOf(i), employeeId } }))
      .figures as unknown as PaycheckFigures;
  const balance = async () => (await session.deps.runs.arrearsBalances(clientId)).get(employeeId) ?? [];
  const calculate = async (i: number) => {
    const run = await startPayRun({ ...session.deps, queue: session.queue! }, system, {
      clientEin: EIN,
      ...PERIODS[i]!,
    });
    expect((await watchPayRun(session.deps, run.id, () => {}, { pollMs: 50 })).status).toBe("calculated");
    return run.id;
  };
  const approve = (i: number) =>
    approvePayRun(session.deps, system, { clientEin: EIN, periodEnd: PERIODS[i]!.periodEnd });

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ clientId } = await seedPayrollClient(db, {
      ein: EIN,
      employees: 3,
      periodEnd: PERIODS[0].periodEnd,
      laterPeriodEnds: PERIODS.slice(1).map((p) => p.periodEnd),
    }));
    // A salaried employee whose Roth 401(k) is more than the first period's net pay can cover.
    const employee = await db.prisma.employee.findFirstOrThrow({ where: { clientId, externalId: "E00001" } });
    employeeId = employee.id;
    await db.prisma.employee.update({
      where: { id: employeeId },
      data: { payType: "salary", payRate: "1000.00", deductions: [{ code: "roth_401k", amount: "900.00" }] },
    });
    session = await openPayrollSession(loadEnv(), {
      clock: fixedClock("2026-03-10T15:00:00Z"),
      queue: true,
      db,
      prefix: `t${randomUUID().replaceAll("-", "").slice(0, 12)}`,
    });
  });
  afterAll(async () => {
    await session?.close();
    await db?.cleanup();
  });

  it("carries what net pay cannot cover instead of failing the paycheck, and records it once when the run posts", async () => {
    await calculate(0);
    const first = await figuresIn(0);
    expect(first.net).toBe("0.00");
    const roth = first.deductions.find((d) => d.code === "roth_401k")!;
    owed = Money.of("900.00").minus(Money.of(roth.amount)).toFixed();
    expect(Money.of(owed).isPositive()).toBe(true);
    expect(first.deductionArrears).toEqual({
      carriedIn: [],
      taken: [],
      carriedOut: [{ code: "roth_401k", amount: owed }],
    });
    // Calculated is not owed yet.
    expect(await balance()).toEqual([]);

    await approve(0);
    await approve(0);
    expect(await balance()).toEqual([{ code: "roth_401k", amount: owed }]);
    expect(await db.prisma.deductionArrearsMovement.count()).toBe(1);

    // The ASO's report lists what is owed; another client's admin may not read it.
    expect(await arrearsReport(session.deps, system, { clientEin: EIN })).toMatchObject({
      client: EIN,
      employees: [{ employeeId, externalId: "E00001", code: "roth_401k", owed }],
      total: owed,
    });
    await expect(
      arrearsReport(
        session.deps,
        {
          kind: "employee",
          employeeId: randomUUID(),
          clientId: randomUUID(),
          roles: ["client_admin"],
          name: "Other",
          timezone: "UTC",
        },
        { clientEin: EIN },
      ),
    ).rejects.toSatisfy((e) => isDomainError(e, "auth.forbidden"));
  });

  it("takes the arrears on the next run's paycheck, once, whatever the retries, and not on a run calculated meanwhile", async () => {
    await db.prisma.employee.update({ where: { id: employeeId }, data: { payRate: "3200.00" } });
    const runId = await calculate(1);
    const second = await figuresIn(1);
    expect(second.deductionArrears).toEqual({
      carriedIn: [{ code: "roth_401k", amount: owed }],
      taken: [{ code: "roth_401k", amount: owed }],
      carriedOut: [],
    });
    expect(second.deductions.filter((d) => d.code === "roth_401k")).toEqual([
      { code: "roth_401k", amount: "900.00", preTax: false },
      { code: "roth_401k", amount: owed, preTax: false, arrears: true },
    ]);
    const check = await db.prisma.paycheck.findFirstOrThrow({ where: { runId, employeeId } });
    expect(check.explanation as string[]).toContain(
      `Roth 401(k) carried from earlier paychecks: ${Money.of(owed).format()} (taken after tax).`,
    );

    // A chunk job run again in a new round (a retry after a lost worker) finds every paycheck.
    const run = (await session.deps.runs.findById(runId))!;
    expect(await session.deps.runs.beginRound(runId, ["calculated"], run.calculationRound)).not.toBeNull();
    forgetRunContext(session.deps, runId);
    const employees = (await db.prisma.employee.findMany({ where: { clientId } })).map((e) => e.id);
    const again = await calculateChunk(session.deps, { runId, employeeIds: employees });
    expect(again).toMatchObject({ outcome: "done", existing: employees.length, calculated: 0 });
    await finishCalculation(session.deps, runId);
    expect((await db.prisma.paycheck.findFirstOrThrow({ where: { runId, employeeId } })).id).toBe(check.id);

    // A run calculated while this one is not yet posted does not take the same arrears.
    await calculate(2);
    expect((await figuresIn(2)).deductionArrears).toBeUndefined();

    await approve(1);
    await approve(1);
    await approve(2);
    expect(await balance()).toEqual([]);
    expect(await db.prisma.deductionArrearsMovement.count()).toBe(2);
  });

  it("gives the arrears back when the run that took them is voided, to be taken on the next run", async () => {
    await voidPayRun(session.deps, system, { clientEin: EIN, periodEnd: PERIODS[1].periodEnd });
    await voidPayRun(session.deps, system, { clientEin: EIN, periodEnd: PERIODS[1].periodEnd });
    expect(await balance()).toEqual([{ code: "roth_401k", amount: owed }]);
    expect(await db.prisma.deductionArrearsMovement.count()).toBe(3);

    await calculate(3);
    expect((await figuresIn(3)).deductionArrears?.taken).toEqual([{ code: "roth_401k", amount: owed }]);
    await approve(3);
    expect(await balance()).toEqual([]);
  });

  it("refuses to void the run that left the arrears while a later paycheck has taken them, then voids in order", async () => {
    await expect(
      voidPayRun(session.deps, system, { clientEin: EIN, periodEnd: PERIODS[0].periodEnd }),
    ).rejects.toSatisfy((e) => isDomainError(e, "payroll.run_invalid_state"));
    expect((await db.prisma.payRun.findFirstOrThrow({ where: { id: await runIdOf(0) } })).status).toBe(
      "posted",
    );
    expect(await db.prisma.journalEntry.count({ where: { runId: await runIdOf(0), kind: "reversal" } })).toBe(
      0,
    );
    expect(await balance()).toEqual([]);

    // Void the paycheck that took them: they are owed again; then the first run: nothing is owed.
    await voidPaycheck(session.deps, system, { clientEin: EIN, periodEnd: PERIODS[3].periodEnd, employeeId });
    expect(await balance()).toEqual([{ code: "roth_401k", amount: owed }]);
    await voidPayRun(session.deps, system, { clientEin: EIN, periodEnd: PERIODS[0].periodEnd });
    expect(await balance()).toEqual([]);
    const kinds = await db.prisma.deductionArrearsMovement.groupBy({ by: ["kind"], _count: { _all: true } });
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count._all]))).toEqual({ post: 3, void: 3 });
    expect(await arrearsReport(session.deps, system, { clientEin: EIN })).toMatchObject({
      employees: [],
      total: "0.00",
    });
  });

  it("refuses to post a paycheck that took arrears no longer owed (the run that left them was voided meanwhile)", async () => {
    await db.prisma.employee.update({ where: { id: employeeId }, data: { payRate: "1000.00" } });
    await calculate(4);
    await approve(4);
    const left = (await figuresIn(4)).deductionArrears!.carriedOut;
    expect(await balance()).toEqual(left);

    await db.prisma.employee.update({ where: { id: employeeId }, data: { payRate: "3200.00" } });
    await calculate(5);
    expect((await figuresIn(5)).deductionArrears?.taken).toEqual(left);
    // Voiding the run that left them is allowed (nothing posted took them yet)…
    await voidPayRun(session.deps, system, { clientEin: EIN, periodEnd: PERIODS[4].periodEnd });
    expect(await balance()).toEqual([]);
    // …so the calculated paycheck that takes them cannot post: nothing of the run is written.
    const movements = await db.prisma.deductionArrearsMovement.count();
    await expect(approve(5)).rejects.toSatisfy((e) => isDomainError(e, "payroll.run_invalid_state"));
    expect((await db.prisma.payRun.findFirstOrThrow({ where: { id: await runIdOf(5) } })).status).toBe(
      "calculated",
    );
    expect(await db.prisma.journalEntry.count({ where: { runId: await runIdOf(5) } })).toBe(0);
    expect(await db.prisma.deductionArrearsMovement.count()).toBe(movements);

    // Left out of the run, the others post.
    await excludeEmployees(session.deps, system, {
      clientEin: EIN,
      periodEnd: PERIODS[5].periodEnd,
      employeeIds: [employeeId],
    });
    expect((await approve(5)).run.status).toBe("posted");
    expect(await balance()).toEqual([]);
  });
});
