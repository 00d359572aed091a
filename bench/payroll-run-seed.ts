import { randomUUID } from "node:crypto";
import type { Database } from "../src/db/database";

export type SeedOptions = {
  ein: string;
  employees: number;
  /** Last day of the biweekly period (a Saturday: workweeks run Sunday–Saturday). */
  periodEnd: string;
  /** More biweekly periods (their last days) with approved timesheets; every tenth-plus-one employee works 9-hour days in them. */
  laterPeriodEnds?: string[];
  /** This many employees work in a state the engine has no withholding module for. */
  unsupportedState?: number;
};

const DAY = 86_400_000;
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/**
 * Seeds a biweekly PA client with `employees` employees: 70% hourly with approved timesheets (every
 * tenth works 45-hour weeks), 30% salaried; half enrolled in a medical plan, a third deferring 5% to
 * the 401(k). Writes in bulk (createMany) so 10,000 employees seed in seconds.
 */
export async function seedPayrollClient(
  db: Database,
  options: SeedOptions,
): Promise<{ clientId: string; employeeIds: string[] }> {
  const prisma = db.prisma;
  const client = await prisma.clientEmployer.create({
    data: {
      ein: options.ein,
      name: `Bench Client ${options.ein}`,
      state: "PA",
      payFrequency: "biweekly",
      sutaRate: "0.0307",
      sutaWageBase: "10000",
      wcClassCode: "8810",
      wcRatePer100: "0.25",
      wcExperienceMod: "1.00",
      workweekStartDay: 0,
    },
  });
  const plan = await prisma.benefitPlan.create({
    data: {
      clientId: client.id,
      code: "PPO",
      type: "medical",
      name: "PPO",
      planYear: 2026,
      tiers: {
        employee: { employee: "60.00", employer: "240.00" },
        family: { employee: "180.00", employer: "520.00" },
      },
      documents: [],
    },
  });
  const employees = Array.from({ length: options.employees }, (_, i) => {
    const hourly = i % 10 < 7;
    const unsupported = i < (options.unsupportedState ?? 0);
    return {
      id: randomUUID(),
      clientId: client.id,
      externalId: `E${String(i + 1).padStart(5, "0")}`,
      name: `Employee ${i + 1}`,
      email: `e${i + 1}@${options.ein.replace("-", "")}.test`,
      roles: ["employee"],
      hireDate: date("2024-01-01"),
      workState: unsupported ? "ZZ" : "PA",
      payType: hourly ? "hourly" : "salary",
      payRate: hourly ? (20 + (i % 15)).toFixed(2) : (2500 + (i % 20) * 100).toFixed(2),
      federalW4: { version: 2020, filingStatus: i % 3 === 0 ? "married_jointly" : "single" },
      deductions: i % 3 === 0 ? [{ code: "401k", percent: "5" }] : [],
    };
  });
  // Raw multi-row inserts over arrays: Prisma's createMany costs milliseconds per row.
  await inChunks(employees, 5_000, (chunk) =>
    prisma.$executeRawUnsafe(
      `INSERT INTO "Employee" ("id", "clientId", "externalId", "name", "email", "roles", "hireDate", "workState",
                               "payType", "payRate", "federalW4", "deductions", "updatedAt")
       SELECT r.id, r.client, r.ext, r.name, r.email, ARRAY['employee'], r.hire, r.state, r.ptype, r.rate, r.w4, r.ded, now()
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[],
                     $9::numeric[], $10::text[]::jsonb[], $11::text[]::jsonb[])
           AS r(id, client, ext, name, email, hire, state, ptype, rate, w4, ded)`,
      chunk.map((e) => e.id),
      chunk.map((e) => e.clientId),
      chunk.map((e) => e.externalId),
      chunk.map((e) => e.name),
      chunk.map((e) => e.email),
      chunk.map(() => "2024-01-01"),
      chunk.map((e) => e.workState),
      chunk.map((e) => e.payType),
      chunk.map((e) => e.payRate),
      chunk.map((e) => JSON.stringify(e.federalW4)),
      chunk.map((e) => JSON.stringify(e.deductions)),
    ),
  );
  const enrollments = employees
    .filter((_, i) => i % 2 === 0)
    .map((e, i) => ({
      employeeId: e.id,
      planId: plan.id,
      tier: i % 4 === 0 ? "family" : "employee",
      effectiveFrom: date("2026-01-01"),
    }));
  await inChunks(enrollments, 10_000, (chunk) =>
    prisma.$executeRawUnsafe(
      `INSERT INTO "Enrollment" ("id", "employeeId", "planId", "tier", "effectiveFrom", "updatedAt")
       SELECT gen_random_uuid(), r.e, $2::uuid, r.t, '2026-01-01'::date, now() FROM unnest($1::uuid[], $3::text[]) AS r(e, t)`,
      chunk.map((e) => e.employeeId),
      plan.id,
      chunk.map((e) => e.tier),
    ),
  );

  const timesheets: {
    id: string;
    clientId: string;
    employeeId: string;
    weekStart: Date;
    weekEnd: Date;
    status: string;
    submission: number;
  }[] = [];
  const entries: { timesheetId: string; date: Date; hours: string }[] = [];
  [options.periodEnd, ...(options.laterPeriodEnds ?? [])].forEach((periodEnd, k) => {
    const periodStart = addDays(periodEnd, -13);
    const weekStarts = [periodStart, addDays(periodStart, 7)];
    employees.forEach((e, i) => {
      if (e.payType !== "hourly") return;
      const hours = i % 10 === 0 || (k > 0 && i % 10 === 1) ? "9" : "8";
      for (const weekStart of weekStarts) {
        const id = randomUUID();
        timesheets.push({
          id,
          clientId: client.id,
          employeeId: e.id,
          weekStart: date(weekStart),
          weekEnd: date(addDays(weekStart, 6)),
          status: "approved",
          submission: 1,
        });
        for (let d = 1; d <= 5; d++)
          entries.push({ timesheetId: id, date: date(addDays(weekStart, d)), hours });
      }
    });
  });
  await inChunks(timesheets, 10_000, (chunk) =>
    prisma.$executeRawUnsafe(
      `INSERT INTO "Timesheet" ("id", "clientId", "employeeId", "weekStart", "weekEnd", "status", "submission", "updatedAt")
       SELECT r.id, $2::uuid, r.e, r.ws, r.we, 'approved', 1, now()
         FROM unnest($1::uuid[], $3::uuid[], $4::date[], $5::date[]) AS r(id, e, ws, we)`,
      chunk.map((t) => t.id),
      client.id,
      chunk.map((t) => t.employeeId),
      chunk.map((t) => t.weekStart.toISOString().slice(0, 10)),
      chunk.map((t) => t.weekEnd.toISOString().slice(0, 10)),
    ),
  );
  await inChunks(entries, 20_000, (chunk) =>
    prisma.$executeRawUnsafe(
      `INSERT INTO "TimesheetEntry" ("id", "timesheetId", "date", "hours", "updatedAt")
       SELECT gen_random_uuid(), r.t, r.d, r.h, now() FROM unnest($1::uuid[], $2::date[], $3::numeric[]) AS r(t, d, h)`,
      chunk.map((e) => e.timesheetId),
      chunk.map((e) => e.date.toISOString().slice(0, 10)),
      chunk.map((e) => e.hours),
    ),
  );
  return { clientId: client.id, employeeIds: employees.map((e) => e.id) };
}
