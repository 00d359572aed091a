import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MIGRATIONS_DIR,
  type MigrationRow,
  type MigrationTarget,
  markMigrationRolledBack,
  readMigrationsDir,
  runMigrations,
} from "../../../src/db/migrate";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase } from "../../support/database";

function targetOf(db: TestDatabase): MigrationTarget {
  const schema = db.schema ? { schema: db.schema } : {};
  return db.kind === "embedded"
    ? { kind: "embedded", pglite: db.pglite!, ...schema }
    : { kind: "postgres", pgPool: db.pgPool!, ...schema };
}

async function rows(db: TestDatabase): Promise<MigrationRow[]> {
  return db.prisma.$queryRawUnsafe<MigrationRow[]>(
    `SELECT * FROM "${db.schema ?? "public"}"."_prisma_migrations" ORDER BY started_at, migration_name`,
  );
}

function writeMigration(dir: string, name: string, sql: string): void {
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(join(dir, name, "migration.sql"), sql);
}

describe("the migration runner", () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    dir = mkdtempSync(join(tmpdir(), "aso-migrations-"));
  });
  afterAll(async () => {
    await db?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("applies pending migrations in order and records them as Prisma does", async () => {
    writeMigration(dir, "20260101000000_first", 'CREATE TABLE "A" ("id" INTEGER PRIMARY KEY);\n');
    writeMigration(dir, "20260102000000_second", 'ALTER TABLE "A" ADD COLUMN "name" TEXT;\n');
    const result = await runMigrations(targetOf(db), { migrationsDir: dir });
    expect(result.applied).toEqual(["20260101000000_first", "20260102000000_second"]);

    const recorded = await rows(db);
    expect(recorded.map((r) => r.migration_name)).toEqual(result.applied);
    const file = readFileSync(join(dir, "20260101000000_first", "migration.sql"));
    const first = recorded[0]!;
    expect(first.checksum).toBe(createHash("sha256").update(file).digest("hex"));
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.finished_at).toBeInstanceOf(Date);
    expect(first.started_at).toBeInstanceOf(Date);
    expect(first.applied_steps_count).toBe(1);
    expect(first.logs).toBeNull();
    expect(first.rolled_back_at).toBeNull();
  });

  it("changes nothing when run again", async () => {
    const before = await rows(db);
    const result = await runMigrations(targetOf(db), { migrationsDir: dir });
    expect(result.applied).toEqual([]);
    expect(await rows(db)).toEqual(before);
  });

  it("reports an applied migration whose file was modified since", async () => {
    writeFileSync(
      join(dir, "20260102000000_second", "migration.sql"),
      'ALTER TABLE "A" ADD COLUMN "name" TEXT; -- edited\n',
    );
    const result = await runMigrations(targetOf(db), { migrationsDir: dir });
    expect(result.modified).toEqual(["20260102000000_second"]);
    expect(result.applied).toEqual([]);
  });

  it("records a failed migration with its logs, rolls back its statements, and blocks later ones", async () => {
    writeMigration(
      dir,
      "20260103000000_broken",
      'CREATE TABLE "B" ("id" INTEGER);\nALTER TABLE "Nope" ADD COLUMN "x" TEXT;\n',
    );
    writeMigration(dir, "20260104000000_after", 'CREATE TABLE "C" ("id" INTEGER);\n');
    const failure = await runMigrations(targetOf(db), { migrationsDir: dir }).catch((e: unknown) => e);
    expect(isDomainError(failure, "db.migration_failed")).toBe(true);
    expect((failure as Error).message).toContain("20260103000000_broken");
    expect((failure as Error).message).toContain('relation "Nope" does not exist');

    const broken = (await rows(db)).find((r) => r.migration_name === "20260103000000_broken")!;
    expect(broken.finished_at).toBeNull();
    expect(broken.rolled_back_at).toBeNull();
    expect(broken.applied_steps_count).toBe(0);
    expect(broken.logs).toContain('relation "Nope" does not exist');
    // Its own transaction: the first statement of the failed script is not left behind.
    const tables = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('B', 'C') AND table_schema = '${db.schema ?? "public"}'`,
    );
    expect(tables[0]!.n).toBe(0);

    const blocked = await runMigrations(targetOf(db), { migrationsDir: dir }).catch((e: unknown) => e);
    expect(isDomainError(blocked, "db.migration_failed")).toBe(true);
    expect((blocked as Error).message).toMatch(/20260103000000_broken failed .*no later migration/);
    expect((await rows(db)).map((r) => r.migration_name)).not.toContain("20260104000000_after");
  });

  it("applies the fixed migration again once the failed one is marked rolled back", async () => {
    writeFileSync(join(dir, "20260103000000_broken", "migration.sql"), 'CREATE TABLE "B" ("id" INTEGER);\n');
    await markMigrationRolledBack(targetOf(db), "20260103000000_broken");
    const result = await runMigrations(targetOf(db), { migrationsDir: dir });
    expect(result.applied).toEqual(["20260103000000_broken", "20260104000000_after"]);
    const named = (await rows(db)).filter((r) => r.migration_name === "20260103000000_broken");
    expect(named).toHaveLength(2);
    expect(named.filter((r) => r.rolled_back_at !== null)).toHaveLength(1);
    expect(named.filter((r) => r.finished_at !== null)).toHaveLength(1);
  });
});

describe("the committed migrations", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it("are all applied to a test database, which then accepts foundation rows", async () => {
    const applied = (await rows(db)).filter((r) => r.finished_at !== null).map((r) => r.migration_name);
    expect(applied).toEqual(readMigrationsDir(MIGRATIONS_DIR).map((m) => m.name));
    const staff = await db.prisma.staff.create({
      data: { email: "pat@aso.test", name: "Pat Specialist", roles: ["specialist"] },
    });
    expect(await db.prisma.staff.findUnique({ where: { id: staff.id } })).toMatchObject({
      name: "Pat Specialist",
    });
  });
});
