import { utcMidnight } from "../core/calendar/iso-date";
import type { Database } from "./database";

export type PayrollClient = {
  id: string;
  ein: string;
  name: string;
  state: string;
  payFrequency: "weekly" | "biweekly" | "semimonthly" | "monthly";
  sutaRate: string;
  sutaWageBase: string;
  workersComp: { classCode: string; ratePer100: string; experienceMod: string };
  workweekStartDay: number;
  timezone: string;
  settings: Record<string, unknown>;
};

export type PayrollEmployee = {
  id: string;
  clientId: string;
  externalId: string;
  name: string;
  email: string;
  hireDate: string;
  terminationDate: string | null;
  /** Date of birth, when the census gives one (the year's catch-up limits). */
  birthDate?: string | null;
  workState: string;
  payType: "hourly" | "salary";
  payRate: string;
  federalW4: unknown;
  stateW4: unknown;
  /** The census `localities` (home and work locality codes); null or absent when none are on file. */
  localities?: unknown;
  deductions: unknown;
  ytd: unknown;
  ytdYear: number | null;
  enrollments: {
    planCode: string;
    planType: string;
    planYear: number;
    tier: string;
    tiers: unknown;
    effectiveFrom: string;
    effectiveTo: string | null;
  }[];
};

/** Reads of the foundation tables a payroll run needs (client, active employees, enrollments). */
export function payrollInputsRepository(db: Database) {
  const prisma = db.prisma;
  return {
    async clientByEin(ein: string): Promise<PayrollClient | null> {
      const c = await prisma.clientEmployer.findUnique({ where: { ein } });
      return c ? toClient(c) : null;
    },

    async clientById(id: string): Promise<PayrollClient | null> {
      const c = await prisma.clientEmployer.findUnique({ where: { id } });
      return c ? toClient(c) : null;
    },

    /** Every client employer, by name. */
    async clients(): Promise<PayrollClient[]> {
      const rows = await prisma.clientEmployer.findMany({ orderBy: { name: "asc" } });
      return rows.map(toClient);
    },

    /** Ids of employees employed at some point of the period (hired by its end, not gone before its start). */
    async activeEmployeeIds(clientId: string, periodStart: string, periodEnd: string): Promise<string[]> {
      const rows = await prisma.employee.findMany({
        where: {
          clientId,
          hireDate: { lte: utcMidnight(periodEnd) },
          OR: [{ terminationDate: null }, { terminationDate: { gte: utcMidnight(periodStart) } }],
        },
        select: { id: true },
        orderBy: { externalId: "asc" },
      });
      return rows.map((r) => r.id);
    },

    /**
     * Employees of a client with their enrollments, by id. One SQL query with the enrollments as JSON:
     * reading 10,000 employees through Prisma's include costs seconds.
     */
    async employees(clientId: string, ids?: readonly string[]): Promise<Map<string, PayrollEmployee>> {
      const rows = await prisma.$queryRawUnsafe<
        (Omit<PayrollEmployee, "enrollments"> & { enrollments: unknown })[]
      >(
        `SELECT e."id"::text AS "id", e."clientId"::text AS "clientId", e."externalId", e."name", e."email",
                to_char(e."hireDate", 'YYYY-MM-DD') AS "hireDate",
                to_char(e."terminationDate", 'YYYY-MM-DD') AS "terminationDate",
                to_char(e."birthDate", 'YYYY-MM-DD') AS "birthDate",
                e."workState", e."payType", e."payRate"::text AS "payRate", e."federalW4", e."stateW4",
                e."localities", e."deductions", e."ytd", e."ytdYear",
                COALESCE((SELECT json_agg(json_build_object(
                            'planCode', p."code", 'planType', p."type", 'planYear', p."planYear", 'tier', en."tier",
                            'tiers', p."tiers", 'effectiveFrom', to_char(en."effectiveFrom", 'YYYY-MM-DD'),
                            'effectiveTo', to_char(en."effectiveTo", 'YYYY-MM-DD')))
                            FROM "Enrollment" en JOIN "BenefitPlan" p ON p."id" = en."planId"
                           WHERE en."employeeId" = e."id"), '[]'::json) AS "enrollments"
           FROM "Employee" e
          WHERE e."clientId" = $1::uuid ${ids ? `AND e."id" = ANY($2::uuid[])` : ""}`,
        clientId,
        ...(ids ? [[...ids]] : []),
      );
      const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;
      return new Map(
        rows.map((e) => [
          e.id,
          {
            ...e,
            federalW4: json(e.federalW4),
            stateW4: e.stateW4 === null ? null : json(e.stateW4),
            localities: e.localities === null ? null : json(e.localities),
            deductions: json(e.deductions),
            ytd: json(e.ytd),
            ytdYear: e.ytdYear === null ? null : Number(e.ytdYear),
            enrollments: json<PayrollEmployee["enrollments"]>(e.enrollments),
          },
        ]),
      );
    },

    /**
     * Approved timesheet days of a client's employees for some workweeks, in one query (the
     * per-row cost of reading 10,000 employees' timesheets through Prisma is seconds).
     */
    async approvedTimesheetDays(
      clientId: string,
      weekStarts: readonly string[],
    ): Promise<
      {
        employeeId: string;
        workState: string;
        weekStart: string;
        days: { date: string; hours: string; pto: Record<string, string> }[];
      }[]
    > {
      if (weekStarts.length === 0) return [];
      const rows = await prisma.$queryRawUnsafe<
        {
          employeeId: string;
          workState: string;
          weekStart: string;
          days: { date: string; hours: string; pto: Record<string, string> }[];
        }[]
      >(
        `SELECT t."employeeId"::text AS "employeeId", e."workState", to_char(t."weekStart", 'YYYY-MM-DD') AS "weekStart",
                json_agg(json_build_object('date', to_char(en."date", 'YYYY-MM-DD'), 'hours', en."hours"::text, 'pto', en."pto")
                         ORDER BY en."date") AS days
           FROM "Timesheet" t
           JOIN "Employee" e ON e."id" = t."employeeId"
           JOIN "TimesheetEntry" en ON en."timesheetId" = t."id"
          WHERE t."clientId" = $1::uuid AND t."status" = 'approved' AND t."weekStart" = ANY($2::date[])
          GROUP BY t."employeeId", e."workState", t."weekStart"`,
        clientId,
        [...weekStarts],
      );
      return rows.map((r) => ({ ...r, days: typeof r.days === "string" ? JSON.parse(r.days) : r.days }));
    },

    /**
     * Certificates signed for later pay dates than `payDate`, oldest first: for each employee, the
     * first one's replaced certificates are those in force on `payDate` (a run already started keeps
     * the W-4 it started with).
     */
    async certificatesNotYetInForce(
      clientId: string,
      payDate: string,
    ): Promise<{ employeeId: string; replacedFederalW4: unknown; replacedStateW4: unknown }[]> {
      return prisma.withholdingCertificate.findMany({
        where: { clientId, effectivePayDate: { gt: utcMidnight(payDate) } },
        orderBy: { signedAt: "asc" },
        select: { employeeId: true, replacedFederalW4: true, replacedStateW4: true },
      });
    },

    async employeeByEmail(email: string): Promise<{ id: string; clientId: string; name: string } | null> {
      return prisma.employee.findFirst({
        where: { email },
        select: { id: true, clientId: true, name: true },
      });
    },

    /** Employee ids of a client by their census ids (E00001…); unknown ones are left out. */
    async employeeIdsByExternalId(
      clientId: string,
      externalIds: readonly string[],
    ): Promise<Map<string, string>> {
      const rows = await prisma.employee.findMany({
        where: { clientId, externalId: { in: [...externalIds] } },
        select: { id: true, externalId: true },
      });
      return new Map(rows.map((r) => [r.externalId, r.id]));
    },

    async employeeNames(ids: readonly string[]): Promise<Map<string, { name: string; externalId: string }>> {
      const rows = await prisma.employee.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, name: true, externalId: true },
      });
      return new Map(rows.map((r) => [r.id, { name: r.name, externalId: r.externalId }]));
    },
  };
}
export type PayrollInputsRepository = ReturnType<typeof payrollInputsRepository>;

function toClient(c: {
  id: string;
  ein: string;
  name: string;
  state: string;
  payFrequency: string;
  sutaRate: { toString(): string };
  sutaWageBase: { toString(): string };
  wcClassCode: string;
  wcRatePer100: { toString(): string };
  wcExperienceMod: { toString(): string };
  workweekStartDay: number;
  timezone: string;
  settings: unknown;
}): PayrollClient {
  return {
    id: c.id,
    ein: c.ein,
    name: c.name,
    state: c.state,
    payFrequency: c.payFrequency as PayrollClient["payFrequency"],
    sutaRate: c.sutaRate.toString(),
    sutaWageBase: c.sutaWageBase.toString(),
    workersComp: {
      classCode: c.wcClassCode,
      ratePer100: c.wcRatePer100.toString(),
      experienceMod: c.wcExperienceMod.toString(),
    },
    workweekStartDay: c.workweekStartDay,
    timezone: c.timezone,
    settings: (c.settings ?? {}) as Record<string, unknown>,
  };
}
