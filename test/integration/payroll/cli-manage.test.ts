import { type AddressInfo, createServer, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import type { Database } from "../../../src/db/database";
import { aso } from "../../support/cli";
import { type CliDatabase, cliDatabase } from "../../support/cli-database";

const EIN = "77-7654321";
const PERIOD = ["--client", EIN, "--period-end", "2026-01-17"];

/** A refusal is exactly one line on stderr, naming the cause, and exit 1. */
function expectRefusal(result: { code: number; err: string }, pattern: RegExp) {
  expect(result.code).toBe(1);
  expect(result.err.trimEnd().split("\n")).toHaveLength(1);
  expect(result.err).toMatch(pattern);
}

// Each step runs the CLI as a process of its own (tsx start-up included): minutes, not seconds, on a
// loaded machine.
describe("recalculating, excluding and voiding a pay run from the command line", { timeout: 120_000 }, () => {
  let env: Record<string, string | undefined>;
  let database: CliDatabase;
  const withDb = <T>(work: (db: Database) => Promise<T>) => database.withDb(work);

  beforeAll(async () => {
    database = await cliDatabase((db) =>
      seedPayrollClient(db, { ein: EIN, employees: 10, periodEnd: "2026-01-17", unsupportedState: 2 }),
    );
    env = database.env;
  });
  afterAll(() => database?.cleanup());

  it("refuses at once, in one line, when the queue does not answer, and creates nothing", async () => {
    const down = { ...env, REDIS_URL: "redis://127.0.0.1:1" };
    const result = await aso(down, "payroll", "run", ...PERIOD);
    expectRefusal(result, /job queue .*unreachable/);
    expect(await withDb((db) => db.prisma.payRun.count())).toBe(0);
  });

  it("refuses just the same when the queue accepts connections but never answers (no hang on close)", async () => {
    const held: Socket[] = [];
    const silent = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const result = await aso(
        { ...env, REDIS_URL: `redis://127.0.0.1:${port}` },
        "payroll",
        "run",
        ...PERIOD,
      );
      expectRefusal(result, /job queue .*unreachable/);
      expect(await withDb((db) => db.prisma.payRun.count())).toBe(0);
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("refuses approval of a run with paycheck errors with exit 1, then recalculates the fixed one", async () => {
    const run = await aso(env, "payroll", "run", ...PERIOD, "--json");
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.out);
    expect(summary).toMatchObject({ status: "calculated", calculated: 8 });
    expect(summary.errors.map((e: { employee: string }) => e.employee).sort()).toEqual(["E00001", "E00002"]);

    expectRefusal(await aso(env, "payroll", "approve", ...PERIOD), /2 paycheck error\(s\); fix or exclude/);
    // Recalculating what has not been fixed gives the same error, not a new kind of failure.
    const same = await aso(env, "payroll", "recalculate", ...PERIOD, "--employee", "E00002", "--json");
    expect(same.code).toBe(0);
    expect(JSON.parse(same.out)).toMatchObject({ recalculated: 1, calculated: 8 });

    await withDb((db) =>
      db.prisma.employee.updateMany({ where: { externalId: "E00001" }, data: { workState: "PA" } }),
    );
    const fixed = await aso(env, "payroll", "recalculate", ...PERIOD, "--json");
    expect(fixed.code).toBe(0);
    expect(JSON.parse(fixed.out)).toMatchObject({ status: "calculated", recalculated: 2, calculated: 9 });
    expectRefusal(
      await aso(env, "payroll", "recalculate", ...PERIOD, "--employee", "E00003"),
      /E00003|no paycheck error/,
    );
    expectRefusal(await aso(env, "payroll", "exclude", ...PERIOD, "--employee", "E99999"), /E99999/);
  });

  it("excludes the employee still in error, approves, voids, and refuses what no longer applies", async () => {
    const excluded = await aso(env, "payroll", "exclude", ...PERIOD, "--employee", "E00002", "--json");
    expect(excluded.code).toBe(0);
    expect(JSON.parse(excluded.out)).toMatchObject({ excluded: ["E00002"] });
    expect((await aso(env, "payroll", "approve", ...PERIOD)).code).toBe(0);
    expectRefusal(await aso(env, "payroll", "exclude", ...PERIOD, "--employee", "E00003"), /posted/);
    expectRefusal(await aso(env, "payroll", "recalculate", ...PERIOD), /posted/);

    const voided = await aso(env, "payroll", "void", ...PERIOD, "--json");
    expect(voided.code).toBe(0);
    expect(JSON.parse(voided.out)).toMatchObject({ status: "voided" });
    expect((await aso(env, "payroll", "void", ...PERIOD)).code).toBe(0);
    expectRefusal(await aso(env, "payroll", "approve", ...PERIOD), /voided/);

    const report = JSON.parse(
      (await aso(env, "report", "liabilities", "--client", EIN, "--from", "2026-01-01", "--to", "2026-12-31"))
        .out,
    );
    expect(report.totals.debit).toBe(report.totals.credit);
    for (const a of report.accounts) expect(Number(a.balance)).toBe(0);

    const status = await aso(env, "payroll", "status", ...PERIOD, "--json");
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({ status: "voided", excluded: ["E00002"] });
    expectRefusal(
      await aso(env, "payroll", "status", "--client", EIN, "--period-end", "2026-01-31"),
      /no pay run/,
    );

    const audit = await withDb((db) => db.prisma.auditLog.findMany({ where: { subjectType: "pay_run" } }));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "payroll.run.start",
        "payroll.recalculate",
        "payroll.exclude_employees",
        "payroll.approve",
        "payroll.void",
      ]),
    );
  });
});
