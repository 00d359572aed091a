import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkMigrations, createMigration, MIGRATIONS_DIR, SCHEMA_DIR } from "../../../scripts/migration";

// The drift check: the WASM schema engine replays prisma/migrations on an in-memory PGlite and
// diffs it against prisma/schema. These tests run it for real (a few seconds each).
describe("the migration drift check", () => {
  const tmp = mkdtempSync(join(tmpdir(), "aso-drift-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("passes on the committed schema and migrations", { timeout: 90_000 }, async () => {
    const result = await checkMigrations();
    expect(result.sql).toBe("");
    expect(result.ok).toBe(true);
  });

  it("fails when a field is added to the schema without a migration, and passes once one is created", {
    timeout: 120_000,
  }, async () => {
    const schemaDir = join(tmp, "schema");
    const migrationsDir = join(tmp, "migrations");
    cpSync(SCHEMA_DIR, schemaDir, { recursive: true });
    cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const foundation = join(schemaDir, "foundation.prisma");
    const text = readFileSync(foundation, "utf8");
    const changed = text.replace(/model Staff \{\n/, "model Staff {\n  nickname    String?\n");
    expect(changed).not.toBe(text);
    writeFileSync(foundation, changed);

    const drift = await checkMigrations({ schemaDir, migrationsDir });
    expect(drift.ok).toBe(false);
    expect(drift.sql).toContain('ALTER TABLE "Staff" ADD COLUMN     "nickname" TEXT');

    const created = await createMigration("staff nickname", {
      schemaDir,
      migrationsDir,
      now: new Date("2099-01-01T00:00:00Z"),
    });
    expect(created.created).toBe(true);
    if (created.created) expect(created.dir).toMatch(/20990101000000_staff_nickname$/);
    expect(await checkMigrations({ schemaDir, migrationsDir })).toEqual({ ok: true, sql: "" });
  });

  it("fails when the migration lock file is missing", { timeout: 30_000 }, async () => {
    const migrationsDir = join(tmp, "no-lock");
    cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    rmSync(join(migrationsDir, "migration_lock.toml"));
    const result = await checkMigrations({ migrationsDir });
    expect(result.ok).toBe(false);
    expect(result.sql).toContain("migration_lock.toml");
  });
});
