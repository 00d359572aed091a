/**
 * Creates migrations and checks for drift with Prisma's official WASM schema engine
 * (`@prisma/schema-engine-wasm`, same engine hash as the installed `prisma`), against in-memory
 * PGlite databases. The native engines `prisma migrate` needs cannot be downloaded here.
 *
 *   npm run migration:create -- <name>   write prisma/migrations/<timestamp>_<name>/migration.sql
 *   npm run migration:check              exit 1 when prisma/schema has changes no migration captures
 *
 * How: the engine's `diff` replays the migrations directory on a shadow database (a fresh in-memory
 * PGlite) and diffs the result against the datamodel of every file in prisma/schema.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { MIGRATION_LOCK_TOML, readMigrationsDir } from "../src/db/migrate";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SCHEMA_DIR = join(ROOT, "prisma", "schema");
export const MIGRATIONS_DIR = join(ROOT, "prisma", "migrations");

type DiffResult = { exitCode: number; stdout: string | null };
type SchemaFile = { path: string; content: string };
type SchemaEngine = {
  diff(params: unknown): Promise<DiffResult>;
  free(): void;
};
type EngineModule = {
  version(): string;
  __wbg_set_wasm(exports: Record<string, unknown>): void;
  SchemaEngine: {
    new: (
      options: { datamodels: [string, string][] },
      log: (line: string) => void,
      adapter: object,
    ) => Promise<SchemaEngine>;
  };
};

/** The WebAssembly global (not in the ES2023 lib without DOM types). */
type WasmApi = {
  compile(bytes: Uint8Array): Promise<unknown>;
  instantiate(
    module: unknown,
    imports: Record<string, unknown>,
  ): Promise<{ exports: Record<string, unknown> }>;
};
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let enginePromise: Promise<EngineModule> | undefined;

/**
 * Loads the wasm-bindgen module. Its entry file imports the .wasm as an ES module, which Node 20
 * does not support, so we instantiate the .wasm ourselves and hand it to the bindings.
 */
export function loadSchemaEngine(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings = (await import(pathToFileURL(bindingsPath).href)) as EngineModule;
    const bytes = readFileSync(join(dirname(bindingsPath), "schema_engine_bg.wasm"));
    const module = await wasmApi.compile(bytes);
    const instance = await wasmApi.instantiate(module, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return enginePromise;
}

/**
 * PrismaPGlite, fixed for migrations: `executeScript` is awaited (the adapter's own is not, so a
 * failing migration would look applied), and every shadow database is a fresh in-memory PGlite that
 * we close ourselves.
 */
class MigrationPGliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pglite-prisma-adapter";
  private readonly opened: PGlite[] = [];

  /**
   * The "main" database: `diff` from migrations to a datamodel never queries it, but the engine
   * connects at start; PGlite takes seconds to initialise, so it is created on first use only.
   */
  async connect(): Promise<SqlDriverAdapter> {
    let real: Promise<SqlDriverAdapter> | undefined;
    const get = () => {
      real ??= this.adapterFor(new PGlite());
      return real;
    };
    const base = { provider: this.provider, adapterName: this.adapterName };
    return new Proxy(base, {
      get(target, prop) {
        if (prop in target) return target[prop as keyof typeof target];
        if (prop === "then") return undefined;
        if (prop === "getConnectionInfo") return () => ({ supportsRelationJoins: true });
        if (prop === "dispose") return async () => (real ? (await real).dispose() : undefined);
        return async (...args: unknown[]) => {
          const adapter = (await get()) as unknown as Record<string, (...a: unknown[]) => unknown>;
          return adapter[prop as string]?.(...args);
        };
      },
    }) as unknown as SqlDriverAdapter;
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.adapterFor(new PGlite());
  }

  private async adapterFor(pglite: PGlite): Promise<SqlDriverAdapter> {
    this.opened.push(pglite);
    const adapter = await new PrismaPGlite(pglite).connect();
    const onError = (adapter as unknown as { onError(e: unknown): never }).onError.bind(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await pglite.exec(script);
      } catch (error) {
        onError(error);
      }
    };
    return adapter;
  }

  async closeAll(): Promise<void> {
    const exitCode = process.exitCode;
    await Promise.all(this.opened.filter((p) => !p.closed).map((p) => p.close()));
    process.exitCode = exitCode; // PGlite overwrites it on close
  }
}

/** Every `*.prisma` file of a schema folder, as the engine wants them. */
export function readSchemaFiles(schemaDir: string = SCHEMA_DIR): SchemaFile[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith(".prisma"))
    .sort()
    .map((f) => ({ path: join(schemaDir, f), content: readFileSync(join(schemaDir, f), "utf8") }));
}

export type DiffOptions = { schemaDir?: string; migrationsDir?: string };

/**
 * The SQL that takes a database from "every committed migration applied" to the schema datamodel.
 * Empty when the migrations capture the schema.
 */
export async function diffMigrationsToSchema(options: DiffOptions = {}): Promise<string> {
  const schemaDir = options.schemaDir ?? SCHEMA_DIR;
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const files = readSchemaFiles(schemaDir);
  const migrations = readMigrationsDir(migrationsDir);
  const engineModule = await loadSchemaEngine();
  const factory = new MigrationPGliteFactory();
  const engine = await engineModule.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    const result = await engine.diff({
      from: {
        tag: "migrations",
        baseDir: migrationsDir,
        lockfile: { path: "migration_lock.toml", content: MIGRATION_LOCK_TOML },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = (result.stdout ?? "").trim();
    // exitCode 2 means "differs"; an empty-schema script is the comment "-- This is an empty migration."
    if (result.exitCode !== 2 || sql === "" || /^-- This is an empty migration\.?$/.test(sql)) return "";
    return `${sql}\n`;
  } finally {
    engine.free();
    await factory.closeAll();
  }
}

/** Prisma's migration directory timestamp: UTC `YYYYMMDDHHMMSS`. */
export function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Prisma's rule for the name part: anything but [A-Za-z0-9_] becomes `_`, at most 200 characters. */
export function migrationDirName(name: string, now: Date): string {
  const safe = name
    .trim()
    .replace(/[^A-Za-z0-9_]/g, "_")
    .slice(0, 200);
  return `${migrationTimestamp(now)}_${safe}`;
}

export type CreateResult = { created: false } | { created: true; dir: string; sql: string };

/** Writes a new migration with the schema changes no migration captures yet; no change → nothing. */
export async function createMigration(
  name: string,
  options: DiffOptions & { now?: Date } = {},
): Promise<CreateResult> {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const sql = await diffMigrationsToSchema(options);
  if (sql === "") return { created: false };
  mkdirSync(migrationsDir, { recursive: true });
  const taken = readdirSync(migrationsDir).map((d) => d.slice(0, 14));
  let now = options.now ?? new Date();
  // Two migrations created within the same second: bump the timestamp to keep them ordered.
  while (taken.includes(migrationTimestamp(now))) now = new Date(now.getTime() + 1000);
  const dirName = migrationDirName(name, now);
  const dir = join(migrationsDir, dirName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  writeFileSync(join(migrationsDir, "migration_lock.toml"), MIGRATION_LOCK_TOML);
  return { created: true, dir, sql };
}

/** The drift check: the SQL the schema needs beyond the migrations (empty = in sync). */
export async function checkMigrations(options: DiffOptions = {}): Promise<{ ok: boolean; sql: string }> {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const lock = join(migrationsDir, "migration_lock.toml");
  let lockText = "";
  try {
    lockText = readFileSync(lock, "utf8");
  } catch {
    // missing lock file is reported below
  }
  if (!/^provider\s*=\s*"postgresql"\s*$/m.test(lockText)) {
    return { ok: false, sql: `-- ${lock} is missing or does not say provider = "postgresql"\n` };
  }
  const sql = await diffMigrationsToSchema(options);
  return { ok: sql === "", sql };
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const started = performance.now();
  const ms = () => `${Math.round(performance.now() - started)} ms`;
  if (command === "create") {
    const name = rest.filter((a) => a !== "--").join("_");
    if (!name) {
      process.stderr.write("usage: npm run migration:create -- <name>\n");
      return 2;
    }
    const result = await createMigration(name);
    if (!result.created) {
      process.stdout.write(`no schema changes: nothing to create (${ms()})\n`);
      return 0;
    }
    process.stdout.write(`created ${result.dir}/migration.sql (${ms()})\n\n${result.sql}`);
    return 0;
  }
  if (command === "check") {
    const result = await checkMigrations();
    if (result.ok) {
      process.stdout.write(`migrations are in sync with prisma/schema (${ms()})\n`);
      return 0;
    }
    process.stderr.write(
      "prisma/schema has changes that no migration captures; run `npm run migration:create -- <name>`.\n" +
        `Missing SQL:\n${result.sql}`,
    );
    return 1;
  }
  process.stderr.write("usage: tsx scripts/migration.ts create <name> | check\n");
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`migration: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
