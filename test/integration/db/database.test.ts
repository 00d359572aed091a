import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LOCK_FILE_NAME } from "../../../src/db/data-dir-lock";
import { type Database, openDatabase, parseDatabaseUrl } from "../../../src/db/database";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase } from "../../support/database";

const ROOT = resolve(import.meta.dirname, "../../..");

/** A pid that is certainly not running: a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(child.stdout);
}

describe("the embedded database", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "aso-data-"));
  const env = { DATABASE_URL: undefined, DATA_DIR: dataDir };
  let db: Database | undefined;
  afterAll(async () => {
    await db?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("is created, migrated and locked in DATA_DIR at open", { timeout: 60_000 }, async () => {
    db = await openDatabase(env);
    expect(db.kind).toBe("embedded");
    expect(db.pglite).toBeDefined();
    expect(db.migrations?.applied.length).toBeGreaterThan(0);
    expect(existsSync(join(dataDir, "pgdata", "PG_VERSION"))).toBe(true);
    const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE_NAME), "utf8"));
    expect(lock.pid).toBe(process.pid);
    await db.prisma.staff.create({ data: { email: "lee@aso.test", name: "Lee", roles: ["aso_admin"] } });
  });

  it("refuses a second open in the same process, naming the directory", async () => {
    const error = await openDatabase(env).catch((e: unknown) => e);
    expect(isDomainError(error, "db.data_dir_locked")).toBe(true);
    expect((error as Error).message).toContain(resolve(dataDir));
    expect((error as Error).message).toContain(`process ${process.pid}`);
  });

  it("refuses a second process with one clear line naming the directory and the pid", {
    timeout: 60_000,
  }, () => {
    const child = spawnSync(join(ROOT, "bin", "aso"), ["migrate"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir },
    });
    expect(child.status).toBe(1);
    expect(child.stderr.trim().split("\n")).toHaveLength(1);
    expect(child.stderr).toContain(
      `the data directory ${resolve(dataDir)} is in use by process ${process.pid}`,
    );
  });

  it("releases the lock on close and keeps the data for the next open", { timeout: 60_000 }, async () => {
    await db?.close();
    db = undefined;
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    db = await openDatabase(env);
    expect(db.migrations?.applied).toEqual([]);
    expect(await db.prisma.staff.count({ where: { email: "lee@aso.test" } })).toBe(1);
    await db.close();
    db = undefined;
  });

  it("takes over a lock left by a process that no longer runs", { timeout: 60_000 }, async () => {
    const pid = deadPid();
    writeFileSync(
      join(dataDir, LOCK_FILE_NAME),
      JSON.stringify({ pid, hostname: "", startedAt: "2026-01-01T00:00:00Z" }),
    );
    db = await openDatabase(env);
    const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE_NAME), "utf8"));
    expect(lock.pid).toBe(process.pid);
  });
});

describe("a PostgreSQL URL", () => {
  it("has its ?schema= parameter taken off and used as the schema", () => {
    expect(parseDatabaseUrl("postgresql://u@h:5432/db?schema=tenant_a&sslmode=disable")).toEqual({
      connectionString: "postgresql://u@h:5432/db?sslmode=disable",
      schema: "tenant_a",
    });
    expect(parseDatabaseUrl("postgresql://u@h/db").schema).toBeUndefined();
  });
});

describe("a test database", () => {
  it("is private to its caller and isolated from another one", { timeout: 60_000 }, async () => {
    const a = await createTestDatabase();
    const b = await createTestDatabase();
    try {
      await a.prisma.staff.create({ data: { email: "only-a@aso.test", name: "A", roles: [] } });
      expect(await a.prisma.staff.count()).toBe(1);
      expect(await b.prisma.staff.count()).toBe(0);
      if (a.kind === "postgres") expect(a.schema).not.toBe(b.schema);
    } finally {
      await a.cleanup();
      await b.cleanup();
    }
  });
});

describe("the embedded database's statements", () => {
  it("let timers and sockets run between them, so a chain of queries does not hold up a request", {
    timeout: 60_000,
  }, async () => {
    const db = await createTestDatabase({ kind: "embedded" });
    try {
      // A timer set before a chain of queries fires before the chain ends, through Prisma and raw.
      for (const query of [() => db.prisma.staff.count(), () => db.pglite!.query("SELECT 1")]) {
        let fired = false;
        let firedAt = -1;
        setTimeout(() => {
          fired = true;
        }, 0);
        for (let i = 0; i < 50; i++) {
          await query();
          if (fired && firedAt < 0) firedAt = i;
        }
        expect(firedAt).toBeGreaterThanOrEqual(0);
        expect(firedAt).toBeLessThan(49);
      }
    } finally {
      await db.cleanup();
    }
  });
});
