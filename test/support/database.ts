import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { closePglite, type Database, openDatabase } from "../../src/db/database";
import { MIGRATIONS_DIR, readMigrationsDir, runMigrations } from "../../src/db/migrate";

/** A fresh, migrated database for one test file, and how to throw it away. */
export type TestDatabase = Database & {
  /** Closes the database and drops everything it holds (the PostgreSQL schema, or the PGlite). */
  cleanup(): Promise<void>;
};

export type TestDatabaseOptions = {
  /** Migrations directory to apply. Default: the committed prisma/migrations. */
  migrationsDir?: string;
  /** Skip migrations (an empty database), e.g. to test the migration runner itself. */
  migrate?: boolean;
  /**
   * Force a mode. Default: PostgreSQL when `DATABASE_URL` is set in the test's environment,
   * otherwise embedded (in-memory PGlite).
   */
  kind?: "embedded" | "postgres";
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CACHE_DIR = join(ROOT, ".vitest-data");

/** The PostgreSQL URL tests run against, or undefined for the embedded mode. */
export function testDatabaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : undefined;
}

/**
 * A fresh database with every committed migration applied, private to the caller.
 *
 * - Embedded (default): an in-memory PGlite. Initialising PGlite takes seconds, so the first call
 *   migrates one and caches its data directory in `.vitest-data/` (keyed by the migrations'
 *   checksums); later calls start from that dump in about half a second.
 * - `DATABASE_URL` set: a unique schema (`test_<random>`) in that database, migrated, and dropped
 *   by `cleanup()`. Tables are reached through Prisma's schema option and the pool's search_path.
 *
 * @example
 * let db: TestDatabase;
 * beforeAll(async () => { db = await createTestDatabase(); });
 * afterAll(async () => { await db.cleanup(); });
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const url = testDatabaseUrl();
  const kind = options.kind ?? (url ? "postgres" : "embedded");
  const migrate = options.migrate !== false;
  if (kind === "postgres") {
    if (!url) throw new Error("createTestDatabase({ kind: 'postgres' }) needs DATABASE_URL");
    const schema = `test_${randomBytes(6).toString("hex")}`;
    const db = await openDatabase(
      { DATABASE_URL: url, DATA_DIR: "" },
      { schema, migrate: false, poolMax: 4 },
    );
    if (migrate) {
      await runMigrations(
        { kind: "postgres", pgPool: db.pgPool as NonNullable<Database["pgPool"]>, schema },
        options.migrationsDir ? { migrationsDir: options.migrationsDir } : {},
      );
    }
    return {
      ...db,
      async cleanup() {
        try {
          await db.pgPool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        } finally {
          await db.close();
        }
      },
    };
  }
  const template = migrate ? await migratedTemplate(options.migrationsDir) : undefined;
  const db = await openDatabase(
    { DATABASE_URL: undefined, DATA_DIR: "" },
    { pgliteDataDir: "memory://", migrate: false, ...(template ? { loadDataDir: template } : {}) },
  );
  return { ...db, cleanup: () => db.close() };
}

/** A PGlite dump with every migration applied, cached on disk per migrations checksum. */
export async function migratedTemplate(migrationsDir: string = MIGRATIONS_DIR): Promise<Blob> {
  const files = readMigrationsDir(migrationsDir);
  const hash = createHash("sha256");
  for (const f of files) hash.update(`${f.name}\0${f.checksum}\0`);
  const key = hash.digest("hex").slice(0, 16);
  const path = join(CACHE_DIR, `pglite-template-${key}.tar`);
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const pglite = await PGlite.create();
  try {
    await runMigrations({ kind: "embedded", pglite }, { migrationsDir });
    const dump = await pglite.dumpDataDir("none");
    mkdirSync(CACHE_DIR, { recursive: true });
    // Write then rename: parallel test files may race to create the same template.
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, path);
    return dump;
  } finally {
    await closePglite(pglite);
  }
}
