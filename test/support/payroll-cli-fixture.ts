import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, openDatabase } from "../../src/db/database";
import { aso } from "./cli";
import { createTestDatabase, migratedTemplate, type TestDatabase, testDatabaseUrl } from "./database";

export type PayrollCliFixture = {
  /** The environment every `aso` call of the file runs with. */
  env: Record<string, string | undefined>;
  /** Drops the schema or removes the data directory. */
  dispose: () => Promise<void>;
};

/**
 * A seeded database for the payroll CLI tests: its own schema on PostgreSQL when DATABASE_URL is set,
 * otherwise a data directory loaded from the migrated template (migrating one takes seconds more).
 * With `runAndApprove`, the period is then calculated and approved through `aso`, as an operator would.
 */
export async function payrollCliFixture(options: {
  name: string;
  seed: (db: Database) => Promise<unknown>;
  runAndApprove?: { client: string; periodEnd: string; payDate: string };
}): Promise<PayrollCliFixture> {
  let env: Record<string, string | undefined>;
  let dataDir: string | undefined;
  let testDb: TestDatabase | undefined;
  const url = testDatabaseUrl();
  if (url) {
    testDb = await createTestDatabase();
    await options.seed(testDb);
    const withSchema = new URL(url);
    withSchema.searchParams.set("schema", testDb.schema!);
    env = { ...process.env, DATABASE_URL: withSchema.toString(), LOG_LEVEL: "error" };
    await testDb.close();
  } else {
    dataDir = mkdtempSync(join(tmpdir(), `aso-${options.name}-`));
    env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", REDIS_URL: "", LOG_LEVEL: "error" };
    const db = await openDatabase(
      { DATA_DIR: dataDir, DATABASE_URL: undefined },
      { loadDataDir: await migratedTemplate() },
    );
    await options.seed(db);
    await db.close();
  }
  const dispose = async () => {
    if (testDb) {
      const again = await openDatabase(
        { DATABASE_URL: testDatabaseUrl(), DATA_DIR: "" },
        { schema: testDb.schema! },
      );
      await again.pgPool?.query(`DROP SCHEMA IF EXISTS "${testDb.schema}" CASCADE`);
      await again.close();
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const run = options.runAndApprove;
  if (run) {
    const period = ["--client", run.client, "--period-end", run.periodEnd];
    const calculated = await aso(env, "payroll", "run", ...period, "--pay-date", run.payDate);
    const approved = calculated.code === 0 ? await aso(env, "payroll", "approve", ...period) : undefined;
    if (calculated.code !== 0 || approved?.code !== 0) {
      await dispose();
      throw new Error(`seeding the pay run failed: ${calculated.err}${approved?.err ?? ""}`);
    }
  }
  return { env, dispose };
}
