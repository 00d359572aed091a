import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accruePto } from "../../../src/app/pto/accrue-pto";
import { decidePto } from "../../../src/app/pto/decide-pto";
import { getPtoBalance } from "../../../src/app/pto/get-pto-balance";
import { requestPto } from "../../../src/app/pto/request-pto";
import { approveTimesheet } from "../../../src/app/timesheets/approve-timesheet";
import { getMyTimesheet } from "../../../src/app/timesheets/get-my-timesheet";
import { getPayableHours } from "../../../src/app/timesheets/get-payable-hours";
import { recordHours } from "../../../src/app/timesheets/record-hours";
import { submitTimesheet } from "../../../src/app/timesheets/submit-timesheet";
import { fixedClock } from "../../../src/core/clock";
import { Decimal } from "../../../src/core/money/decimal";
import { DomainError } from "../../../src/errors/domain-error";
import type { QueueRuntime } from "../../../src/queue/queue-runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { depsFor, seedClient, testQueue } from "./fixtures";

let db: TestDatabase;
let queue: QueueRuntime;
const clock = fixedClock("2026-11-25T15:00:00Z");

beforeAll(async () => {
  db = await createTestDatabase();
  queue = await testQueue(db);
});
afterAll(async () => {
  await queue?.close({ timeoutMs: 5_000 });
  await db?.cleanup();
});

describe("PTO", () => {
  it("refuses a request over the balance and names the balance", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "12" });
    const { deps } = depsFor(db, queue, clock);
    const error = await requestPto(deps, alex.actor, {
      type: "vacation",
      startDate: "2026-12-07",
      endDate: "2026-12-08",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("pto.insufficient_balance");
    expect((error as DomainError).userMessage).toBe(
      "You asked for 16 hours of vacation but your balance is 12 hours.",
    );
  });

  it("counts pending requests against the balance, so two requests cannot spend the same hours", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "12" });
    const { deps } = depsFor(db, queue, clock);
    const results = await Promise.allSettled([
      requestPto(deps, alex.actor, { type: "vacation", days: [{ date: "2026-12-07", hours: "8" }] }),
      requestPto(deps, alex.actor, { type: "vacation", days: [{ date: "2026-12-08", hours: "8" }] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as DomainError).userMessage).toContain("your balance is 4 hours");
  });

  it("allows a negative balance when the client's policy does", async () => {
    const a = await seedClient(db, { settings: { pto: { allowNegativeBalance: true } } });
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "4" });
    const { deps } = depsFor(db, queue, clock);
    const result = await requestPto(deps, alex.actor, {
      type: "vacation",
      days: [{ date: "2026-12-07", hours: "8" }],
    });
    expect(result).toMatchObject({ outcome: "requested", availableAfter: "-4" });
  });

  it("approves once, takes the hours off the balance, puts them on the timesheet and pays them", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "40" });
    const { deps, notifier } = depsFor(db, queue, clock);
    const { request } = await requestPto(deps, alex.actor, {
      type: "vacation",
      days: [{ date: "2026-11-27", hours: "8" }],
      requestKey: "click-1",
    });
    const retry = await requestPto(deps, alex.actor, {
      type: "vacation",
      days: [{ date: "2026-11-27", hours: "8" }],
      requestKey: "click-1",
    });
    expect(retry).toMatchObject({ outcome: "already", request: { id: request.id } });
    expect(notifier.sent.map((n) => n.recipient)).toEqual([{ kind: "employee", employeeId: a.manager.id }]);

    const decisions = await Promise.all([
      decidePto(deps, a.manager.actor, { requestId: request.id, decision: "approved" }),
      decidePto(deps, a.admin.actor, { requestId: request.id, decision: "approved" }),
    ]);
    expect(decisions.map((d) => d.outcome).sort()).toEqual(["already", "approved"]);
    expect(decisions.find((d) => d.outcome === "already")?.message).toMatch(
      /^Already approved by (Mia Manager|Ada Admin) at /,
    );

    const balance = await getPtoBalance(deps, alex.actor);
    expect(balance.types.vacation).toMatchObject({
      balance: "32",
      pending: "0",
      available: "32",
      accrualPerPeriod: "3.08",
    });
    expect(balance.types.sick.balance).toBe("0");

    // Approved PTO is on the timesheet; working that full day too is refused.
    const week = await getMyTimesheet(deps, alex.actor, { date: "2026-11-27" });
    expect(week.days.find((d) => d.date === "2026-11-27")?.pto).toEqual({ vacation: "8" });
    const overlap = await recordHours(deps, alex.actor, { days: [{ date: "2026-11-27", hours: "2" }] }).catch(
      (e) => e,
    );
    expect((overlap as DomainError).code).toBe("timesheet.invalid_entries");

    await recordHours(deps, alex.actor, {
      days: ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"].map((date) => ({ date, hours: "10" })),
    });
    const { timesheet } = await submitTimesheet(deps, alex.actor, { date: "2026-11-23" });
    await approveTimesheet(deps, a.manager.actor, { timesheetId: timesheet.id });
    const payable = await getPayableHours(deps, {
      clientId: a.client.id,
      periodStart: "2026-11-22",
      periodEnd: "2026-12-05",
    });
    expect(payable.employees[0]).toMatchObject({
      regular: "40",
      overtime: "0",
      pto: { vacation: "8", sick: "0" },
    });
  });

  it("accrues once per pay period by tenure tier, up to the cap", async () => {
    const a = await seedClient(db, {
      settings: {
        pto: {
          types: {
            vacation: {
              tiers: [
                { minTenureMonths: 0, hoursPerPeriod: "3.08" },
                { minTenureMonths: 60, hoursPerPeriod: "4.62" },
              ],
              maxBalanceHours: "41",
            },
          },
        },
      },
    });
    const junior = await a.add("Junior", ["employee"], { hireDate: "2025-01-05", ptoBalanceHours: "10" });
    const senior = await a.add("Senior", ["employee"], { hireDate: "2019-01-05", ptoBalanceHours: "40" });
    const { deps } = depsFor(db, queue, clock);
    const period = { clientId: a.client.id, periodStart: "2026-11-08", periodEnd: "2026-11-21" };
    const first = await accruePto(deps, period);
    const vac = (id: string) =>
      first.credited.find((c) => c.employeeId === id && c.type === "vacation")?.hours;
    expect(vac(junior.id)).toBe("3.08");
    expect(vac(senior.id)).toBe("1"); // capped at 41
    const again = await accruePto(deps, period);
    expect(again.credited).toEqual([]);
    expect((await getPtoBalance(deps, junior.actor)).types.vacation.balance).toBe("13.08");
    expect((await getPtoBalance(deps, senior.actor)).types.vacation.balance).toBe("41");
  });

  it("credits a period again only to those not yet credited, each once, after a partly done accrual", async () => {
    const a = await seedClient(db);
    const early = await a.add("Early", ["employee"], { hireDate: "2025-01-05", ptoBalanceHours: "10" });
    const { deps } = depsFor(db, queue, clock);
    const period = { clientId: a.client.id, periodStart: "2026-11-08", periodEnd: "2026-11-21" };
    const first = await accruePto(deps, period);
    const late = await a.add("Late", ["employee"], { hireDate: "2025-01-05", ptoBalanceHours: "5" });
    const second = await accruePto(deps, period);
    expect(second.credited.map((c) => c.employeeId)).toEqual([late.id, late.id]);
    expect(second.skipped).toBe(first.credited.length);
    const lines = await db.prisma.ptoLedger.findMany({
      where: { clientId: a.client.id, reference: "accrual:2026-11-21" },
    });
    expect(lines.filter((l) => l.employeeId === early.id)).toHaveLength(2);
    expect(lines.filter((l) => l.employeeId === late.id)).toHaveLength(2);
    const earlyVacation = first.credited.find((c) => c.employeeId === early.id && c.type === "vacation")!;
    const lateVacation = second.credited.find((c) => c.type === "vacation")!;
    expect((await getPtoBalance(deps, early.actor)).types.vacation.balance).toBe(
      new Decimal("10").plus(earlyVacation.hours).toString(),
    );
    expect((await getPtoBalance(deps, late.actor)).types.vacation.balance).toBe(
      new Decimal("5").plus(lateVacation.hours).toString(),
    );
  });

  it("refuses a PTO request on a day already fully worked", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "40" });
    const { deps } = depsFor(db, queue, clock);
    await recordHours(deps, alex.actor, { days: [{ date: "2026-11-24", hours: "8" }] });
    const error = await requestPto(deps, alex.actor, {
      type: "sick",
      days: [{ date: "2026-11-24", hours: "8" }],
    }).catch((e: unknown) => e);
    expect((error as DomainError).code).toBe("pto.invalid_request");
    expect((error as DomainError).userMessage).toContain(
      "You already recorded 8 hours of work on Tue Nov 24",
    );
  });

  it("refuses PTO decisions from another client employer", async () => {
    const a = await seedClient(db);
    const b = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "40" });
    const { deps } = depsFor(db, queue, clock);
    const { request } = await requestPto(deps, alex.actor, {
      type: "vacation",
      days: [{ date: "2026-12-01", hours: "8" }],
    });
    const error = await decidePto(deps, b.admin.actor, { requestId: request.id, decision: "approved" }).catch(
      (e) => e,
    );
    expect((error as DomainError).code).toBe("auth.forbidden");
  });
});
