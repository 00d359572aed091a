import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPayrollDeps } from "../../../src/app/payroll/payroll-deps";
import { setTableCarryForward } from "../../../src/app/tables/carry-forward";
import { importTaxTables } from "../../../src/app/tables/import-tax-tables";
import { fixedClock } from "../../../src/core/clock";
import type { Actor } from "../../../src/core/policy/actor";
import { listAudit } from "../../../src/db/audit-repository";
import { createTaxTableRepository } from "../../../src/db/tax-table-repository";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { seedClient } from "../timesheets/fixtures";

const FILE = readFileSync(
  join(import.meta.dirname, "../../fixtures/tax-tables/fica-2027-example.json"),
  "utf8",
);
const system: Actor = { kind: "system", name: "cli" };

describe("tax tables loaded at run time", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.cleanup();
  });

  it("stores a valid file once, audited, and gives the engine its entries", async () => {
    const taxTables = createTaxTableRepository(db.prisma);
    const first = await importTaxTables({ taxTables }, system, FILE);
    expect(first).toEqual({
      imported: ["federal.fica@2027-01-01", "federal.futa@2027-01-01"],
      unchanged: [],
    });
    const again = await importTaxTables({ taxTables }, system, FILE);
    expect(again).toEqual({
      imported: [],
      unchanged: ["federal.fica@2027-01-01", "federal.futa@2027-01-01"],
    });
    const loaded = await taxTables.byTable();
    expect(loaded.get("federal.fica")).toEqual([
      expect.objectContaining({ effective: "2027-01-01", through: "2027-12-31", unverified: true }),
    ]);
    expect(await listAudit(db.prisma, { action: "tax_table.imported" })).toHaveLength(2);
  });

  it("refuses a bad file naming the field, and stores nothing", async () => {
    const taxTables = createTaxTableRepository(db.prisma);
    const bad = JSON.parse(FILE);
    bad.tables[1].value.wageBase = "7,000";
    bad.tables[1].effective = "2028-01-01";
    await expect(importTaxTables({ taxTables }, system, JSON.stringify(bad))).rejects.toThrow(
      /tables\[1\]\.value\.wageBase: must be a decimal amount/,
    );
    expect((await taxTables.byTable()).get("federal.futa")).toHaveLength(1);
  });

  it("is refused to anyone but an ASO admin or the system", async () => {
    const specialist: Actor = {
      kind: "staff",
      staffId: "s1",
      roles: ["specialist"],
      name: "Sam",
      timezone: "UTC",
    };
    await expect(
      importTaxTables({ taxTables: createTaxTableRepository(db.prisma) }, specialist, FILE),
    ).rejects.toMatchObject({ code: "auth.forbidden" });
  });

  it("turns a client's carry-forward on and off, audited, once each", async () => {
    const { client } = await seedClient(db);
    const deps = createPayrollDeps(db, { clock: fixedClock("2026-12-28T15:00:00Z") });
    expect(await setTableCarryForward(deps, system, { clientEin: client.ein, on: true })).toEqual({
      changed: true,
    });
    expect(await setTableCarryForward(deps, system, { clientEin: client.ein, on: true })).toEqual({
      changed: false,
    });
    const row = await db.prisma.clientEmployer.findUniqueOrThrow({ where: { id: client.id } });
    expect((row.settings as { payroll: { carryForwardTables: boolean } }).payroll.carryForwardTables).toBe(
      true,
    );
    await setTableCarryForward(deps, system, { clientEin: client.ein, on: false });
    const audit = await listAudit(db.prisma, { subjectId: client.id });
    expect(audit.map((a) => a.action)).toEqual(["payroll.carry_forward.on", "payroll.carry_forward.off"]);
  });
});
