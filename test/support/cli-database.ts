import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, openDatabase } from "../../src/db/database";
import { createTestDatabase, migratedTemplate, testDatabaseUrl } from "./database";

/**
 * A database that `aso` commands and the test both use, one after the other: its own schema on the
 * test PostgreSQL when there is one, else an embedded data directory (free only while no command
 * runs, so the test opens it between commands with `withDb`).
 */
export type CliDatabase = {
  /** The environment for `aso` commands. */
  env: Record<string, string | undefined>;
  withDb<T>(work: (db: Database) => Promise<T>): Promise<T>;
  cleanup(): Promise<void>;
};

export async function cliDatabase(seed: (db: Database) => Promise<unknown>): Promise<CliDatabase> {
  const url = testDatabaseUrl();
  let schema: string | undefined;
  let dataDir: string | undefined;
  let env: Record<string, string | undefined>;
  const withDb = async <T>(work: (db: Database) => Promise<T>): Promise<T> => {
    const db = url
      ? await openDatabase({ DATABASE_URL: url, DATA_DIR: "" }, { schema: schema! })
      : await openDatabase({ DATA_DIR: dataDir!, DATABASE_URL: undefined });
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  };
  if (url) {
    const testDb = await createTestDatabase();
    schema = testDb.schema!;
    await seed(testDb);
    await testDb.close();
    const withSchema = new URL(url);
    withSchema.searchParams.set("schema", schema);
    env = { ...process.env, DATABASE_URL: withSchema.toString(), LOG_LEVEL: "error" };
  } else {
    dataDir = mkdtempSync(join(tmpdir(), "aso-cli-db-"));
    env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", REDIS_URL: "", LOG_LEVEL: "error" };
    // Start from the migrated template: creating and migrating a data directory takes seconds more.
    const db = await openDatabase(
      { DATA_DIR: dataDir, DATABASE_URL: undefined },
      { loadDataDir: await migratedTemplate() },
    );
    try {
      await seed(db);
    } finally {
      await db.close();
    }
  }
  return {
    env,
    withDb,
    async cleanup() {
      if (schema) await withDb((db) => db.pgPool!.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
