import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import type { Database } from "../../../src/db/database";
import { aso } from "../../support/cli";
import { type CliDatabase, cliDatabase } from "../../support/cli-database";

const EIN = "77-7654399";
const PERIOD = ["--client", EIN, "--period-end", "2026-01-17"];

// The correction commands from the command line, on the embedded default and on PostgreSQL + Redis.
describe("voiding one paycheck and recording an overpayment from the command line", () => {
  let env: Record<string, string | undefined>;
  let database: CliDatabase;
  const withDb = <T>(work: (db: Database) => Promise<T>) => database.withDb(work);

  beforeAll(async () => {
    database = await cliDatabase((db) =>
      seedPayrollClient(db, { ein: EIN, employees: 4, periodEnd: "2026-01-17" }),
    );
    env = database.env;
    const run = await aso(env, "payroll", "run", ...PERIOD, "--json");
    expect(run.code, run.err).toBe(0);
    const approved = await aso(env, "payroll", "approve", ...PERIOD);
    expect(approved.code, approved.err).toBe(0);
  }, 180_000);
  afterAll(() => database?.cleanup());

  it("voids a paycheck once, naming the employee by census id", { timeout: 120_000 }, async () => {
    const args = ["payroll", "void-paycheck", ...PERIOD];
    const first = await aso(env, ...args, "--employee", "E00002", "--json");
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ employee: "E00002", status: "voided", changed: true });
    const second = await aso(env, ...args, "--employee", "E00002", "--json");
    expect(JSON.parse(second.out)).toMatchObject({ status: "voided", changed: false });
    expect(await withDb((db) => db.prisma.journalEntry.count({ where: { kind: "reversal" } }))).toBe(1);
    const usage = await aso(env, ...args);
    expect(usage.code).not.toBe(0);
    expect(usage.err).toMatch(/--employee/);
    const unknown = await aso(env, ...args, "--employee", "E99999");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/E99999/);
  });

  it("records an overpayment once by its key, and refuses a reused key or a negative amount", {
    timeout: 120_000,
  }, async () => {
    const args = ["payroll", "recover", "--client", EIN, "--employee", "E00003", "--json"];
    const recorded = await aso(env, ...args, "--amount", "250.00", "--key", "overpaid-dec");
    expect(recorded.code, recorded.err).toBe(0);
    expect(JSON.parse(recorded.out)).toMatchObject({ amount: "250.00", created: true });
    const again = await aso(env, ...args, "--amount", "250.00", "--key", "overpaid-dec");
    expect(JSON.parse(again.out)).toMatchObject({ created: false });
    const reused = await aso(env, ...args, "--amount", "300.00", "--key", "overpaid-dec");
    expect(reused.code).toBe(1);
    expect(reused.err).toMatch(/--key: overpaid-dec was already used/);
    expect((await aso(env, ...args, "--amount", "-5", "--key", "k2")).err).toMatch(/--amount/);
    expect(await withDb((db) => db.prisma.wageRecovery.count())).toBe(1);
  });
});
