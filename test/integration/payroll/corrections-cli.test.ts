import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { type Database, openDatabase } from "../../../src/db/database";
import { aso } from "../../support/cli";
import { createTestDatabase, testDatabaseUrl } from "../../support/database";

const EIN = "77-7654399";
const PERIOD = ["--client", EIN, "--period-end", "2026-01-17"];

// The correction commands from the command line, on the embedded default and on PostgreSQL + Redis.
describe("voiding one paycheck and recording an overpayment from the command line", () => {
  let env: Record<string, string | undefined>;
  let dataDir: string | undefined;
  let schema: string | undefined;

  /** The database between commands (the embedded one is free only while no command runs). */
  async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
    const db = testDatabaseUrl()
      ? await openDatabase({ DATABASE_URL: testDatabaseUrl(), DATA_DIR: "" }, { schema: schema! })
      : await openDatabase({ DATA_DIR: dataDir!, DATABASE_URL: undefined });
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  }

  beforeAll(async () => {
    const url = testDatabaseUrl();
    if (url) {
      const testDb = await createTestDatabase();
      schema = testDb.schema!;
      await seedPayrollClient(testDb, { ein: EIN, employees: 4, periodEnd: "2026-01-17" });
      const withSchema = new URL(url);
      withSchema.searchParams.set("schema", schema);
      env = { ...process.env, DATABASE_URL: withSchema.toString(), LOG_LEVEL: "error" };
      await testDb.close();
    } else {
      dataDir = mkdtempSync(join(tmpdir(), "aso-corrections-"));
      env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", REDIS_URL: "", LOG_LEVEL: "error" };
      await withDb((db) => seedPayrollClient(db, { ein: EIN, employees: 4, periodEnd: "2026-01-17" }));
    }
    const run = await aso(env, "payroll", "run", ...PERIOD, "--json");
    expect(run.code, run.err).toBe(0);
    const approved = await aso(env, "payroll", "approve", ...PERIOD);
    expect(approved.code, approved.err).toBe(0);
  }, 180_000);
  afterAll(async () => {
    if (schema) await withDb((db) => db.pgPool!.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

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
