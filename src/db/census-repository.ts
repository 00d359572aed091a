import { isoDay, utcMidnight } from "../core/calendar/iso-date";
import { Decimal } from "../core/money/decimal";
import { type AuditRecordInput, recordAudit } from "./audit-repository";
import { type BankAccountRepository, bankAccountRepository } from "./bank-account-repository";
import type { Database } from "./database";
import type { Keyring } from "./field-encryption";
import { Prisma } from "./generated/prisma/client";

type Tx = Prisma.TransactionClient;
type Json = Record<string, unknown>;

/**
 * Rows as the census import compares them: decimals as canonical strings (no trailing zeros),
 * calendar dates as `YYYY-MM-DD`, JSON as plain objects. Two equal records mean "unchanged".
 */
export type ClientData = {
  ein: string;
  name: string;
  state: string;
  payFrequency: string;
  sutaRate: string;
  sutaWageBase: string;
  wcClassCode: string;
  wcRatePer100: string;
  wcExperienceMod: string;
  slackTeamId: string | null;
  teamsTenantId: string | null;
  timezone: string;
  workweekStartDay: number;
  settings: Json;
};
export type ClientRecord = ClientData & { id: string };

export type PlanData = {
  code: string;
  type: string;
  name: string;
  planYear: number;
  tiers: Json;
  deductible: Json | null;
  outOfPocketMax: Json | null;
  documents: string[];
  rules: Json;
};
export type PlanRecord = PlanData & { id: string; clientId: string };

export type EmployeeData = {
  externalId: string;
  name: string;
  email: string;
  slackUserId: string | null;
  teamsUserId: string | null;
  managerId: string | null;
  roles: string[];
  hireDate: string;
  terminationDate: string | null;
  workState: string;
  payType: string;
  payRate: string;
  federalW4: Json;
  stateW4: Json | null;
  localities: Json | null;
  ptoBalanceHours: string;
  deductions: unknown[];
  ytd: Json;
  ytdYear: number | null;
  timezone: string | null;
  jobTitle: string | null;
  birthDate: string | null;
};
export type EmployeeRecord = EmployeeData & { id: string; clientId: string };

export type EnrollmentData = {
  employeeId: string;
  planId: string;
  tier: string;
  effectiveFrom: string;
  effectiveTo: string | null;
};
export type EnrollmentRecord = EnrollmentData & { id: string };

/** Canonical decimal string: "25.00" and "25" compare equal; never exponent notation. */
export function canonicalDecimal(value: { toString(): string } | string): string {
  return new Decimal(value.toString()).toFixed();
}

const asJson = (v: unknown) => v as Prisma.InputJsonValue;

function clientFromRow(r: Prisma.ClientEmployerGetPayload<object>): ClientRecord {
  return {
    id: r.id,
    ein: r.ein,
    name: r.name,
    state: r.state,
    payFrequency: r.payFrequency,
    sutaRate: canonicalDecimal(r.sutaRate),
    sutaWageBase: canonicalDecimal(r.sutaWageBase),
    wcClassCode: r.wcClassCode,
    wcRatePer100: canonicalDecimal(r.wcRatePer100),
    wcExperienceMod: canonicalDecimal(r.wcExperienceMod),
    slackTeamId: r.slackTeamId,
    teamsTenantId: r.teamsTenantId,
    timezone: r.timezone,
    workweekStartDay: r.workweekStartDay,
    settings: (r.settings ?? {}) as Json,
  };
}

function planFromRow(r: Prisma.BenefitPlanGetPayload<object>): PlanRecord {
  return {
    id: r.id,
    clientId: r.clientId,
    code: r.code,
    type: r.type,
    name: r.name,
    planYear: r.planYear,
    tiers: (r.tiers ?? {}) as Json,
    deductible: (r.deductible as Json | null) ?? null,
    outOfPocketMax: (r.outOfPocketMax as Json | null) ?? null,
    documents: r.documents,
    rules: (r.rules ?? {}) as Json,
  };
}

function employeeFromRow(r: Prisma.EmployeeGetPayload<object>): EmployeeRecord {
  return {
    id: r.id,
    clientId: r.clientId,
    externalId: r.externalId,
    name: r.name,
    email: r.email,
    slackUserId: r.slackUserId,
    teamsUserId: r.teamsUserId,
    managerId: r.managerId,
    roles: r.roles,
    hireDate: isoDay(r.hireDate),
    terminationDate: r.terminationDate ? isoDay(r.terminationDate) : null,
    workState: r.workState,
    payType: r.payType,
    payRate: canonicalDecimal(r.payRate),
    federalW4: (r.federalW4 ?? {}) as Json,
    stateW4: (r.stateW4 as Json | null) ?? null,
    localities: (r.localities as Json | null) ?? null,
    ptoBalanceHours: canonicalDecimal(r.ptoBalanceHours),
    deductions: (r.deductions ?? []) as unknown[],
    ytd: (r.ytd ?? {}) as Json,
    ytdYear: r.ytdYear,
    timezone: r.timezone,
    jobTitle: r.jobTitle,
    birthDate: r.birthDate ? isoDay(r.birthDate) : null,
  };
}

function enrollmentFromRow(r: Prisma.EnrollmentGetPayload<object>): EnrollmentRecord {
  return {
    id: r.id,
    employeeId: r.employeeId,
    planId: r.planId,
    tier: r.tier,
    effectiveFrom: isoDay(r.effectiveFrom),
    effectiveTo: r.effectiveTo ? isoDay(r.effectiveTo) : null,
  };
}

function clientWrite(d: Partial<ClientData>): Prisma.ClientEmployerUncheckedUpdateInput {
  const { settings, ...rest } = d;
  return { ...rest, ...(settings !== undefined ? { settings: asJson(settings) } : {}) };
}

function planWrite(d: Partial<PlanData>): Prisma.BenefitPlanUncheckedUpdateInput {
  const out: Prisma.BenefitPlanUncheckedUpdateInput = {};
  for (const [key, value] of Object.entries(d)) {
    if (key === "tiers" || key === "rules") out[key] = asJson(value);
    else if (key === "deductible" || key === "outOfPocketMax")
      out[key] = value === null ? (jsonNull() as never) : asJson(value);
    else (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

function employeeWrite(d: Partial<EmployeeData>): Prisma.EmployeeUncheckedUpdateInput {
  const out: Prisma.EmployeeUncheckedUpdateInput = {};
  for (const [key, value] of Object.entries(d)) {
    switch (key) {
      case "hireDate":
        out.hireDate = utcMidnight(value as string);
        break;
      case "terminationDate":
        out.terminationDate = value === null ? null : utcMidnight(value as string);
        break;
      case "birthDate":
        out.birthDate = value === null ? null : utcMidnight(value as string);
        break;
      case "federalW4":
      case "deductions":
      case "ytd":
        out[key] = asJson(value);
        break;
      case "stateW4":
        out.stateW4 = value === null ? (jsonNull() as never) : asJson(value);
        break;
      case "localities":
        out.localities = value === null ? (jsonNull() as never) : asJson(value);
        break;
      default:
        (out as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

/** A JSON column set to SQL NULL. */
function jsonNull(): unknown {
  return Prisma.DbNull;
}

/**
 * The reads and writes the census import needs, bound to one transaction. Created by
 * `runCensusTransaction`; use cases never see Prisma.
 */
export type CensusRepository = {
  findClientByEin(ein: string): Promise<ClientRecord | null>;
  createClient(data: ClientData): Promise<ClientRecord>;
  updateClient(id: string, changes: Partial<ClientData>): Promise<void>;
  listPlans(clientId: string): Promise<PlanRecord[]>;
  createPlan(clientId: string, data: PlanData): Promise<PlanRecord>;
  updatePlan(id: string, changes: Partial<PlanData>): Promise<void>;
  listEmployees(clientId: string): Promise<EmployeeRecord[]>;
  /** Staff members holding any of these Slack or Teams user ids (an employee may not take one). */
  staffWithIdentities(ids: {
    slack: string[];
    teams: string[];
  }): Promise<{ email: string; slackUserId: string | null; teamsUserId: string | null }[]>;
  createEmployee(clientId: string, data: EmployeeData): Promise<EmployeeRecord>;
  updateEmployee(id: string, changes: Partial<EmployeeData>): Promise<void>;
  listEnrollments(clientId: string): Promise<EnrollmentRecord[]>;
  createEnrollment(data: EnrollmentData): Promise<EnrollmentRecord>;
  updateEnrollment(id: string, changes: Partial<EnrollmentData>): Promise<void>;
  audit(entries: AuditRecordInput[]): Promise<void>;
  /** Deposit and funding accounts, in the same transaction. */
  bankAccounts(keyring: Keyring): BankAccountRepository;
};

function censusRepository(tx: Tx): CensusRepository {
  return {
    bankAccounts: (keyring) => bankAccountRepository(tx, keyring),
    async findClientByEin(ein) {
      const row = await tx.clientEmployer.findUnique({ where: { ein } });
      return row ? clientFromRow(row) : null;
    },
    async createClient(data) {
      return clientFromRow(
        await tx.clientEmployer.create({
          data: clientWrite(data) as Prisma.ClientEmployerUncheckedCreateInput,
        }),
      );
    },
    async updateClient(id, changes) {
      await tx.clientEmployer.update({ where: { id }, data: clientWrite(changes) });
    },
    async listPlans(clientId) {
      return (
        await tx.benefitPlan.findMany({
          where: { clientId },
          orderBy: [{ code: "asc" }, { planYear: "asc" }],
        })
      ).map(planFromRow);
    },
    async createPlan(clientId, data) {
      return planFromRow(
        await tx.benefitPlan.create({
          data: { ...planWrite(data), clientId } as Prisma.BenefitPlanUncheckedCreateInput,
        }),
      );
    },
    async updatePlan(id, changes) {
      await tx.benefitPlan.update({ where: { id }, data: planWrite(changes) });
    },
    async staffWithIdentities(ids) {
      if (ids.slack.length === 0 && ids.teams.length === 0) return [];
      return tx.staff.findMany({
        where: { OR: [{ slackUserId: { in: ids.slack } }, { teamsUserId: { in: ids.teams } }] },
        select: { email: true, slackUserId: true, teamsUserId: true },
      });
    },
    async listEmployees(clientId) {
      return (await tx.employee.findMany({ where: { clientId }, orderBy: { externalId: "asc" } })).map(
        employeeFromRow,
      );
    },
    async createEmployee(clientId, data) {
      return employeeFromRow(
        await tx.employee.create({
          data: { ...employeeWrite(data), clientId } as Prisma.EmployeeUncheckedCreateInput,
        }),
      );
    },
    async updateEmployee(id, changes) {
      await tx.employee.update({ where: { id }, data: employeeWrite(changes) });
    },
    async listEnrollments(clientId) {
      return (
        await tx.enrollment.findMany({ where: { employee: { clientId } }, orderBy: { createdAt: "asc" } })
      ).map(enrollmentFromRow);
    },
    async createEnrollment(data) {
      return enrollmentFromRow(
        await tx.enrollment.create({
          data: {
            ...data,
            effectiveFrom: utcMidnight(data.effectiveFrom),
            effectiveTo: data.effectiveTo ? utcMidnight(data.effectiveTo) : null,
          },
        }),
      );
    },
    async updateEnrollment(id, changes) {
      const { effectiveFrom, effectiveTo, ...rest } = changes;
      await tx.enrollment.update({
        where: { id },
        data: {
          ...rest,
          ...(effectiveFrom !== undefined ? { effectiveFrom: utcMidnight(effectiveFrom) } : {}),
          ...(effectiveTo !== undefined
            ? { effectiveTo: effectiveTo ? utcMidnight(effectiveTo) : null }
            : {}),
        },
      });
    },
    async audit(entries) {
      await recordAudit(tx, entries);
    },
  };
}

/** Interactive-transaction limits: an import of a few hundred employees on PGlite fits easily. */
const CENSUS_TX_OPTIONS = { maxWait: 10_000, timeout: 120_000 } as const;

/**
 * Runs `fn` in one database transaction with a census repository bound to it: everything `fn`
 * writes commits together, or nothing does (a thrown error rolls it all back).
 */
export async function runCensusTransaction<T>(
  db: Database,
  fn: (repo: CensusRepository) => Promise<T>,
): Promise<T> {
  return db.prisma.$transaction((tx) => fn(censusRepository(tx)), CENSUS_TX_OPTIONS);
}

/** Whether any client employer exists (the demo data loads only into an empty database). */
export async function hasAnyClient(db: Database): Promise<boolean> {
  return (await db.prisma.clientEmployer.count()) > 0;
}
