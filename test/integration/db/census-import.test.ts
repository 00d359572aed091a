import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStaff } from "../../../src/app/census/add-staff";
import { importCensus, parseCensus } from "../../../src/app/census/import-census";
import { DEMO_DIR, loadDemoData } from "../../../src/app/census/load-demo";
import { fixedClock } from "../../../src/core/clock";
import { listAudit } from "../../../src/db/audit-repository";
import { findStaffByEmail } from "../../../src/db/staff-repository";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase } from "../../support/database";

// biome-ignore lint/suspicious/noExplicitAny: census fixtures are edited freely in tests
type Json = Record<string, any>;
const demo = (name: string): Json => JSON.parse(readFileSync(join(DEMO_DIR, name), "utf8"));
const clock = fixedClock("2026-03-02T15:00:00Z");

async function tableCounts(db: TestDatabase) {
  const p = db.prisma;
  return {
    clients: await p.clientEmployer.count(),
    plans: await p.benefitPlan.count(),
    employees: await p.employee.count(),
    enrollments: await p.enrollment.count(),
    audit: await p.auditLog.count(),
  };
}

describe("importing a census", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it("creates the employer, plans, employees with managers, and enrollments", async () => {
    const census = parseCensus(demo("acme-manufacturing.json"));
    const summary = await importCensus(db, census, { clock });
    const enrollments = census.employees.reduce((n, e) => n + e.enrollments.length, 0);
    expect(summary.clients).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(summary.plans).toEqual({ created: 5, updated: 0, unchanged: 0 });
    expect(summary.employees).toEqual({ created: census.employees.length, updated: 0, unchanged: 0 });
    expect(summary.enrollments).toEqual({ created: enrollments, updated: 0, unchanged: 0 });

    const client = await db.prisma.clientEmployer.findUniqueOrThrow({ where: { ein: "12-3456789" } });
    expect(client.sutaRate.toString()).toBe("0.0307");
    expect(client.teamsTenantId).toBe("00000000-0000-0000-0000-00000000acme");
    const luis = await db.prisma.employee.findFirstOrThrow({
      where: { clientId: client.id, externalId: "E004" },
      include: { manager: true, enrollments: { include: { plan: true } } },
    });
    expect(luis.manager?.externalId).toBe("E002");
    expect(luis.payRate.toString()).toBe("24.75");
    expect(luis.hireDate.toISOString().slice(0, 10)).toBe("2020-05-11");
    expect(luis.enrollments.map((e) => [e.plan.code, e.tier]).sort()).toContainEqual(["PPO-GOLD", "family"]);
    // Annual salary 74,500 over 26 biweekly periods = 2,865.384… → 2,865.38 (half-up to the cent).
    const marcus = await db.prisma.employee.findFirstOrThrow({
      where: { clientId: client.id, externalId: "E002" },
    });
    expect(marcus.payRate.toString()).toBe("2865.38");
  });

  it("reports everything unchanged on a second import of the same file, writing nothing", async () => {
    const before = await tableCounts(db);
    const summary = await importCensus(db, parseCensus(demo("acme-manufacturing.json")), { clock });
    expect(summary.clients).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(summary.plans).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect(summary.employees.created + summary.employees.updated).toBe(0);
    expect(summary.enrollments.created + summary.enrollments.updated).toBe(0);
    expect(await tableCounts(db)).toEqual(before);
  });

  it("updates only the changed rows and audits what changed, before and after", async () => {
    const census = demo("acme-manufacturing.json");
    census.employees[3].pay.rate = "26.00";
    census.employees[3].enrollments[0].tier = "employee_spouse";
    census.plans[2].name = "Liberty Dental Plus 2026";
    const summary = await importCensus(db, parseCensus(census), { clock, requestId: "req-update" });
    expect(summary.employees.updated).toBe(1);
    expect(summary.employees.unchanged).toBe(census.employees.length - 1);
    expect(summary.plans).toEqual({ created: 0, updated: 1, unchanged: 4 });
    expect(summary.enrollments.updated).toBe(1);

    const rows = await listAudit(db.prisma, { requestId: "req-update" });
    expect(rows.map((r) => r.action).sort()).toEqual([
      "census.employee.updated",
      "census.enrollment.updated",
      "census.plan.updated",
    ]);
    const employeeRow = rows.find((r) => r.action === "census.employee.updated")!;
    expect(employeeRow.before).toEqual({ payRate: "24.75" });
    expect(employeeRow.after).toEqual({ payRate: "26" });
    expect(employeeRow.actorKind).toBe("system");
    expect(employeeRow.at.toISOString()).toBe("2026-03-02T15:00:00.000Z");
  });

  it("writes nothing when a manager reference resolves neither in the file nor on file", async () => {
    const census = demo("acme-manufacturing.json");
    census.employer.name = "Acme Renamed";
    census.employees.push({
      ...census.employees[7],
      externalId: "E900",
      email: "new@acme.test",
      slackUserId: null,
    });
    census.employees[3].managerExternalId = "E999";
    const before = await tableCounts(db);
    const error = await importCensus(db, parseCensus(census), { clock }).catch((e: unknown) => e);
    expect(isDomainError(error, "census.invalid_reference")).toBe(true);
    expect((error as Error).message).toMatch(
      /^employees\[3\]\.managerExternalId: E999 is not an employee of 12-3456789/,
    );
    expect(await tableCounts(db)).toEqual(before);
    const client = await db.prisma.clientEmployer.findUniqueOrThrow({ where: { ein: "12-3456789" } });
    expect(client.name).toBe("Acme Manufacturing");
  });

  it("resolves a manager and a plan already on file for a partial census", async () => {
    const census = demo("acme-manufacturing.json");
    census.plans = [];
    const newcomer = {
      ...census.employees[7],
      externalId: "E050",
      email: "new.hire@acme.test",
      slackUserId: "U0ACME50",
      managerExternalId: "E003",
      enrollments: [{ plan: "DENTAL-PLUS", tier: "employee" }],
    };
    census.employees = [newcomer];
    const summary = await importCensus(db, parseCensus(census), { clock });
    expect(summary.employees).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(summary.enrollments).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const row = await db.prisma.employee.findFirstOrThrow({
      where: { externalId: "E050" },
      include: { manager: true, enrollments: true },
    });
    expect(row.manager?.externalId).toBe("E003");
    // Hired 2023-03-06, so coverage starts at the plan year's first day.
    expect(row.enrollments[0]?.effectiveFrom.toISOString().slice(0, 10)).toBe("2026-01-01");
  });

  it("stores an employee's localities, then leaves them unchanged by the same file", async () => {
    const census = demo("acme-manufacturing.json");
    census.plans = [];
    const employee = { ...census.employees[0], localities: { home: "PA:010401", work: "pa:700102" } };
    census.employees = [employee];
    const first = await importCensus(db, parseCensus(census), { clock });
    expect(first.employees).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const row = await db.prisma.employee.findFirstOrThrow({ where: { externalId: employee.externalId } });
    expect(row.localities).toEqual({ home: "PA:010401", work: "PA:700102" });
    const again = await importCensus(db, parseCensus(census), { clock });
    expect(again.employees).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it("stores a birth date for the pay runs' catch-up limits, keeping the date itself out of the audit trail", async () => {
    const census = demo("acme-manufacturing.json");
    census.plans = [];
    const employee = { ...census.employees[0], birthDate: "1964-08-09" };
    census.employees = [employee];
    const first = await importCensus(db, parseCensus(census), { clock });
    expect(first.employees).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const row = await db.prisma.employee.findFirstOrThrow({ where: { externalId: employee.externalId } });
    expect(row.birthDate?.toISOString().slice(0, 10)).toBe("1964-08-09");
    expect((await importCensus(db, parseCensus(census), { clock })).employees).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    const rows = await db.prisma.auditLog.findMany({ where: { subjectId: row.id } });
    const text = JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    expect(text).toContain('"birthDate":"on file"');
    expect(text).not.toContain("1964-08-09");
  });

  it("refuses an enrollment in a plan that is not on file, naming its path", async () => {
    const census = demo("acme-manufacturing.json");
    census.plans = [];
    census.employees = [{ ...census.employees[0], enrollments: [{ plan: "GOLD-PLATED", tier: "family" }] }];
    const error = await importCensus(db, parseCensus(census), { clock }).catch((e: unknown) => e);
    expect(isDomainError(error, "census.invalid_reference")).toBe(true);
    expect((error as Error).message).toMatch(
      /^employees\[0\]\.enrollments\[0\]\.plan: GOLD-PLATED is not a plan/,
    );
  });

  it("refuses a partial census that gives an employee someone else's chat identity, writing nothing", async () => {
    const census = demo("acme-manufacturing.json");
    const onFile = census.employees[1];
    census.plans = [];
    census.employees = [{ ...census.employees[2], slackUserId: onFile.slackUserId, enrollments: [] }];
    const before = await tableCounts(db);
    const error = await importCensus(db, parseCensus(census), { clock }).catch((e: unknown) => e);
    expect(isDomainError(error, "census.invalid_reference")).toBe(true);
    expect((error as Error).message).toBe(
      `employees[0].slackUserId: ${onFile.slackUserId} already belongs to employee ${onFile.externalId} (on file)`,
    );
    expect(await tableCounts(db)).toEqual(before);
  });

  it("refuses a manager cycle between the file and what is on file", async () => {
    const census = demo("acme-manufacturing.json");
    const row = await db.prisma.employee.findFirstOrThrow({
      where: { externalId: "E050" },
      include: { manager: true },
    });
    const manager = census.employees.find((e: Json) => e.externalId === row.manager?.externalId);
    census.plans = [];
    // E050's manager (on file) is made to report to E050 by this file.
    census.employees = [{ ...manager, managerExternalId: "E050", enrollments: [] }];
    const error = await importCensus(db, parseCensus(census), { clock }).catch((e: unknown) => e);
    expect(isDomainError(error, "census.invalid_reference")).toBe(true);
    expect((error as Error).message).toBe(
      `employees[0].managerExternalId: ${manager.externalId} → E050 → ${manager.externalId} is a cycle (nobody can manage their own manager)`,
    );
  });

  it("keeps identity and bank numbers out of the audit trail", async () => {
    const rows = await db.prisma.auditLog.findMany();
    expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    expect(text).not.toMatch(/\bssn\b|\d{3}-\d{2}-\d{4}/i);
  });
});

describe("ASO staff", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await importCensus(db, parseCensus(demo("sunrise-clinics.json")), { clock });
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it("are added with their roles and clients, then left unchanged by the same input", async () => {
    const input = {
      email: "Robin@ASO.test",
      name: "Robin Ng",
      roles: ["senior_specialist" as const],
      slackUserId: "U0ROBIN",
      clients: ["98-7654321"],
    };
    const first = await addStaff(db, input, { clock });
    expect(first.status).toBe("created");
    expect(first.staff).toMatchObject({ email: "robin@aso.test", clientEins: ["98-7654321"] });
    expect((await addStaff(db, input, { clock })).status).toBe("unchanged");
    const renamed = await addStaff(db, { ...input, name: "Robin Ng-Park" }, { clock });
    expect(renamed.status).toBe("updated");
    expect((await findStaffByEmail(db, "robin@aso.test"))?.name).toBe("Robin Ng-Park");
    const audit = await listAudit(db.prisma, { subjectType: "Staff", subjectId: first.staff.id });
    expect(audit.map((a) => a.action)).toEqual(["staff.created", "staff.updated"]);
    expect(audit[1]?.after).toEqual({ name: "Robin Ng-Park" });
  });

  it("cannot be assigned to a client that is not on file", async () => {
    const error = await addStaff(
      db,
      { email: "x@aso.test", name: "X", slackUserId: "U0X", clients: ["11-1111111"] },
      { clock },
    ).catch((e: unknown) => e);
    expect(isDomainError(error, "record.not_found")).toBe(true);
  });
});

describe("the demo data", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it("loads both clients and the staff into an empty database, once", async () => {
    const result = await loadDemoData(db, { clock });
    expect(result.loaded).toBe(true);
    expect(await db.prisma.clientEmployer.count()).toBe(2);
    const employees = await db.prisma.employee.count();
    expect(employees).toBeGreaterThanOrEqual(20);
    expect(employees).toBeLessThanOrEqual(40);
    const staff = await db.prisma.staff.findMany();
    expect(staff.flatMap((s) => s.roles)).toEqual(
      expect.arrayContaining(["specialist", "senior_specialist", "aso_admin"]),
    );
    expect((await loadDemoData(db, { clock })).loaded).toBe(false);
    expect(await db.prisma.employee.count()).toBe(employees);
  });
});
