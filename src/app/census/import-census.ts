import { randomUUID } from "node:crypto";
import { isoDay } from "../../core/calendar/iso-date";
import type { Clock } from "../../core/clock";
import { Decimal } from "../../core/money/decimal";
import { RoundingRule, roundCents } from "../../core/money/rounding";
import { type Actor, actorRef } from "../../core/policy/actor";
import { PAY_PERIODS_PER_YEAR, type PayFrequency } from "../../core/tables/us/pay-periods";
import type { AuditRecordInput } from "../../db/audit-repository";
import {
  type CensusRepository,
  type ClientData,
  canonicalDecimal,
  type EmployeeData,
  type EmployeeRecord,
  type EnrollmentRecord,
  type PlanData,
  type PlanRecord,
  runCensusTransaction,
} from "../../db/census-repository";
import type { Database } from "../../db/database";
import type { Keyring } from "../../db/field-encryption";
import { DomainError } from "../../errors/domain-error";
import { formatZodIssue } from "../../errors/zod-issues";
import { splitOf } from "../banking/bank-account.schema";
import { type CensusEmployee, type CensusFile, CensusFileSchema, type CensusPlan } from "./census.schema";

/** Created / updated / unchanged rows of one kind. */
export type ImportCounts = { created: number; updated: number; unchanged: number };

/** What an import did, per kind of record. */
export type ImportSummary = {
  client: { id: string; ein: string; name: string };
  requestId: string;
  clients: ImportCounts;
  plans: ImportCounts;
  employees: ImportCounts;
  enrollments: ImportCounts;
  /** Employees whose deposit accounts the file set (created: first accounts, updated: replaced). */
  bankAccounts: ImportCounts;
  durationMs: number;
};

export type ImportContext = {
  clock: Clock;
  /** Who imports; default the system (the CLI). */
  actor?: Actor;
  /** Groups the audit rows; default a new uuid. */
  requestId?: string;
  /** Encrypts bank account numbers; required when the census carries any. */
  keyring?: Keyring;
};

/**
 * Validates a parsed JSON value as a census file.
 *
 * @throws DomainError `input.invalid` with one line naming the JSON path at fault,
 *   e.g. `employees[3].email: Invalid email address`.
 */
export function parseCensus(value: unknown): CensusFile {
  const parsed = CensusFileSchema.safeParse(value);
  if (!parsed.success) {
    throw new DomainError(
      "input.invalid",
      `${formatZodIssue(parsed.error)}${employeeNamed(value, parsed.error)}`,
    );
  }
  return parsed.data;
}

/** " (employee E003)" for a bank account problem, so the line names whose account is refused. */
function employeeNamed(
  value: unknown,
  error: { issues: readonly { path: readonly PropertyKey[] }[] },
): string {
  const path = error.issues[0]?.path ?? [];
  if (path[0] !== "employees" || typeof path[1] !== "number" || path[2] !== "bankAccounts") return "";
  const rows = (value as { employees?: unknown[] } | null)?.employees;
  const externalId = (rows?.[path[1]] as { externalId?: unknown } | undefined)?.externalId;
  return typeof externalId === "string" ? ` (employee ${externalId})` : "";
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The fields of `desired` that differ from `current`, with before and after values. */
function changes<T extends object>(current: T, desired: T) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const key of Object.keys(desired) as (keyof T & string)[]) {
    if (stableJson(current[key]) !== stableJson(desired[key])) {
      before[key] = current[key];
      after[key] = desired[key];
    }
  }
  return { changed: Object.keys(after).length > 0, before, after, patch: after as Partial<T> };
}

/** An employee's fields as the audit trail keeps them: a date of birth only as being on file or not. */
function auditedEmployee(data: Record<string, unknown>): Record<string, unknown> {
  if (!("birthDate" in data)) return data;
  return { ...data, birthDate: data.birthDate === null ? null : "on file" };
}

/** Drops undefined values (JSON columns keep only what was given or defaulted). */
function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function clientData(census: CensusFile): ClientData {
  const e = census.employer;
  return {
    ein: e.ein,
    name: e.name,
    state: e.state,
    payFrequency: e.payFrequency,
    sutaRate: canonicalDecimal(e.sutaRate),
    sutaWageBase: canonicalDecimal(e.sutaWageBase),
    wcClassCode: e.workersComp.classCode,
    wcRatePer100: canonicalDecimal(e.workersComp.ratePer100),
    wcExperienceMod: canonicalDecimal(e.workersComp.experienceMod),
    slackTeamId: e.slackTeamId ?? null,
    teamsTenantId: e.teamsTenantId ? e.teamsTenantId.toLowerCase() : null,
    timezone: e.timezone,
    workweekStartDay: e.workweekStartDay,
    // The holiday calendar lives with the other client policies; the census field wins over a
    // `settings.holidays` given both ways.
    settings: clean(e.holidays === undefined ? e.settings : { ...e.settings, holidays: e.holidays }),
  };
}

function planData(plan: CensusPlan): PlanData {
  return {
    code: plan.code,
    type: plan.type,
    name: plan.name,
    planYear: plan.planYear,
    tiers: clean(plan.tiers),
    deductible: plan.deductible ? clean(plan.deductible) : null,
    outOfPocketMax: plan.outOfPocketMax ? clean(plan.outOfPocketMax) : null,
    documents: plan.documents,
    rules: clean(plan.rules),
  };
}

/** Salary per pay period: the census gives it directly (`rate`) or as an annual figure. */
function payRate(employee: CensusEmployee, frequency: PayFrequency): string {
  const pay = employee.pay;
  if (pay.type === "hourly") return canonicalDecimal(pay.rate);
  if (pay.rate !== undefined) return canonicalDecimal(pay.rate);
  const perPeriod = new Decimal(pay.annual as string).dividedBy(PAY_PERIODS_PER_YEAR[frequency]);
  // Per-period salary from an annual figure: rounded half-up to the cent, as payroll pays it.
  return canonicalDecimal(roundCents(perPeriod, RoundingRule.HalfUp));
}

function employeeData(
  employee: CensusEmployee,
  frequency: PayFrequency,
  managerId: string | null,
): EmployeeData {
  const { year, ...ytd } = employee.ytd;
  return {
    externalId: employee.externalId,
    name: employee.name,
    email: employee.email,
    slackUserId: employee.slackUserId ?? null,
    teamsUserId: employee.teamsUserId ? employee.teamsUserId.toLowerCase() : null,
    managerId,
    roles: [...employee.roles],
    hireDate: employee.hireDate,
    terminationDate: employee.terminationDate ?? null,
    workState: employee.workState,
    payType: employee.pay.type,
    payRate: payRate(employee, frequency),
    federalW4: clean(employee.federalW4),
    stateW4: employee.stateW4 ? clean(employee.stateW4) : null,
    localities: employee.localities ? clean(employee.localities) : null,
    ptoBalanceHours: canonicalDecimal(employee.ptoBalanceHours),
    deductions: clean(employee.deductions),
    ytd: clean(ytd),
    ytdYear: year ?? null,
    timezone: employee.timezone ?? null,
    jobTitle: employee.jobTitle ?? null,
    birthDate: employee.birthDate ?? null,
  };
}

const zero = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

/**
 * Onboards or updates one client employer from a validated census, in one transaction:
 * the employer, its plans (by code and plan year), its employees (by external id, managers
 * resolved within the file or among the client's employees already on file) and their
 * enrollments (by plan; plans resolved in the file or on file). Idempotent: a row whose data is
 * unchanged is not written; a second import of the same file reports everything unchanged.
 * Rows absent from the file are left as they are (an import never terminates or un-enrolls).
 * Every create and update writes an audit row with what changed.
 *
 * @throws DomainError `census.invalid_reference` naming the JSON path of a manager or plan
 *   reference that does not resolve; nothing is written.
 */
export async function importCensus(
  db: Database,
  census: CensusFile,
  ctx: ImportContext,
): Promise<ImportSummary> {
  const started = performance.now();
  const requestId = ctx.requestId ?? randomUUID();
  const actor = ctx.actor ?? { kind: "system" as const, name: "census import" };
  const at = ctx.clock.now();
  const who = actorRef(actor);
  const audit = (
    entry: Pick<AuditRecordInput, "action" | "subjectType" | "subjectId" | "clientId" | "before" | "after">,
  ): AuditRecordInput => ({ ...entry, at, ...who, requestId });
  const frequency = census.employer.payFrequency;
  const keyring = ctx.keyring;
  if (!keyring && censusHasBankNumbers(census)) {
    throw new DomainError("config.invalid", "bank accounts in the census need DATA_ENCRYPTION_KEY");
  }
  const today = isoDay(at);

  const summary = await runCensusTransaction(db, async (repo) => {
    const counts = {
      clients: zero(),
      plans: zero(),
      employees: zero(),
      enrollments: zero(),
      bankAccounts: zero(),
    };
    const entries: AuditRecordInput[] = [];

    // 1. The employer.
    const desiredClient = clientData(census);
    let client = await repo.findClientByEin(desiredClient.ein);
    if (!client) {
      client = await repo.createClient(desiredClient);
      counts.clients.created++;
      entries.push(
        audit({
          action: "census.client.created",
          subjectType: "ClientEmployer",
          subjectId: client.id,
          clientId: client.id,
          before: null,
          after: desiredClient,
        }),
      );
    } else {
      const { id, ...current } = client;
      const diff = changes(current, desiredClient);
      if (diff.changed) {
        await repo.updateClient(id, diff.patch);
        counts.clients.updated++;
        entries.push(
          audit({
            action: "census.client.updated",
            subjectType: "ClientEmployer",
            subjectId: id,
            clientId: id,
            before: diff.before,
            after: diff.after,
          }),
        );
      } else counts.clients.unchanged++;
    }
    const clientId = client.id;

    // 2. Plans, by code and plan year.
    const existingPlans = await repo.listPlans(clientId);
    const plans: PlanRecord[] = [...existingPlans];
    for (const plan of census.plans) {
      const desired = planData(plan);
      const current = existingPlans.find((p) => p.code === plan.code && p.planYear === plan.planYear);
      if (!current) {
        const created = await repo.createPlan(clientId, desired);
        plans.push(created);
        counts.plans.created++;
        entries.push(
          audit({
            action: "census.plan.created",
            subjectType: "BenefitPlan",
            subjectId: created.id,
            clientId,
            before: null,
            after: desired,
          }),
        );
        continue;
      }
      const { id, clientId: _c, ...currentData } = current;
      const diff = changes(currentData, desired);
      if (diff.changed) {
        await repo.updatePlan(id, diff.patch);
        counts.plans.updated++;
        entries.push(
          audit({
            action: "census.plan.updated",
            subjectType: "BenefitPlan",
            subjectId: id,
            clientId,
            before: diff.before,
            after: diff.after,
          }),
        );
      } else counts.plans.unchanged++;
    }

    // 3. References must resolve before anything about employees is written.
    const existingEmployees = await repo.listEmployees(clientId);
    const byExternalId = new Map(existingEmployees.map((e) => [e.externalId, e]));
    const inFile = new Set(census.employees.map((e) => e.externalId));
    census.employees.forEach((employee, i) => {
      const ref = employee.managerExternalId;
      if (ref && !inFile.has(ref) && !byExternalId.has(ref)) {
        throw new DomainError(
          "census.invalid_reference",
          `employees[${i}].managerExternalId: ${ref} is not an employee of ${census.employer.ein} ` +
            "(neither in this file nor on file)",
        );
      }
    });
    await checkIdentities(repo, census, existingEmployees);
    const planFor = (code: string): PlanRecord | undefined => {
      const fromFile = census.plans.filter((p) => p.code === code);
      const candidates = plans.filter((p) =>
        fromFile.length > 0
          ? fromFile.some((f) => f.code === p.code && f.planYear === p.planYear)
          : p.code === code,
      );
      return candidates.sort((a, b) => b.planYear - a.planYear)[0];
    };
    census.employees.forEach((employee, i) => {
      employee.enrollments.forEach((enrollment, j) => {
        const plan = planFor(enrollment.plan);
        if (!plan) {
          throw new DomainError(
            "census.invalid_reference",
            `employees[${i}].enrollments[${j}].plan: ${enrollment.plan} is not a plan of ${census.employer.ein} ` +
              "(neither in this file nor on file)",
          );
        }
        if (Object.keys(plan.tiers).length > 0 && !(enrollment.tier in plan.tiers)) {
          throw new DomainError(
            "census.invalid_reference",
            `employees[${i}].enrollments[${j}].tier: plan ${enrollment.plan} has no ${enrollment.tier} tier`,
          );
        }
      });
    });

    // 4. Employees: create the new ones first (managers may be new too), then set every field.
    const ids = new Map(existingEmployees.map((e) => [e.externalId, e.id]));
    const newlyCreated = new Set<string>();
    for (const employee of census.employees) {
      if (ids.has(employee.externalId)) continue;
      const created = await repo.createEmployee(clientId, employeeData(employee, frequency, null));
      ids.set(employee.externalId, created.id);
      newlyCreated.add(employee.externalId);
    }
    const employeeIds = new Map<string, { id: string; hireDate: string }>();
    for (const employee of census.employees) {
      const id = ids.get(employee.externalId) as string;
      const managerId = employee.managerExternalId ? (ids.get(employee.managerExternalId) ?? null) : null;
      const desired = employeeData(employee, frequency, managerId);
      employeeIds.set(employee.externalId, { id, hireDate: desired.hireDate });
      if (newlyCreated.has(employee.externalId)) {
        if (managerId) await repo.updateEmployee(id, { managerId });
        counts.employees.created++;
        entries.push(
          audit({
            action: "census.employee.created",
            subjectType: "Employee",
            subjectId: id,
            clientId,
            before: null,
            after: auditedEmployee(desired),
          }),
        );
        continue;
      }
      const { id: _id, clientId: _c, ...current } = byExternalId.get(employee.externalId) as EmployeeRecord;
      const diff = changes(current, desired);
      if (diff.changed) {
        await repo.updateEmployee(id, diff.patch);
        counts.employees.updated++;
        entries.push(
          audit({
            action: "census.employee.updated",
            subjectType: "Employee",
            subjectId: id,
            clientId,
            before: auditedEmployee(diff.before),
            after: auditedEmployee(diff.after),
          }),
        );
      } else counts.employees.unchanged++;
    }

    // 5. Enrollments: the current (open-ended) enrollment of each employee in each plan.
    const enrollments = await repo.listEnrollments(clientId);
    for (const employee of census.employees) {
      const { id: employeeId, hireDate } = employeeIds.get(employee.externalId) as {
        id: string;
        hireDate: string;
      };
      for (const enrollment of employee.enrollments) {
        const plan = planFor(enrollment.plan) as PlanRecord;
        const planStart = `${plan.planYear}-01-01`;
        const effectiveFrom = enrollment.effectiveFrom ?? (hireDate > planStart ? hireDate : planStart);
        const current = enrollments.find(
          (e: EnrollmentRecord) =>
            e.employeeId === employeeId && e.planId === plan.id && e.effectiveTo === null,
        );
        if (!current) {
          const desired = {
            employeeId,
            planId: plan.id,
            tier: enrollment.tier,
            effectiveFrom,
            effectiveTo: null,
          };
          const created = await repo.createEnrollment(desired);
          counts.enrollments.created++;
          entries.push(
            audit({
              action: "census.enrollment.created",
              subjectType: "Enrollment",
              subjectId: created.id,
              clientId,
              before: null,
              after: { ...desired, plan: plan.code, employeeExternalId: employee.externalId },
            }),
          );
          continue;
        }
        const desired = {
          tier: enrollment.tier,
          effectiveFrom: enrollment.effectiveFrom ?? current.effectiveFrom,
        };
        const diff = changes({ tier: current.tier, effectiveFrom: current.effectiveFrom }, desired);
        if (diff.changed) {
          await repo.updateEnrollment(current.id, diff.patch);
          counts.enrollments.updated++;
          entries.push(
            audit({
              action: "census.enrollment.updated",
              subjectType: "Enrollment",
              subjectId: current.id,
              clientId,
              before: diff.before,
              after: diff.after,
            }),
          );
        } else counts.enrollments.unchanged++;
      }
    }

    // 6. Deposit accounts. The census is the client's own record, imported by the ASO: its accounts
    // apply from today, with no hold (a change asked for in chat goes through request-deposit-change).
    if (keyring) {
      const banks = repo.bankAccounts(keyring);
      if (census.employer.fundingAccount) {
        const outcome = await banks.setFundingAccount(clientId, census.employer.fundingAccount);
        if (outcome !== "unchanged") {
          entries.push(
            audit({
              action: `census.funding_account.${outcome}`,
              subjectType: "ClientEmployer",
              subjectId: clientId,
              clientId,
              before: null,
              after: { accountType: census.employer.fundingAccount.accountType },
            }),
          );
        }
      }
      for (const [i, employee] of census.employees.entries()) {
        if (!employee.bankAccounts) continue;
        const { id: employeeId } = employeeIds.get(employee.externalId) as { id: string };
        for (const [j, account] of employee.bankAccounts.entries()) {
          const others = await banks.otherHolders(account.routingNumber, account.accountNumber, employeeId);
          if (others.length > 0) {
            throw new DomainError(
              "census.invalid_reference",
              `employees[${i}].bankAccounts[${j}].accountNumber: this account already belongs to another employee (employee ${employee.externalId})`,
            );
          }
        }
        const desired = employee.bankAccounts.map((account, priority) => ({
          routingNumber: account.routingNumber,
          accountNumber: account.accountNumber,
          accountType: account.accountType,
          split: splitOf(account),
          // The remainder account is paid last whatever its place in the file.
          priority: account.remainder ? employee.bankAccounts!.length : priority,
          prenoteStatus: account.prenote,
          source: "census" as const,
        }));
        desired.sort((a, b) => a.priority - b.priority);
        const hadAccounts = (await banks.currentAndFuture(employeeId)).length > 0;
        if (await banks.sameAccounts(employeeId, desired)) {
          counts.bankAccounts.unchanged++;
          continue;
        }
        const created = await banks.replaceAccounts(clientId, employeeId, desired, today);
        if (hadAccounts) counts.bankAccounts.updated++;
        else counts.bankAccounts.created++;
        entries.push(
          audit({
            action: hadAccounts ? "census.bank_accounts.replaced" : "census.bank_accounts.created",
            subjectType: "Employee",
            subjectId: employeeId,
            clientId,
            before: null,
            // Only what people may see: type, last four digits and the split.
            after: {
              accounts: created.map((a) => ({ type: a.accountType, last4: a.last4, split: a.split })),
              effectiveFrom: today,
            },
          }),
        );
      }
    }

    await repo.audit(entries);
    return { client: { id: clientId, ein: desiredClient.ein, name: desiredClient.name }, ...counts };
  });
  return { ...summary, requestId, durationMs: Math.round(performance.now() - started) };
}

/** The summary as the CLI prints it: one line per kind. */
export function formatImportSummary(summary: ImportSummary): string {
  const line = (label: string, c: ImportCounts) =>
    `  ${label.padEnd(12)} created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}`;
  return [
    `imported ${summary.client.name} (${summary.client.ein}) in ${summary.durationMs} ms`,
    line("client", summary.clients),
    line("plans", summary.plans),
    line("employees", summary.employees),
    line("enrollments", summary.enrollments),
    line("bank accts", summary.bankAccounts),
  ].join("\n");
}

/** Whether the file carries any bank numbers (then the import needs the encryption keyring). */
export function censusHasBankNumbers(census: CensusFile): boolean {
  return Boolean(census.employer.fundingAccount) || census.employees.some((e) => e.bankAccounts);
}

/** Re-exported so callers validate and import with one module. */
export type { CensusFile, CensusRepository };

/**
 * The client's people as they will be once the file is applied (on file, then the file's rows over
 * them) must keep identities apart and managers acyclic: no two employees with one Slack or Teams
 * user id, no employee with a staff member's, and nobody managing their own manager. Checked before
 * anything is written; the error names the file's field at fault.
 */
async function checkIdentities(
  repo: Parameters<Parameters<typeof runCensusTransaction>[1]>[0],
  census: CensusFile,
  existing: readonly EmployeeRecord[],
): Promise<void> {
  const externalOf = new Map(existing.map((e) => [e.id, e.externalId]));
  const merged = new Map(
    existing.map((e) => [
      e.externalId,
      {
        slack: e.slackUserId,
        teams: e.teamsUserId,
        manager: e.managerId ? (externalOf.get(e.managerId) ?? null) : null,
      },
    ]),
  );
  const rowOf = new Map<string, number>();
  census.employees.forEach((e, i) => {
    rowOf.set(e.externalId, i);
    merged.set(e.externalId, {
      slack: e.slackUserId ?? null,
      teams: e.teamsUserId ?? null,
      manager: e.managerExternalId ?? null,
    });
  });
  const where = (externalId: string) => (rowOf.has(externalId) ? "in this file" : "on file");
  for (const [field, key] of [
    ["slackUserId", "slack"],
    ["teamsUserId", "teams"],
  ] as const) {
    const holder = new Map<string, string>();
    for (const [externalId, person] of merged) {
      const id = person[key];
      if (!id) continue;
      const other = holder.get(id);
      if (other !== undefined) {
        // Name the file's row: the one that introduces the clash.
        const [row, taken] = rowOf.has(externalId) ? [externalId, other] : [other, externalId];
        throw new DomainError(
          "census.invalid_reference",
          `employees[${rowOf.get(row)}].${field}: ${id} already belongs to employee ${taken} (${where(taken)})`,
        );
      }
      holder.set(id, externalId);
    }
  }
  const staff = await repo.staffWithIdentities({
    slack: census.employees.flatMap((e) => (e.slackUserId ? [e.slackUserId] : [])),
    teams: census.employees.flatMap((e) => (e.teamsUserId ? [e.teamsUserId] : [])),
  });
  census.employees.forEach((e, i) => {
    const s = staff.find(
      (m) =>
        (e.slackUserId && m.slackUserId === e.slackUserId) ||
        (e.teamsUserId && m.teamsUserId === e.teamsUserId),
    );
    if (s) {
      const field = e.slackUserId && s.slackUserId === e.slackUserId ? "slackUserId" : "teamsUserId";
      throw new DomainError(
        "census.invalid_reference",
        `employees[${i}].${field}: ${e[field]} belongs to ASO staff member ${s.email}`,
      );
    }
  });
  for (const [externalId, i] of rowOf) {
    const chain = [externalId];
    let next = merged.get(externalId)?.manager ?? null;
    while (next && chain.length <= merged.size) {
      chain.push(next);
      if (next === externalId) {
        throw new DomainError(
          "census.invalid_reference",
          `employees[${i}].managerExternalId: ${chain.join(" → ")} is a cycle (nobody can manage their own manager)`,
        );
      }
      next = merged.get(next)?.manager ?? null;
    }
  }
}
