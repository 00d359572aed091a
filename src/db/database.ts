import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Env } from "../config/env";
import { DomainError } from "../errors/domain-error";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock";
import { PrismaClient } from "./generated/prisma/client";
import { type MigrateResult, type MigrationTarget, runMigrations } from "./migrate";

export type { Prisma } from "./generated/prisma/client";
export { PrismaClient };

/**
 * An open database: the Prisma client plus the driver underneath, so the queue can share it.
 *
 * - `kind: "embedded"`: PGlite persisted in `DATA_DIR/pgdata` (or in memory), with `pglite` set.
 *   PGlite is one session and serialises every query of the process: inside
 *   `prisma.$transaction(async (tx) => …)` use only `tx` (a query on `prisma` waits for the
 *   transaction's timeout), and enqueue jobs only after the transaction commits.
 * - `kind: "postgres"`: `DATABASE_URL` through `@prisma/adapter-pg`, with `pgPool` set.
 *
 * `schema` is the PostgreSQL schema holding the tables when not the default `public`.
 * `close()` disconnects Prisma, closes the driver and releases the data directory lock; it keeps
 * `process.exitCode` as it was (PGlite overwrites it when it closes).
 */
export type Database = {
  prisma: PrismaClient;
  kind: "embedded" | "postgres";
  pglite?: PGlite;
  pgPool?: pg.Pool;
  schema?: string;
  /** What the migration run at open did (embedded mode, or `migrate: true`). */
  migrations?: MigrateResult;
  close(): Promise<void>;
};

export type OpenDatabaseOptions = {
  /**
   * PostgreSQL schema for the tables (search_path and Prisma's schema). Default: the `?schema=`
   * parameter of DATABASE_URL, else `public`. Created if missing.
   */
  schema?: string;
  /**
   * Apply pending migrations at open. Default: true in the embedded mode, false with DATABASE_URL
   * (production runs `aso migrate` as a deploy step).
   */
  migrate?: boolean;
  /**
   * Embedded only: where PGlite keeps its files. Default `DATA_DIR/pgdata`. `"memory://"` keeps the
   * database in memory (no lock, nothing on disk): for tests.
   */
  pgliteDataDir?: string;
  /** Embedded only: a PGlite data dump (`pglite.dumpDataDir()`) to start from, e.g. a migrated template. */
  loadDataDir?: Blob | File;
  /** Receives one line per applied migration. */
  log?: (line: string) => void;
  /** Max connections in the pg pool (postgres mode). Default 10. */
  poolMax?: number;
};

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Splits `?schema=` off a PostgreSQL URL (node-postgres would pass it on as an unknown option). */
export function parseDatabaseUrl(url: string): { connectionString: string; schema: string | undefined } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}

function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new DomainError("config.invalid", `invalid PostgreSQL schema name ${JSON.stringify(schema)}`);
  }
  return schema;
}

/**
 * Opens the configured database: PostgreSQL through `@prisma/adapter-pg` when `DATABASE_URL` is
 * set, otherwise embedded PostgreSQL (PGlite) persisted in `DATA_DIR` — created if missing, locked
 * for the life of the process (a second process is refused with `db.data_dir_locked` naming the
 * directory and the pid holding it; a lock left by a dead process is taken over) and migrated.
 *
 * @example
 * const db = await openDatabase(loadEnv());
 * try { await db.prisma.staff.count(); } finally { await db.close(); }
 */
export async function openDatabase(
  env: Pick<Env, "DATABASE_URL" | "DATA_DIR">,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL, options);
  return openEmbedded(env.DATA_DIR, options);
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const { connectionString, schema: urlSchema } = parseDatabaseUrl(url);
  const schemaOption = options.schema ?? urlSchema;
  const schema = schemaOption ? checkSchemaName(schemaOption) : undefined;
  const pgPool = new pg.Pool({
    connectionString,
    max: options.poolMax ?? 10,
    ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
  });
  pgPool.on("error", () => {
    // An idle client lost its connection; the pool replaces it. Queries report their own errors.
  });
  try {
    if (schema) await pgPool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    const migrations =
      options.migrate === true
        ? await runMigrations(
            { kind: "postgres", pgPool, ...(schema ? { schema } : {}) },
            migrateOptions(options),
          )
        : undefined;
    const prisma = new PrismaClient({ adapter: new PrismaPg(pgPool, schema ? { schema } : {}) });
    let closed = false;
    return {
      prisma,
      kind: "postgres",
      pgPool,
      ...(schema ? { schema } : {}),
      ...(migrations ? { migrations } : {}),
      async close() {
        if (closed) return;
        closed = true;
        await prisma.$disconnect();
        await pgPool.end();
      },
    };
  } catch (error) {
    await pgPool.end().catch(() => undefined);
    throw error;
  }
}

/** Where the embedded database lives inside `DATA_DIR`. */
const PGLITE_SUBDIR = "pgdata";

/** Whether `DATA_DIR` already holds an embedded database (false on a new machine or a fresh directory). */
export function embeddedDatabaseExists(dataDir: string): boolean {
  return existsSync(join(resolve(dataDir), PGLITE_SUBDIR));
}

async function openEmbedded(dataDir: string, options: OpenDatabaseOptions): Promise<Database> {
  const inMemory = options.pgliteDataDir?.startsWith("memory://") ?? false;
  let lock: DataDirLock | undefined;
  let pgliteDir: string | undefined;
  if (inMemory) {
    pgliteDir = undefined;
  } else {
    const root = resolve(dataDir);
    mkdirSync(root, { recursive: true });
    lock = acquireDataDirLock(root);
    pgliteDir = options.pgliteDataDir ? resolve(options.pgliteDataDir) : join(root, PGLITE_SUBDIR);
  }
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create({
      ...(pgliteDir ? { dataDir: pgliteDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    yieldBeforeEachStatement(pglite);
    const schema = options.schema ? checkSchemaName(options.schema) : undefined;
    if (schema)
      await pglite.exec(
        `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}; SET search_path TO ${quoteIdent(schema)}`,
      );
    const migrations =
      options.migrate !== false
        ? await runMigrations(
            { kind: "embedded", pglite, ...(schema ? { schema } : {}) } satisfies MigrationTarget,
            migrateOptions(options),
          )
        : undefined;
    const prisma = new PrismaClient({ adapter: pgliteAdapterFactory(pglite, schema) });
    const instance = pglite;
    let closed = false;
    return {
      prisma,
      kind: "embedded",
      pglite,
      ...(schema ? { schema } : {}),
      ...(migrations ? { migrations } : {}),
      async close() {
        if (closed) return;
        closed = true;
        try {
          await prisma.$disconnect();
          await closePglite(instance);
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    if (pglite) await closePglite(pglite).catch(() => undefined);
    lock?.release();
    throw error;
  }
}

/**
 * PGlite runs each statement synchronously and resolves it as a promise, with no I/O in between: a
 * chain of queries (a chunk job, the queue's polling, Prisma's transactions) runs entirely in
 * microtasks, and sockets are not read until it ends — a Slack click waited behind a pay run for up
 * to a second. A macrotask turn before each statement lets pending I/O (HTTP requests, timers) in.
 */
function yieldBeforeEachStatement(pglite: PGlite): void {
  const execute = pglite.execProtocolStream.bind(pglite);
  pglite.execProtocolStream = async (...args) => {
    await new Promise((resolve) => setImmediate(resolve));
    return execute(...args);
  };
}

/**
 * PrismaPGlite, told which schema the tables are in: Prisma qualifies every table with the
 * adapter's `schemaName` (default `public`), and pglite-prisma-adapter 0.7.2 has no schema option.
 */
function pgliteAdapterFactory(pglite: PGlite, schema: string | undefined): SqlDriverAdapterFactory {
  const factory = new PrismaPGlite(pglite);
  if (!schema) return factory;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      const info = adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true };
      adapter.getConnectionInfo = () => ({ ...info, schemaName: schema });
      return adapter;
    },
  };
}

function migrateOptions(options: OpenDatabaseOptions) {
  return options.log ? { log: options.log } : {};
}

/** Closes PGlite, keeping `process.exitCode` (PGlite overwrites it on close). */
export async function closePglite(pglite: PGlite): Promise<void> {
  if (pglite.closed) return;
  const exitCode = process.exitCode;
  try {
    await pglite.close();
  } finally {
    process.exitCode = exitCode;
  }
}
