import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { approvePayRun } from "../../../src/app/payroll/approve-pay-run";
import { voidPaycheck, voidPayRun } from "../../../src/app/payroll/manage-pay-run";
import { openPayrollSession, type PayrollSession } from "../../../src/app/payroll/payroll-session";
import { payRetro } from "../../../src/app/payroll/retro-pay";
import { startPayRun } from "../../../src/app/payroll/start-pay-run";
import { recordWageRecovery } from "../../../src/app/payroll/wage-recovery";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import type { PaycheckFigures } from "../../../src/core/ledger/paycheck-figures";
import { Decimal } from "../../../src/core/money/decimal";
import { Money } from "../../../src/core/money/money";
import { RoundingRule, roundCents } from "../../../src/core/money/rounding";
import type { Actor, ClientRole } from "../../../src/core/policy/actor";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const EIN = "12-3456780";
const system = { kind: "system", name: "test" } as const;

/** Net balance (credits − debits) of each account over every entry of the client. */
async function balances(db: TestDatabase): Promise<Map<string, string>> {
  const lines = await db.prisma.journalLine.findMany();
  const out = new Map<string, Money>();
  for (const l of lines)
    out.set(
      l.account,
      (out.get(l.account) ?? Money.zero())
        .plus(Money.of(l.credit.toFixed(2)))
        .minus(Money.of(l.debit.toFixed(2))),
    );
  return new Map([...out].map(([k, v]) => [k, v.toFixed()]));
}

/** A payroll session with the job queue on `db`, its clock at `now`. */
function queueSession(db: TestDatabase, now: string): Promise<PayrollSession> {
  return openPayrollSession(loadEnv(), {
    clock: fixedClock(now),
    queue: true,
    db,
    prefix: `t${randomUUID().replaceAll("-", "").slice(0, 12)}`,
  });
}

/** Calculates and posts the client's run for the period ending 17 January 2026, paid the 23rd. */
async function postJanuaryRun(session: PayrollSession, clientEin: string): Promise<void> {
  const run = await startPayRun({ ...session.deps, queue: session.queue! }, system, {
    clientEin,
    periodEnd: "2026-01-17",
    payDate: "2026-01-23",
  });
  expect((await watchPayRun(session.deps, run.id, () => {}, { pollMs: 50 })).status).toBe("calculated");
  await approvePayRun(session.deps, system, { clientEin, periodEnd: "2026-01-17" });
}

describe("voiding one posted paycheck", () => {
  let db: TestDatabase;
  let session: PayrollSession;
  let employeeIds: string[];
  let clientId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ employeeIds, clientId } = await seedPayrollClient(db, {
      ein: EIN,
      employees: 6,
      periodEnd: "2026-01-17",
    }));
    session = await queueSession(db, "2026-01-27T15:00:00Z");
    await postJanuaryRun(session, EIN);
  });
  afterAll(async () => {
    await session?.close();
    await db?.cleanup();
  });

  const ref = { clientEin: EIN, periodEnd: "2026-01-17" };

  const admin = (ofClient: string, roles: ClientRole[] = ["client_admin"]): Actor => ({
    kind: "employee",
    employeeId: randomUUID(),
    clientId: ofClient,
    roles,
    name: "Admin",
    timezone: "UTC",
  });

  it("refuses anyone who does not manage this client's payroll, and changes nothing", async () => {
    // Once a client has assigned staff, other specialists no longer serve it.
    const assigned = await db.prisma.staff.create({
      data: { email: `mine-${randomUUID()}@aso.test`, name: "Mine", roles: ["specialist"] },
    });
    await db.prisma.staffClientAssignment.create({ data: { staffId: assigned.id, clientId } });
    const unassigned = await db.prisma.staff.create({
      data: { email: `other-${randomUUID()}@aso.test`, name: "Other", roles: ["specialist"] },
    });
    const actors: Actor[] = [
      admin(clientId, []),
      admin(randomUUID()),
      {
        kind: "staff",
        staffId: unassigned.id,
        roles: ["specialist"],
        name: "Other",
        timezone: "UTC",
      } as Actor,
    ];
    for (const actor of actors)
      await expect(
        voidPaycheck(session.deps, actor, { ...ref, employeeId: employeeIds[1]! }),
      ).rejects.toSatisfy((e) => isDomainError(e, "auth.forbidden"));
    expect(await db.prisma.journalEntry.count()).toBe(1);
  });

  it("posts the paycheck's reversing entry only: the run's entry stays as posted, YTD loses that paycheck", async () => {
    const posted = await db.prisma.journalEntry.findFirstOrThrow({ include: { lines: true } });
    const before = await balances(db);
    const ytdBefore = await db.prisma.payrollYtd.findMany({ orderBy: { employeeId: "asc" } });
    const check = await db.prisma.paycheck.findFirstOrThrow({ where: { employeeId: employeeIds[1] } });
    const figures = check.figures as unknown as PaycheckFigures;

    // The client's own admin manages its payroll.
    const result = await voidPaycheck(session.deps, admin(clientId), { ...ref, employeeId: employeeIds[1]! });
    expect(result.changed).toBe(true);

    const entries = await db.prisma.journalEntry.findMany({
      include: { lines: true },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((e) => [e.kind, e.subject])).toEqual([
      ["pay_run", ""],
      ["reversal", check.id],
    ]);
    // The posted entry is untouched.
    expect(entries[0]!.lines.map((l) => [l.account, l.debit.toFixed(2), l.credit.toFixed(2)])).toEqual(
      posted.lines.map((l) => [l.account, l.debit.toFixed(2), l.credit.toFixed(2)]),
    );
    const reversal = entries[1]!;
    expect(reversal.entryDate.toISOString().slice(0, 10)).toBe("2026-01-27");
    expect(reversal.debitTotal.toFixed(2)).toBe(reversal.creditTotal.toFixed(2));
    // Net pay payable and wages expense move back by exactly this paycheck.
    const after = await balances(db);
    const moved = (account: string) =>
      Money.of(before.get(account) ?? "0")
        .minus(Money.of(after.get(account) ?? "0"))
        .toFixed();
    expect(moved("net_pay_payable")).toBe(Money.of(figures.net).toFixed());
    expect(moved("wages_expense")).toBe(Money.of(figures.gross).negated().toFixed());

    const ytdAfter = await db.prisma.payrollYtd.findMany({ orderBy: { employeeId: "asc" } });
    for (const [i, row] of ytdAfter.entries()) {
      const was = ytdBefore[i]!;
      expect(row.employeeId).toBe(was.employeeId);
      expect(row.gross.toFixed(2)).toBe(
        row.employeeId === employeeIds[1] ? was.gross.minus(figures.gross).toFixed(2) : was.gross.toFixed(2),
      );
    }
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "payroll.void_paycheck" } });
    expect(audit.after).toEqual({ paycheckId: check.id, status: "voided" });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(figures.gross);
  });

  it("is idempotent: voiding the same paycheck again posts nothing", async () => {
    const again = await voidPaycheck(session.deps, system, { ...ref, employeeId: employeeIds[1]! });
    expect(again.changed).toBe(false);
    expect(await db.prisma.journalEntry.count()).toBe(2);
    expect(await db.prisma.auditLog.count({ where: { action: "payroll.void_paycheck" } })).toBe(1);
  });

  it("refuses to void the whole run once a paycheck of it was voided (it would be reversed twice)", async () => {
    await expect(voidPayRun(session.deps, system, ref)).rejects.toSatisfy((e) =>
      isDomainError(e, "payroll.run_invalid_state"),
    );
    expect((await db.prisma.payRun.findFirstOrThrow()).status).toBe("posted");
  });

  it("names an employee with no paycheck in the run", async () => {
    await expect(voidPaycheck(session.deps, system, { ...ref, employeeId: randomUUID() })).rejects.toSatisfy(
      (e) => isDomainError(e, "record.not_found"),
    );
  });
});

describe("retro pay for a raise effective in a period already paid", () => {
  let db: TestDatabase;
  let session: PayrollSession;
  const ein = "12-3456781";

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedPayrollClient(db, {
      ein,
      employees: 5,
      periodEnd: "2026-01-17",
      laterPeriodEnds: ["2026-01-31"],
    });
    session = await queueSession(db, "2026-01-27T15:00:00Z");
    await postJanuaryRun(session, ein);
  });
  afterAll(async () => {
    await session?.close();
    await db?.cleanup();
  });

  it("pays the difference on the posted hours once, on an adjustment run withheld as supplemental pay", async () => {
    const checks = await db.prisma.paycheck.findMany({ where: { status: "calculated" } });
    const hourly = checks
      .map((c) => c.figures as unknown as PaycheckFigures)
      .find((f) => f.earnings.some((e) => e.hours !== undefined))!;
    const rate = new Decimal(hourly.earnings.find((e) => e.rate !== undefined)!.rate!);
    const raise = new Decimal("1.50");
    // Straight time on every hour line, and half of it again on each overtime hour; cents, half up.
    let exact = new Decimal(0);
    for (const e of hourly.earnings) {
      if (e.hours === undefined) continue;
      exact = exact.plus(raise.times(e.hours).times(e.code === "overtime" ? "1.5" : "1"));
    }
    const owed = roundCents(exact, RoundingRule.HalfUp);
    const input = {
      clientEin: ein,
      employeeId: hourly.employeeId,
      newRate: rate.plus(raise).toFixed(),
      effectiveFrom: "2026-01-04",
      periodEnd: "2026-01-31",
      payDate: "2026-02-06",
      requestKey: "retro-raise-1",
    };
    const deps = { ...session.deps, queue: session.queue! };
    const retro = await payRetro(deps, system, input);
    expect(retro.amount).toBe(owed.toFixed(2));
    const done = await watchPayRun(session.deps, retro.run.id, () => {}, { pollMs: 50 });
    expect(done.status).toBe("calculated");
    const check = await db.prisma.paycheck.findFirstOrThrow({ where: { runId: retro.run.id } });
    const figures = check.figures as unknown as PaycheckFigures;
    expect(figures.gross).toBe(owed.toFixed(2));
    // Paid alone, it is supplemental pay: 22% flat.
    expect(figures.employeeTaxes.federalIncomeTax).toBe(
      roundCents(owed.times("0.22"), RoundingRule.HalfUp).toFixed(2),
    );

    const again = await payRetro(deps, system, input);
    expect(again.run.id).toBe(retro.run.id);
    expect(await db.prisma.payRun.count()).toBe(2);
    await expect(
      payRetro(deps, system, { ...input, newRate: rate.plus(2).toFixed() }),
    ).resolves.toMatchObject({
      run: { id: retro.run.id },
    });
    await expect(
      payRetro(deps, system, { ...input, requestKey: "retro-raise-2", effectiveFrom: "2026-01-10" }),
    ).rejects.toSatisfy((e) => isDomainError(e, "input.invalid"));
    expect(await db.prisma.payRun.count()).toBe(2);
  });
});

describe("recovering overpaid wages on the next regular paychecks", () => {
  let db: TestDatabase;
  let session: PayrollSession;
  const ein = "12-3456782";

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedPayrollClient(db, { ein, employees: 8, periodEnd: "2026-01-17" });
    session = await queueSession(db, "2026-01-20T15:00:00Z");
  });
  afterAll(async () => {
    await session?.close();
    await db?.cleanup();
  });

  it("takes it off the wages of the next run's paycheck, counts it when the run posts and gives it back on a void", async () => {
    const salaried = await db.prisma.employee.findFirstOrThrow({ where: { payType: "salary" } });
    const record = (amount: string, requestKey: string) =>
      recordWageRecovery(session.deps, system, {
        clientEin: ein,
        employeeId: salaried.id,
        amount,
        requestKey,
      });
    expect(await record("250.00", "overpaid-dec")).toMatchObject({ amount: "250.00", created: true });
    expect(await record("250.00", "overpaid-dec")).toMatchObject({ created: false });
    await expect(record("300.00", "overpaid-dec")).rejects.toThrow(/--key: overpaid-dec was already used/);
    await expect(record("-5", "k2")).rejects.toThrow(/--amount/);
    expect(await db.prisma.wageRecovery.count()).toBe(1);

    const run = await startPayRun({ ...session.deps, queue: session.queue! }, system, {
      clientEin: ein,
      periodEnd: "2026-01-17",
      payDate: "2026-01-23",
    });
    expect((await watchPayRun(session.deps, run.id, () => {}, { pollMs: 50 })).status).toBe("calculated");
    const check = await db.prisma.paycheck.findFirstOrThrow({ where: { employeeId: salaried.id } });
    const figures = check.figures as unknown as PaycheckFigures;
    const salary = figures.earnings.find((e) => e.code === "salary")!.amount;
    expect(figures.wageRecovery).toBe("250.00");
    expect(figures.gross).toBe(Money.of(salary).minus(Money.of("250.00")).toFixed());
    const others = await db.prisma.paycheck.findMany({ where: { employeeId: { not: salaried.id } } });
    for (const o of others) expect((o.figures as unknown as PaycheckFigures).wageRecovery).toBeUndefined();
    // Calculated is not yet recovered.
    expect((await db.prisma.wageRecovery.findFirstOrThrow()).recovered.toFixed(2)).toBe("0.00");

    await approvePayRun(session.deps, system, { clientEin: ein, periodEnd: "2026-01-17" });
    expect((await db.prisma.wageRecovery.findFirstOrThrow()).recovered.toFixed(2)).toBe("250.00");
    expect((await session.deps.runs.outstandingRecoveries(salaried.clientId)).size).toBe(0);

    await voidPayRun(session.deps, system, { clientEin: ein, periodEnd: "2026-01-17" });
    expect((await db.prisma.wageRecovery.findFirstOrThrow()).recovered.toFixed(2)).toBe("0.00");
    expect(await session.deps.runs.outstandingRecoveries(salaried.clientId)).toEqual(
      new Map([[salaried.id, "250.00"]]),
    );
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "payroll.wage_recovery.record" },
    });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("250");
  });
});
