import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import type { Notification } from "../../../src/app/notifier";
import { calculatePaycheck } from "../../../src/app/payroll/calculate-paycheck";
import {
  prepareW4Change,
  signW4Change,
  type WithholdingDeps,
} from "../../../src/app/payroll/change-withholding";
import { createPayrollDeps } from "../../../src/app/payroll/payroll-deps";
import { fixedClock } from "../../../src/core/clock";
import type { Actor } from "../../../src/core/policy/actor";
import { withholdingRepository } from "../../../src/db/withholding-repository";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const EIN = "23-4567890";

describe("changing a W-4 in chat", () => {
  let db: TestDatabase;
  let deps: WithholdingDeps;
  let employeeIds: string[];
  let clientId: string;
  let startedRunId: string;
  const sent: Notification[] = [];
  const employee = (): Actor => ({
    kind: "employee",
    employeeId: employeeIds[2]!,
    clientId,
    roles: ["employee"],
    name: "Employee 3",
    timezone: "America/New_York",
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ employeeIds, clientId } = await seedPayrollClient(db, {
      ein: EIN,
      employees: 4,
      periodEnd: "2026-02-28",
    }));
    // Employee 1 is the client's payroll contact.
    await db.prisma.employee.update({
      where: { id: employeeIds[0]! },
      data: { roles: ["employee", "client_admin"] },
    });
    // A run for the period ending 2026-02-28 has started: a new W-4 applies from the run after it.
    startedRunId = (
      await db.prisma.payRun.create({
        data: {
          clientId,
          periodStart: new Date("2026-02-15"),
          periodEnd: new Date("2026-02-28"),
          payDate: new Date("2026-03-05"),
          status: "calculating",
          createdBy: "test",
        },
      })
    ).id;
    deps = {
      payroll: createPayrollDeps(db, { clock: fixedClock("2026-03-02T15:00:00Z") }),
      certificates: withholdingRepository(db),
      notifier: {
        async notify(n) {
          sent.push(n);
        },
      },
    };
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  const certificates = () =>
    db.prisma.withholdingCertificate.count({ where: { employeeId: employeeIds[2]! } });

  it.each([
    [
      { filingStatus: "married_jointly", dependentsAmount: "-2000" },
      "Dependents amount (Step 3): can't be negative",
    ],
    [{ filingStatus: "single", otherIncome: "lots" }, "Other income (Step 4a): must be an amount in dollars"],
    [{ filingStatus: "single", extraWithholding: "12.345" }, "Extra withholding per paycheck (Step 4c)"],
    [{ filingStatus: "widowed" }, "Filing status (Step 1c)"],
    [{ filingStatus: "single", stateAllowances: "two" }, "State allowances: must be a whole number"],
    [
      { filingStatus: "single", exempt: "yes", exemptYear: "2025" },
      "an exempt claim for 2025 lapsed on 2026-02-15",
    ],
  ])("refuses %o naming the field, and saves nothing", async (args, message) => {
    const preview = prepareW4Change(deps, employee(), args);
    await expect(preview).rejects.toSatisfy(
      (e) =>
        isDomainError(e, "input.invalid") &&
        e.userMessage.includes(message) &&
        e.userMessage.includes("Nothing was saved"),
    );
    const sign = signW4Change(deps, employee(), { ...args, signatureKey: crypto.randomUUID() });
    await expect(sign).rejects.toSatisfy((e) => isDomainError(e, "input.invalid"));
    expect(await certificates()).toBe(0);
  });

  it("shows the certificate and the signature step before anything is saved", async () => {
    const replies = await prepareW4Change(deps, employee(), {
      filingStatus: "married_jointly",
      dependentsAmount: "2,000",
      extraWithholding: "$25",
    });
    const text = JSON.stringify(replies);
    expect(text).toContain("Under penalties of perjury");
    expect(text).toContain("Married filing jointly");
    expect(text).toContain("$2,000.00");
    const confirm = replies.flatMap((r) => r.blocks).find((b) => b.kind === "confirm");
    expect(confirm?.kind === "confirm" && confirm.confirm.command.name).toBe("payroll.sign_w4");
    expect(await certificates()).toBe(0);
  });

  it("signs once per signature (a double click stores one certificate), from the next run not started, audited, the payroll contact told", async () => {
    const args = {
      filingStatus: "married_jointly",
      dependentsAmount: "2000",
      extraWithholding: "25",
      stateAllowances: "1",
      signatureKey: crypto.randomUUID(),
    };
    const [first, second] = await Promise.all([
      signW4Change(deps, employee(), args),
      signW4Change(deps, employee(), args),
    ]);
    expect([first.outcome, second.outcome].sort()).toEqual(["already", "signed"]);
    // Period after 2026-02-28 ends 2026-03-14; paid 5 days later.
    expect(first.effectivePayDate).toBe("2026-03-19");
    expect(await certificates()).toBe(1);
    const stored = await db.prisma.employee.findUniqueOrThrow({ where: { id: employeeIds[2]! } });
    expect(stored.federalW4).toEqual({
      version: 2020,
      filingStatus: "married_jointly",
      step3Credits: "2000.00",
      step4cExtraWithholding: "25.00",
    });
    expect(stored.stateW4).toEqual({ allowances: 1 });
    const audit = await db.prisma.auditLog.findMany({ where: { action: "payroll.w4.signed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ subjectId: employeeIds[2], clientId, actorId: employeeIds[2] });
    // The audit row names the filing status and which amounts were given, never the amounts.
    expect(audit[0]!.after).toMatchObject({
      federalW4: {
        version: 2020,
        filingStatus: "married_jointly",
        amountsGiven: ["step3Credits", "step4cExtraWithholding"],
      },
    });
    expect(JSON.stringify(audit[0]!.after)).not.toContain("2000.00");
    expect(sent.map((n) => n.recipient)).toEqual([{ kind: "employee", employeeId: employeeIds[0] }]);
    expect(JSON.stringify(sent[0]!.reply)).toContain("2026-03-19");
    expect(JSON.stringify(sent[0]!.reply)).not.toContain("2000");
  });

  it("leaves the run already under way on the W-4 it started with", async () => {
    expect(await calculatePaycheck(deps.payroll, { runId: startedRunId, employeeId: employeeIds[2]! })).toBe(
      "calculated",
    );
    const paycheck = await db.prisma.paycheck.findFirstOrThrow({
      where: { runId: startedRunId, employeeId: employeeIds[2]! },
    });
    expect((paycheck.basis as { input: { federalW4: unknown } }).input.federalW4).toEqual({
      version: 2020,
      filingStatus: "single",
    });
  });

  it("keeps an exempt claim's expiry with the certificate", async () => {
    const signed = await signW4Change(deps, employee(), {
      filingStatus: "single",
      exempt: "yes",
      signatureKey: crypto.randomUUID(),
    });
    expect(signed.outcome).toBe("signed");
    expect(JSON.stringify(signed.reply)).toContain("until 2027-02-15");
    const stored = await db.prisma.employee.findUniqueOrThrow({ where: { id: employeeIds[2]! } });
    expect(stored.federalW4).toEqual({
      version: 2020,
      filingStatus: "single",
      exempt: true,
      exemptExpires: "2027-02-15",
    });
  });

  it("applies from a drafted run's pay date when the next run is drafted but not started", async () => {
    await db.prisma.payRun.create({
      data: {
        clientId,
        periodStart: new Date("2026-03-01"),
        periodEnd: new Date("2026-03-14"),
        payDate: new Date("2026-03-20"),
        status: "draft",
        createdBy: "test",
      },
    });
    const signed = await signW4Change(deps, employee(), {
      filingStatus: "single",
      signatureKey: crypto.randomUUID(),
    });
    expect(signed.effectivePayDate).toBe("2026-03-20");
  });

  it("refuses anyone but the employee", async () => {
    const staff = { kind: "staff", staffId: "s1", roles: ["specialist"], name: "Sam" } as unknown as Actor;
    await expect(
      signW4Change(deps, staff, { filingStatus: "single", signatureKey: crypto.randomUUID() }),
    ).rejects.toSatisfy((e) => isDomainError(e, "auth.forbidden"));
  });
});
