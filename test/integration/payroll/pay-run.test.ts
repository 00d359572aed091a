import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { approvePayRun } from "../../../src/app/payroll/approve-pay-run";
import { calculatePaycheck } from "../../../src/app/payroll/calculate-paycheck";
import { excludeEmployees, recalculateErrors, voidPayRun } from "../../../src/app/payroll/manage-pay-run";
import {
  explainPaycheckChange,
  getMyLastPaycheck,
  getMyPaycheckTaxes,
  getNextPayDate,
} from "../../../src/app/payroll/paycheck-queries";
import { createPaycheckQuestionDialog } from "../../../src/app/payroll/paycheck-question-dialog";
import { form941Report, liabilitiesReport, w2Report } from "../../../src/app/payroll/payroll-reports";
import { openPayrollSession, type PayrollSession } from "../../../src/app/payroll/payroll-session";
import { previewPaycheckChange } from "../../../src/app/payroll/preview-paycheck-change";
import { startPayRun } from "../../../src/app/payroll/start-pay-run";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import { FORM_941_ACCOUNTS } from "../../../src/core/ledger/accounts";
import { Money } from "../../../src/core/money/money";
import { RoundingRule } from "../../../src/core/money/rounding";
import { computePaycheck } from "../../../src/core/payroll/compute-paycheck";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const EIN = "12-3456789";
const system = { kind: "system", name: "test" } as const;
const sum = (values: string[]) => values.reduce((a, v) => a.plus(Money.of(v)), Money.zero()).toFixed();

describe("a pay run through the job queue", () => {
  let db: TestDatabase;
  let session: PayrollSession;
  let employeeIds: string[];
  const clock = fixedClock("2026-01-20T15:00:00Z");

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ employeeIds } = await seedPayrollClient(db, {
      ein: EIN,
      employees: 30,
      periodEnd: "2026-01-17",
      laterPeriodEnds: ["2026-01-31"],
      unsupportedState: 1,
    }));
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

  const deps = () => ({ ...session.deps, queue: session.queue! });

  it("calculates every employee's paycheck and lists the one that failed", async () => {
    const run = await startPayRun(deps(), system, {
      clientEin: EIN,
      periodEnd: "2026-01-17",
      payDate: "2026-01-23",
    });
    expect(run).toMatchObject({ status: "calculating", periodStart: "2026-01-04", employeeCount: 30 });
    const seen: number[] = [];
    const done = await watchPayRun(session.deps, run.id, (p) => seen.push(p.done), { pollMs: 50 });
    expect(done.status).toBe("calculated");
    expect(seen.at(-1)).toBe(30);
    const progress = await session.deps.runs.progress(run.id);
    expect(progress).toEqual({ calculated: 29, errors: 1, skipped: 0 });
    const errors = await session.deps.runs.errors(run.id);
    expect(errors).toEqual([
      { employeeId: employeeIds[0], errorCode: "payroll.unsupported_state", error: expect.any(String) },
    ]);
  });

  it("refuses a second run for the same client and period", async () => {
    const second = startPayRun(deps(), system, { clientEin: EIN, periodEnd: "2026-01-17" });
    await expect(second).rejects.toSatisfy((e) => isDomainError(e, "payroll.run_exists"));
  });

  it("never writes a second paycheck when a calculation job runs again", async () => {
    const run = (await session.deps.runs.find(
      (await session.deps.inputs.clientByEin(EIN))!.id,
      "2026-01-17",
    ))!;
    await session.deps.runs.transition(run.id, ["calculated"], "calculating");
    await Promise.all([
      calculatePaycheck(session.deps, { runId: run.id, employeeId: employeeIds[5]! }),
      calculatePaycheck(session.deps, { runId: run.id, employeeId: employeeIds[5]! }),
    ]);
    await session.deps.runs.transition(run.id, ["calculating"], "calculated");
    expect(await db.prisma.paycheck.count({ where: { runId: run.id } })).toBe(30);
  });

  it("refuses approval while a paycheck has an error, and approves once the employee is excluded", async () => {
    const ref = { clientEin: EIN, periodEnd: "2026-01-17" };
    await expect(approvePayRun(session.deps, system, ref)).rejects.toSatisfy(
      (e) => isDomainError(e, "payroll.run_has_errors") && e.message.includes("E00001"),
    );
    await excludeEmployees(session.deps, system, { ...ref, employeeIds: [employeeIds[0]!] });
    const approved = await approvePayRun(session.deps, system, ref);
    expect(approved.changed).toBe(true);
    expect(approved.run.status).toBe("posted");
    expect(approved.totals!.debit).toBe(approved.totals!.credit);
    const again = await approvePayRun(session.deps, system, ref);
    expect(again).toMatchObject({ changed: false, totals: null });
    expect(await db.prisma.journalEntry.count({ where: { runId: approved.run.id } })).toBe(1);
    const audit = await db.prisma.auditLog.findMany({
      where: { subjectId: approved.run.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "payroll.run.start",
        "payroll.exclude_employees",
        "payroll.approve",
        "payroll.post",
      ]),
    );
  });

  it("updates year-to-date figures when posting", async () => {
    const ytd = await db.prisma.payrollYtd.findMany();
    expect(ytd).toHaveLength(29);
    const paychecks = await db.prisma.paycheck.findMany({
      where: { status: "calculated", employeeId: { not: employeeIds[0] } },
    });
    expect(sum(ytd.map((y) => y.gross.toFixed(2)))).toBe(sum(paychecks.map((p) => p.gross.toFixed(2))));
  });

  it("reports liabilities that balance, and 941 lines that equal the posted paychecks", async () => {
    const report = await liabilitiesReport(session.deps, system, {
      clientEin: EIN,
      from: "2026-01-01",
      to: "2026-03-31",
    });
    expect(report.client).toBe(EIN);
    expect(report.totals.debit).toBe(report.totals.credit);
    const fit = report.accounts.find((a) => a.account === "federal_income_tax_withheld_payable")!;
    // Monthly depositor (no lookback history): due 17 February 2026 (15th is Sunday, 16th a holiday).
    expect(fit.due).toEqual([{ date: "2026-02-17", amount: fit.balance }]);
    const figures = await session.deps.runs.postedFigures(
      (await session.deps.inputs.clientByEin(EIN))!.id,
      "2026-01-01",
      "2026-03-31",
    );
    expect(figures).toHaveLength(29);
    const f941 = await form941Report(session.deps, system, { clientEin: EIN, quarter: "2026Q1" });
    expect(f941.line3).toBe(sum(figures.map((f) => f.employeeTaxes.federalIncomeTax)));
    expect(f941.line2).toBe(sum(figures.map((f) => f.taxableWages.federalIncomeTax)));
    const ledger941 = sum(
      report.accounts.filter((a) => FORM_941_ACCOUNTS.has(a.account)).map((a) => a.balance),
    );
    expect(f941.line10).toBe(ledger941);
    const w2 = await w2Report(session.deps, system, { clientEin: EIN, year: "2026" });
    expect(w2.employees).toHaveLength(29);
    expect(sum(w2.employees.map((e) => e.box2))).toBe(f941.line3);
  });

  it("answers an employee's paycheck questions from the posted paychecks", async () => {
    const second = await startPayRun(deps(), system, {
      clientEin: EIN,
      periodEnd: "2026-01-31",
      payDate: "2026-02-06",
    });
    await watchPayRun(session.deps, second.id, () => undefined, { pollMs: 50 });
    // This time the cause is fixed (the work state corrected) and the error recalculated, not excluded.
    await db.prisma.employee.update({ where: { id: employeeIds[0]! }, data: { workState: "PA" } });
    const recalculated = await recalculateErrors(deps(), system, { clientEin: EIN, periodEnd: "2026-01-31" });
    expect(recalculated.employees).toBe(1);
    expect((await watchPayRun(session.deps, second.id, () => undefined, { pollMs: 50 })).status).toBe(
      "calculated",
    );
    expect(await session.deps.runs.errors(second.id)).toEqual([]);
    await approvePayRun(session.deps, system, { clientEin: EIN, periodEnd: "2026-01-31" });
    const employee = {
      kind: "employee",
      employeeId: employeeIds[1]!,
      clientId: second.clientId,
      roles: ["employee"],
      name: "Employee 2",
      timezone: "America/New_York",
    } as const;
    const last = await getMyLastPaycheck(session.deps, employee);
    expect(last.paycheck).toMatchObject({ payDate: "2026-02-06" });
    expect(last.reply.personal).toBe(true);
    const p = last.paycheck!;
    expect(sum([...p.taxes.map((t) => t.amount), ...p.deductions.map((d) => d.amount), p.net])).toBe(p.gross);
    expect(p.explanation.length).toBeGreaterThan(3);
    const change = await explainPaycheckChange(session.deps, employee);
    expect(change).toMatchObject({ before: "2026-01-23", after: "2026-02-06" });
    // Employee 2 worked 9-hour days in the second period: overtime appears and gross goes up.
    expect(change.changes.map((c) => c.item)).toEqual(
      expect.arrayContaining(["Overtime premium", "Gross pay", "Net pay"]),
    );
    expect(Money.of(change.changes.find((c) => c.item === "Gross pay")!.change).isPositive()).toBe(true);
    const next = await getNextPayDate(session.deps, employee);
    expect(next.payDate).toBe("2026-01-23");
    const dialog = createPaycheckQuestionDialog({ payroll: session.deps });
    const ctx = {
      actor: employee,
      channel: "playground" as never,
      conversationKey: "k",
      now: new Date("2026-01-20T15:00:00Z"),
      timezone: "America/New_York",
      intent: "paycheck_question" as const,
    };
    const answer = await dialog.run({ ...ctx, slots: {} });
    expect(answer).toMatchObject({ kind: "answer" });
    expect(JSON.stringify(answer)).toContain("Overtime premium");
    const payday = await dialog.run({ ...ctx, slots: { topic: "payday" } });
    expect(JSON.stringify(payday)).toContain("2026-01-23");
    await expect(getMyLastPaycheck(session.deps, system)).rejects.toSatisfy((e) =>
      isDomainError(e, "auth.forbidden"),
    );
  });

  it("explains the change by its cause, and previews what-ifs equal to the engine's result, saving nothing", async () => {
    const employee = {
      kind: "employee",
      employeeId: employeeIds[1]!,
      clientId: (await session.deps.inputs.clientByEin(EIN))!.id,
      roles: ["employee"],
      name: "Employee 2",
      timezone: "America/New_York",
    } as const;
    const change = await explainPaycheckChange(session.deps, employee);
    // The second period's 9-hour days are the only difference: overtime, and nothing else named.
    expect(change.causes.map((c) => c.kind)).toEqual(["overtime"]);
    expect(change.verdict).toMatchObject({ direction: "bigger", essentiallySame: false });
    expect(JSON.stringify(change.reply)).toContain("larger than the one of 2026-01-23");
    const named = await explainPaycheckChange(session.deps, employee, {
      before: "2026-01-23",
      after: "2026-02-06",
    });
    expect(named.causes).toEqual(change.causes);
    const reversed = await explainPaycheckChange(session.deps, employee, {
      before: "2026-02-06",
      after: "2026-01-23",
    });
    expect(reversed.verdict?.direction).toBe("smaller");
    const missing = await explainPaycheckChange(session.deps, employee, { before: "2025-12-26" });
    expect(missing.verdict).toBeNull();
    expect(JSON.stringify(missing.reply)).toContain("couldn't find posted paychecks of those pay dates");

    const [last] = await session.deps.runs.latestPaychecks(employee.employeeId, 1);
    expect(last!.basis?.input.timesheet?.days.length).toBeGreaterThan(0);
    const taxes = await getMyPaycheckTaxes(session.deps, employee);
    expect(taxes.total).toBe(
      sum([
        ...Object.values(last!.figures.employeeTaxes),
        ...(last!.figures.statePrograms ?? []).map((p) => p.amount),
      ]),
    );

    const { id: _id, ...input } = last!.basis!.input;
    const paychecksBefore = await db.prisma.paycheck.count();
    const k401 = await previewPaycheckChange(session.deps, employee, { kind: "401k_percent", percent: "10" });
    const expected401k = computePaycheck({ ...input, deductions: [{ code: "401k", percent: "10" }] });
    expect(k401.preview!.changed.net).toBe(expected401k.net);
    expect(k401.preview!.changed.deductions).toEqual(expected401k.deductions);
    expect(k401.preview!.current.net).toBe(last!.figures.net);
    expect(k401.preview!.netChange).toBe(
      Money.of(expected401k.net).minus(Money.of(last!.figures.net)).toFixed(),
    );

    const married = await previewPaycheckChange(session.deps, employee, {
      kind: "filing_status",
      filingStatus: "married_jointly",
    });
    const expectedMarried = computePaycheck({
      ...input,
      federalW4: { version: 2020, filingStatus: "married_jointly" },
    });
    expect(married.preview!.changed.employeeTaxes).toEqual(expectedMarried.employeeTaxes);
    expect(married.preview!.changed.net).toBe(expectedMarried.net);

    // Six more overtime hours at time and a half of the timesheet's rate (no bonus in the regular rate).
    const overtime = await previewPaycheckChange(session.deps, employee, {
      kind: "overtime_hours",
      hours: "6",
    });
    const rate = Money.of(input.timesheet!.rate);
    expect(Money.of(overtime.preview!.changed.gross).minus(Money.of(last!.figures.gross)).toFixed()).toBe(
      rate.times("9").round(RoundingRule.HalfUp).toFixed(),
    );
    expect(JSON.stringify(overtime.reply)).toContain("nothing has been changed");

    expect(await db.prisma.paycheck.count()).toBe(paychecksBefore);
    const stored = await db.prisma.employee.findUniqueOrThrow({ where: { id: employee.employeeId } });
    expect(stored.deductions).toEqual([]);
    expect(stored.federalW4).toEqual({ version: 2020, filingStatus: "single" });
  });

  it("posts an off-cycle adjustment run for the same period as its own entry", async () => {
    const adjustment = await startPayRun(deps(), system, {
      clientEin: EIN,
      periodEnd: "2026-01-31",
      payDate: "2026-02-10",
      adjustments: { [employeeIds[2]!]: [{ code: "bonus", amount: "500.00" }] },
    });
    expect(adjustment).toMatchObject({ kind: "adjustment", sequence: 1, employeeCount: 1 });
    await watchPayRun(session.deps, adjustment.id, () => undefined, { pollMs: 50 });
    const posted = await approvePayRun(session.deps, system, {
      clientEin: EIN,
      periodEnd: "2026-01-31",
      sequence: 1,
    });
    expect(posted.run.status).toBe("posted");
    const entry = await db.prisma.journalEntry.findFirstOrThrow({ where: { runId: adjustment.id } });
    expect(entry.kind).toBe("adjustment");
    const check = await db.prisma.paycheck.findFirstOrThrow({ where: { runId: adjustment.id } });
    expect(check.gross.toFixed(2)).toBe("500.00");
    expect(entry.debitTotal.toFixed(2)).toBe(entry.creditTotal.toFixed(2));
  });

  it("voids a posted run with reversing entries that net every account to zero", async () => {
    const run = await voidPayRun(session.deps, system, { clientEin: EIN, periodEnd: "2026-01-17" });
    expect(run.status).toBe("voided");
    // The reversal is dated today (20 January), the original 23 January; the second run is in February.
    const report = await liabilitiesReport(session.deps, system, {
      clientEin: EIN,
      from: "2026-01-01",
      to: "2026-01-31",
    });
    expect(report.accounts.length).toBeGreaterThan(10);
    for (const account of report.accounts) {
      expect(account.balance, account.account).toBe("0.00");
      expect(account.due).toEqual([]);
    }
    expect(await db.prisma.journalEntry.count()).toBe(4);
    const second = await db.prisma.paycheck.findMany({
      where: {
        payDate: { gte: new Date("2026-02-06T00:00:00Z") },
        status: "calculated",
      },
    });
    const ytd = await db.prisma.payrollYtd.findMany();
    expect(sum(ytd.map((y) => y.gross.toFixed(2)))).toBe(sum(second.map((p) => p.gross.toFixed(2))));
    const f941 = await form941Report(session.deps, system, { clientEin: EIN, quarter: "2026Q1" });
    expect(f941.line3).toBe(
      sum(
        second.map(
          (p) =>
            (p.figures as { employeeTaxes: { federalIncomeTax: string } }).employeeTaxes.federalIncomeTax,
        ),
      ),
    );
  });
});
