import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { fixedClock } from "../../../src/app/clock";
import { getDepositCalendar } from "../../../src/app/deposits/deposit-calendar";
import { createDepositDeps, type DepositDeps } from "../../../src/app/deposits/deposit-deps";
import { markDepositPaid } from "../../../src/app/deposits/mark-deposit-paid";
import { approvePayRun } from "../../../src/app/payroll/approve-pay-run";
import { liabilitiesReport } from "../../../src/app/payroll/payroll-reports";
import { openPayrollSession, type PayrollSession } from "../../../src/app/payroll/payroll-session";
import { startPayRun } from "../../../src/app/payroll/start-pay-run";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { loadEnv } from "../../../src/config/env";
import { Accounts, FORM_941_ACCOUNTS } from "../../../src/core/ledger/accounts";
import type { Actor } from "../../../src/core/policy/actor";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const EIN = "41-5550001";
const OTHER_EIN = "41-5550002";
const system = { kind: "system", name: "test" } as const;

describe("the deposit calendar of a posted pay run", () => {
  let db: TestDatabase;
  let session: PayrollSession;
  let deps: DepositDeps;
  let clientId: string;
  let otherClientId: string;
  let serving: Actor;
  let notServing: Actor;
  // 20 February 2026: January's monthly 941 deposit (due 17 February) is overdue.
  const clock = fixedClock("2026-02-20T15:00:00Z");
  let posted941: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ clientId } = await seedPayrollClient(db, { ein: EIN, employees: 6, periodEnd: "2026-01-17" }));
    ({ clientId: otherClientId } = await seedPayrollClient(db, {
      ein: OTHER_EIN,
      employees: 1,
      periodEnd: "2026-01-17",
    }));
    session = await openPayrollSession(loadEnv(), {
      clock,
      queue: true,
      db,
      prefix: `t${randomUUID().replaceAll("-", "").slice(0, 12)}`,
    });
    const run = await startPayRun({ ...session.deps, queue: session.queue! }, system, {
      clientEin: EIN,
      periodEnd: "2026-01-17",
      payDate: "2026-01-23",
    });
    expect((await watchPayRun(session.deps, run.id, () => undefined, { pollMs: 50 })).status).toBe(
      "calculated",
    );
    expect(
      (await approvePayRun(session.deps, system, { clientEin: EIN, periodEnd: "2026-01-17" })).changed,
    ).toBe(true);
    posted941 = await session.deps.ledger.netCredit(
      clientId,
      [...FORM_941_ACCOUNTS],
      "2026-01-01",
      "2026-01-31",
    );
    deps = createDepositDeps(db, { clock, payroll: session.deps });
    const staff = async (email: string, clients: string[]) => {
      const s = await db.prisma.staff.create({ data: { email, name: email, roles: ["specialist"] } });
      for (const c of clients)
        await db.prisma.staffClientAssignment.create({ data: { staffId: s.id, clientId: c } });
      return { kind: "staff", staffId: s.id, roles: ["specialist"], name: email, timezone: "UTC" } as const;
    };
    serving = await staff(`serving-${randomUUID()}@aso.test`, [clientId]);
    notServing = await staff(`other-${randomUUID()}@aso.test`, [otherClientId]);
  });
  afterAll(async () => {
    await session?.close();
    await db?.cleanup();
  });

  it("lists the 941, PA withholding, PA unemployment and benefit deposits with their due dates and status", async () => {
    const calendar = await getDepositCalendar(deps, system, {
      clientEin: EIN,
      from: "2026-01-01",
      to: "2026-04-30",
    });
    const byId = new Map(calendar.deposits.map((d) => [d.id, d]));
    expect(byId.get("941-M-2026-01")).toMatchObject({
      payee: "irs_941",
      amount: posted941,
      dueDate: "2026-02-17",
      status: "overdue",
      covers: { from: "2026-01-23", to: "2026-01-23" },
    });
    // Pay date 23 January: the 16th–31st period; 31 January is a Saturday, so 2, 3 and 4 February.
    expect(byId.get("SIT-PA-SM-2026-01-31")).toMatchObject({ dueDate: "2026-02-04", status: "overdue" });
    expect(byId.get("SUI-PA-2026Q1")).toMatchObject({ dueDate: "2026-04-30", status: "due" });
    expect(byId.get("PREM-2026-02-02")?.payee).toBe("benefit_carriers");
    expect(calendar.unscheduled).toEqual([]);
  });

  it("posts a deposit made to the client's ledger, balanced, once however often it is marked", async () => {
    const mark = () =>
      markDepositPaid(deps, serving, {
        clientEin: EIN,
        depositId: "941-M-2026-01",
        confirmation: "EFT 270 0123 4567",
        paidOn: "2026-02-13",
      });
    const results = await Promise.all([mark(), mark(), mark(), mark()]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.payment.confirmation))).toEqual(new Set(["EFT 270 0123 4567"]));
    expect((await mark()).changed).toBe(false);

    const entries = await db.prisma.journalEntry.findMany({
      where: { kind: "deposit_payment" },
      include: { lines: true },
    });
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry.clientId).toBe(clientId);
    expect(entry.runId).toBeNull();
    expect(entry.debitTotal.toFixed(2)).toBe(posted941);
    expect(entry.creditTotal.toFixed(2)).toBe(posted941);
    const cash = entry.lines.filter((l) => l.account === Accounts.clientCashClearing);
    expect(cash.map((l) => l.credit.toFixed(2))).toEqual([posted941]);
    expect(entry.lines.filter((l) => l.debit.gt(0)).every((l) => FORM_941_ACCOUNTS.has(l.account))).toBe(
      true,
    );
    expect(await db.prisma.depositPayment.count({ where: { clientId } })).toBe(1);
    const audit = await db.prisma.auditLog.findMany({ where: { action: "deposit.paid", clientId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe((serving as { staffId: string }).staffId);
  });

  it("shows the deposit paid with its confirmation and leaves the ledger's 941 liability for the lookback alone", async () => {
    const calendar = await getDepositCalendar(deps, system, {
      clientEin: EIN,
      from: "2026-02-01",
      to: "2026-02-28",
    });
    expect(calendar.deposits.find((d) => d.id === "941-M-2026-01")).toMatchObject({
      status: "paid",
      paid: { confirmation: "EFT 270 0123 4567", paidOn: "2026-02-13", amount: posted941 },
    });
    // What the client owed (the lookback and the $100,000 rule read it) is not reduced by paying it.
    expect(
      await session.deps.ledger.netCredit(clientId, [...FORM_941_ACCOUNTS], "2026-01-01", "2026-02-28"),
    ).toBe(posted941);
    // The posted ledger shows the 941 accounts settled once the payment's date is in range.
    const ledger = await liabilitiesReport(session.deps, system, {
      clientEin: EIN,
      from: "2026-01-01",
      to: "2026-02-28",
    });
    for (const account of FORM_941_ACCOUNTS) {
      const row = ledger.accounts.find((a) => a.account === account);
      if (row) expect(row).toMatchObject({ balance: "0.00", due: [] });
    }
    expect(ledger.totals.debit).toBe(ledger.totals.credit);
  });

  it("refuses bad input with the field named and saves nothing", async () => {
    const base = { clientEin: EIN, depositId: "SUI-PA-2026Q1", confirmation: "C-1", paidOn: "2026-02-13" };
    const cases: [Partial<typeof base>, string][] = [
      [{ confirmation: "  " }, "confirmation"],
      [{ paidOn: "2026-02-30" }, "paid-on"],
      [{ paidOn: "2026-03-01" }, "paid-on"],
      [{ depositId: "941-M-2025-07" }, "deposit"],
      [{ depositId: "drop table" }, "deposit"],
    ];
    for (const [change, field] of cases) {
      const error = await markDepositPaid(deps, serving, { ...base, ...change }).catch((e) => e);
      expect(isDomainError(error, "input.invalid"), `${JSON.stringify(change)}: ${error}`).toBe(true);
      expect((error as Error).message.startsWith(field)).toBe(true);
    }
    expect(await db.prisma.depositPayment.count({ where: { clientId } })).toBe(1);
  });

  it("lets only staff who serve the client mark deposits, and client admins see only their own calendar", async () => {
    const input = { clientEin: EIN, depositId: "SUI-PA-2026Q1", confirmation: "C-2", paidOn: "2026-02-13" };
    const admin: Actor = {
      kind: "employee",
      employeeId: randomUUID(),
      clientId,
      roles: ["client_admin"],
      name: "Admin",
      timezone: "UTC",
    };
    const otherAdmin: Actor = { ...admin, clientId: otherClientId };
    for (const actor of [notServing, admin, otherAdmin])
      await expect(markDepositPaid(deps, actor, input)).rejects.toSatisfy((e) =>
        isDomainError(e, "auth.forbidden"),
      );
    const window = { clientEin: EIN, from: "2026-01-01", to: "2026-04-30" };
    expect((await getDepositCalendar(deps, admin, window)).deposits.length).toBeGreaterThan(0);
    for (const actor of [notServing, otherAdmin])
      await expect(getDepositCalendar(deps, actor, window)).rejects.toSatisfy((e) =>
        isDomainError(e, "auth.forbidden"),
      );
    expect(await db.prisma.depositPayment.count({ where: { clientId } })).toBe(1);
  });
});
