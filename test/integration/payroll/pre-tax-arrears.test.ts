import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { approvePayRun } from "../../../src/app/payroll/approve-pay-run";
import { voidPaycheck, voidPayRun } from "../../../src/app/payroll/manage-pay-run";
import { arrearsReport } from "../../../src/app/payroll/payroll-reports";
import { openPayrollSession, type PayrollSession } from "../../../src/app/payroll/payroll-session";
import { startPayRun } from "../../../src/app/payroll/start-pay-run";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import type { PaycheckFigures } from "../../../src/core/ledger/paycheck-figures";
import { Money } from "../../../src/core/money/money";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const EIN = "12-3456791";
const system = { kind: "system", name: "test" } as const;

/** Biweekly periods (Saturdays) and their pay dates (the Friday after). */
const PERIODS = [
  { periodEnd: "2026-01-17", payDate: "2026-01-23" },
  { periodEnd: "2026-01-31", payDate: "2026-02-06" },
  { periodEnd: "2026-02-14", payDate: "2026-02-20" },
] as const;

const sum = (values: readonly string[]) => Money.sum(values.map((v) => Money.of(v)));
const taxesOf = (f: PaycheckFigures) =>
  sum([...Object.values(f.employeeTaxes), ...(f.statePrograms ?? []).map((p) => p.amount)]);

describe("before-tax benefit premiums net pay cannot cover, kept between pay runs", () => {
  let db: TestDatabase;
  let session: PayrollSession;
  let clientId: string;
  let employeeId: string;
  /** An employee whose taxes are more than the wages the premium leaves (extra withholding). */
  let withheldId: string;
  /** What run 1 could not take of the medical premium. */
  let owed: string;

  const runIdOf = async (i: number) =>
    (
      await db.prisma.payRun.findFirstOrThrow({
        where: { periodEnd: new Date(`${PERIODS[i]!.periodEnd}T00:00:00Z`) },
      })
    ).id;
  const figuresIn = async (i: number, of = employeeId): Promise<PaycheckFigures> =>
    (await db.prisma.paycheck.findFirstOrThrow({ where: { runId: await runIdOf(i), employeeId: of } }))
      .figures as unknown as PaycheckFigures;
  const balance = async (of = employeeId) =>
    (await session.deps.runs.arrearsBalances(clientId)).get(of) ?? [];
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
  const medical = (f: PaycheckFigures) => f.deductions.filter((d) => d.code === "section125_medical");

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ clientId } = await seedPayrollClient(db, {
      ein: EIN,
      employees: 3,
      periodEnd: PERIODS[0].periodEnd,
      laterPeriodEnds: PERIODS.slice(1).map((p) => p.periodEnd),
    }));
    // A part-time check of $150.00 in a period; the family medical tier costs the employee $180.00.
    const employee = await db.prisma.employee.findFirstOrThrow({ where: { clientId, externalId: "E00001" } });
    employeeId = employee.id;
    const enrollment = await db.prisma.enrollment.findFirstOrThrow({ where: { employeeId } });
    expect(enrollment.tier).toBe("family");
    await db.prisma.employee.update({
      where: { id: employeeId },
      data: { payType: "salary", payRate: "150.00", deductions: [] },
    });
    // $100.00 in a period, the employee medical tier at $60.00, and $50.00 extra federal withholding.
    const withheld = await db.prisma.employee.findFirstOrThrow({ where: { clientId, externalId: "E00003" } });
    withheldId = withheld.id;
    expect((await db.prisma.enrollment.findFirstOrThrow({ where: { employeeId: withheldId } })).tier).toBe(
      "employee",
    );
    await db.prisma.employee.update({
      where: { id: withheldId },
      data: {
        payType: "salary",
        payRate: "100.00",
        deductions: [],
        federalW4: { version: 2020, filingStatus: "single", step4cExtraWithholding: "50.00" },
      },
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

  it("takes what the pay leaves of the premium, taxes the wages the cut leaves, and carries the rest when the run posts", async () => {
    await calculate(0);
    const first = await figuresIn(0);
    expect(first.gross).toBe("150.00");
    expect(first.net).toBe("0.00");
    const [taken] = medical(first);
    expect(taken).toMatchObject({ preTax: true });
    owed = Money.of("180.00").minus(Money.of(taken!.amount)).toFixed();
    // $150.00 of the $180.00 is taken: no wages are left to tax (Pennsylvania's income tax and
    // employee UC exclude the premium too), and $30.00 is carried.
    expect(taken!.amount).toBe("150.00");
    expect(owed).toBe("30.00");
    expect(first.deductionArrears).toEqual({
      carriedIn: [],
      taken: [],
      carriedOut: [{ code: "section125_medical", amount: owed }],
    });
    // The wage bases are the pay less the premium taken, and the taxes are what those wages leave.
    const wages = Money.of("150.00").minus(Money.of(taken!.amount));
    expect(first.taxableWages.medicare).toBe(wages.toFixed());
    expect(first.taxableWages.federalIncomeTax).toBe(wages.toFixed());
    expect(taxesOf(first).toFixed()).toBe(wages.toFixed());
    expect(await balance()).toEqual([]);

    // $100.00 − $60.00 leaves $40.00 of wages against $50.00 of extra withholding, so $16.04 is cut:
    // on $56.04 of wages, Social Security 6.2% = $3.474 → $3.47, Medicare 1.45% = $0.813 → $0.81,
    // Pennsylvania 3.07% = $1.720 → $1.72, PA UC 0.07% = $0.039 → $0.04, and $50.00 federal (no tax
    // on $1,457.04 a year, plus the extra): $56.04 of taxes, net $0.00. At $56.03 the taxes would
    // still be $56.04.
    const cut = await figuresIn(0, withheldId);
    expect(cut.taxableWages).toMatchObject({
      federalIncomeTax: "56.04",
      socialSecurity: "56.04",
      medicare: "56.04",
      state: "56.04",
    });
    expect(cut.employeeTaxes).toMatchObject({
      federalIncomeTax: "50.00",
      socialSecurity: "3.47",
      medicare: "0.81",
      stateIncomeTax: "1.72",
    });
    expect(cut.statePrograms).toMatchObject([{ code: "PA_UC", amount: "0.04" }]);
    expect(medical(cut)).toEqual([{ code: "section125_medical", amount: "43.96", preTax: true }]);
    expect(cut.net).toBe("0.00");
    expect(cut.deductionArrears?.carriedOut).toEqual([{ code: "section125_medical", amount: "16.04" }]);

    await approve(0);
    await approve(0);
    expect(await balance()).toEqual([{ code: "section125_medical", amount: owed }]);
    expect(await balance(withheldId)).toEqual([{ code: "section125_medical", amount: "16.04" }]);
    expect(await arrearsReport(session.deps, system, { clientEin: EIN })).toMatchObject({
      employees: [
        {
          externalId: "E00001",
          code: "section125_medical",
          deduction: "Medical premium (Section 125)",
          preTax: true,
          owed,
        },
        { externalId: "E00003", code: "section125_medical", preTax: true, owed: "16.04" },
      ],
      total: "46.04",
    });
  });

  it("takes the carried premium before tax on the next run's paycheck", async () => {
    await db.prisma.employee.updateMany({
      where: { id: { in: [employeeId, withheldId] } },
      data: { payRate: "3200.00" },
    });
    const runId = await calculate(1);
    const second = await figuresIn(1);
    expect(medical(second)).toEqual([
      { code: "section125_medical", amount: "180.00", preTax: true },
      { code: "section125_medical", amount: owed, preTax: true, arrears: true },
    ]);
    expect(second.deductionArrears).toEqual({
      carriedIn: [{ code: "section125_medical", amount: owed }],
      taken: [{ code: "section125_medical", amount: owed }],
      carriedOut: [],
    });
    // Both premium lines shelter the wages.
    expect(second.taxableWages.medicare).toBe(
      Money.of("3200.00").minus(Money.of("180.00")).minus(Money.of(owed)).toFixed(),
    );
    const check = await db.prisma.paycheck.findFirstOrThrow({ where: { runId, employeeId } });
    expect(check.explanation as string[]).toContain(
      `Medical premium (Section 125) carried from earlier paychecks: ${Money.of(owed).format()} (taken before income tax, Social Security and Medicare).`,
    );
    expect((await figuresIn(1, withheldId)).deductionArrears?.taken).toEqual([
      { code: "section125_medical", amount: "16.04" },
    ]);
    await approve(1);
    expect(await balance()).toEqual([]);
    expect(await balance(withheldId)).toEqual([]);
    expect(await arrearsReport(session.deps, system, { clientEin: EIN })).toMatchObject({
      employees: [],
      total: "0.00",
    });
  });

  it("gives the premium back when the run that took it is voided, and settles when both are voided in order", async () => {
    await voidPayRun(session.deps, system, { clientEin: EIN, periodEnd: PERIODS[1].periodEnd });
    expect(await balance()).toEqual([{ code: "section125_medical", amount: owed }]);
    expect(await balance(withheldId)).toEqual([{ code: "section125_medical", amount: "16.04" }]);

    await calculate(2);
    expect((await figuresIn(2)).deductionArrears?.taken).toEqual([
      { code: "section125_medical", amount: owed },
    ]);
    await approve(2);
    expect(await balance()).toEqual([]);
    expect(await balance(withheldId)).toEqual([]);

    for (const id of [employeeId, withheldId])
      await voidPaycheck(session.deps, system, {
        clientEin: EIN,
        periodEnd: PERIODS[2].periodEnd,
        employeeId: id,
      });
    expect(await balance()).toEqual([{ code: "section125_medical", amount: owed }]);
    expect(await balance(withheldId)).toEqual([{ code: "section125_medical", amount: "16.04" }]);
    await voidPayRun(session.deps, system, { clientEin: EIN, periodEnd: PERIODS[0].periodEnd });
    expect(await balance()).toEqual([]);
    expect(await balance(withheldId)).toEqual([]);
    const kinds = await db.prisma.deductionArrearsMovement.groupBy({ by: ["kind"], _count: { _all: true } });
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count._all]))).toEqual({ post: 6, void: 6 });
  });
});
