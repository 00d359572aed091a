import { isoDay, utcMidnight } from "../core/calendar/iso-date";
import { Decimal } from "../core/money/decimal";
import type { PtoType } from "../core/pto/pto-types";
import { formatHours } from "../core/timesheets/hours";
import type { TimesheetStatus } from "../core/timesheets/timesheet-status";
import type { TimesheetDay } from "../core/timesheets/validate-timesheet";
import { type AuditEntry, recordAudit } from "./audit-repository";
import type { Prisma, PrismaClient } from "./generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Interactive transactions wait in line on a busy pool (50 approvers at once): be patient. */
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** What the timesheet use cases need to know about a client employer. */
export type ClientFacts = {
  id: string;
  name: string;
  timezone: string;
  workweekStartDay: number;
  payFrequency: string;
  settings: unknown;
};

/** What the timesheet and PTO use cases need to know about an employee. */
export type EmployeeFacts = {
  id: string;
  clientId: string;
  name: string;
  managerId: string | null;
  roles: string[];
  hireDate: string;
  terminationDate: string | null;
  workState: string;
  payType: "hourly" | "salary";
  /** The employee's own time zone, else the client's. */
  timezone: string;
  /** Census opening PTO balance (vacation). */
  ptoBalanceHours: string;
  client: ClientFacts;
};

export type TimesheetDecisionRecord = {
  submission: number;
  decision: "approved" | "rejected";
  reason: string | null;
  deciderEmployeeId: string;
  deciderName: string;
  via: string;
  decidedAt: Date;
};

export type TimesheetRecord = {
  id: string;
  clientId: string;
  employeeId: string;
  weekStart: string;
  weekEnd: string;
  status: TimesheetStatus;
  submission: number;
  submittedAt: Date | null;
  payableAt: Date | null;
  days: TimesheetDay[];
  /** The decision on the current submission, if any. */
  decision: TimesheetDecisionRecord | null;
};

export type DecideResult =
  | { kind: "decided"; timesheet: TimesheetRecord; decision: TimesheetDecisionRecord }
  | { kind: "already"; timesheet: TimesheetRecord; decision: TimesheetDecisionRecord }
  | { kind: "not_pending"; timesheet: TimesheetRecord }
  | { kind: "not_found" };

const employeeInclude = { client: true } as const;
type EmployeeRow = Prisma.EmployeeGetPayload<{ include: typeof employeeInclude }>;

function toEmployeeFacts(row: EmployeeRow): EmployeeFacts {
  return {
    id: row.id,
    clientId: row.clientId,
    name: row.name,
    managerId: row.managerId,
    roles: row.roles,
    hireDate: isoDay(row.hireDate),
    terminationDate: row.terminationDate ? isoDay(row.terminationDate) : null,
    workState: row.workState,
    payType: row.payType === "salary" ? "salary" : "hourly",
    timezone: row.timezone ?? row.client.timezone,
    ptoBalanceHours: row.ptoBalanceHours.toString(),
    client: {
      id: row.client.id,
      name: row.client.name,
      timezone: row.client.timezone,
      workweekStartDay: row.client.workweekStartDay,
      payFrequency: row.client.payFrequency,
      settings: row.client.settings,
    },
  };
}

const timesheetInclude = {
  entries: { orderBy: { date: "asc" } },
  decisions: { orderBy: { submission: "desc" }, take: 1 },
} as const;
type TimesheetRow = Prisma.TimesheetGetPayload<{ include: typeof timesheetInclude }>;

function toPto(json: unknown): Partial<Record<PtoType, string>> {
  const out: Partial<Record<PtoType, string>> = {};
  if (json && typeof json === "object") {
    for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
      if ((k === "vacation" || k === "sick") && typeof v === "string" && v !== "0") out[k] = v;
    }
  }
  return out;
}

function toDecision(row: TimesheetRow["decisions"][number]): TimesheetDecisionRecord {
  return {
    submission: row.submission,
    decision: row.decision === "rejected" ? "rejected" : "approved",
    reason: row.reason,
    deciderEmployeeId: row.deciderEmployeeId,
    deciderName: row.deciderName,
    via: row.via,
    decidedAt: row.decidedAt,
  };
}

function toTimesheet(row: TimesheetRow): TimesheetRecord {
  const latest = row.decisions[0];
  return {
    id: row.id,
    clientId: row.clientId,
    employeeId: row.employeeId,
    weekStart: isoDay(row.weekStart),
    weekEnd: isoDay(row.weekEnd),
    status: row.status as TimesheetStatus,
    submission: row.submission,
    submittedAt: row.submittedAt,
    payableAt: row.payableAt,
    days: row.entries.map((e) => {
      const pto = toPto(e.pto);
      return {
        date: isoDay(e.date),
        hours: formatHours(e.hours.toString()),
        ...(e.note ? { note: e.note } : {}),
        ...(Object.keys(pto).length ? { pto } : {}),
      };
    }),
    decision: latest && latest.submission === row.submission ? toDecision(latest) : null,
  };
}

async function audit(
  tx: Tx,
  entry: AuditEntry,
  subject: { type: string; id: string; clientId: string },
): Promise<void> {
  await recordAudit(tx, {
    ...entry,
    subjectType: subject.type,
    subjectId: subject.id,
    clientId: subject.clientId,
  });
}

/** Write a day's entry (upsert by timesheet + date). */
async function writeDay(tx: Tx, timesheetId: string, day: TimesheetDay): Promise<void> {
  const data = {
    hours: formatHours(day.hours),
    note: day.note ?? null,
    pto: Object.fromEntries(Object.entries(day.pto ?? {}).filter(([, v]) => v !== undefined && v !== "0")),
  };
  await tx.timesheetEntry.upsert({
    where: { timesheetId_date: { timesheetId, date: utcMidnight(day.date) } },
    create: { timesheetId, date: utcMidnight(day.date), ...data },
    update: data,
  });
}

async function loadTimesheet(tx: Tx | PrismaClient, id: string): Promise<TimesheetRecord | null> {
  const row = await tx.timesheet.findUnique({ where: { id }, include: timesheetInclude });
  return row ? toTimesheet(row) : null;
}

/** Get or create the draft timesheet of an employee's workweek inside a transaction. */
async function ensureTimesheet(
  tx: Tx,
  key: { clientId: string; employeeId: string; weekStart: string; weekEnd: string },
): Promise<TimesheetRow> {
  await tx.timesheet.createMany({
    data: [
      {
        clientId: key.clientId,
        employeeId: key.employeeId,
        weekStart: utcMidnight(key.weekStart),
        weekEnd: utcMidnight(key.weekEnd),
      },
    ],
    skipDuplicates: true,
  });
  return tx.timesheet.findUniqueOrThrow({
    where: { employeeId_weekStart: { employeeId: key.employeeId, weekStart: utcMidnight(key.weekStart) } },
    include: timesheetInclude,
  });
}

/**
 * Timesheets, their entries and decisions, approval delegates and reminder notices. The only place
 * that touches these tables. Every state change writes its AuditLog row in the same transaction.
 */
export function createTimesheetRepository(prisma: PrismaClient) {
  return {
    /** The clients a staff member serves, as the time-visibility rule needs it for one client. */
    async staffClientScope(staffId: string, clientId: string) {
      const [assigned, anyForClient] = await Promise.all([
        prisma.staffClientAssignment.findMany({ where: { staffId }, select: { clientId: true } }),
        prisma.staffClientAssignment.count({ where: { clientId } }),
      ]);
      return { assignedClientIds: assigned.map((a) => a.clientId), clientHasAssignedStaff: anyForClient > 0 };
    },

    async findEmployee(id: string): Promise<EmployeeFacts | null> {
      const row = await prisma.employee.findUnique({ where: { id }, include: employeeInclude });
      return row ? toEmployeeFacts(row) : null;
    },

    async findEmployees(ids: readonly string[]): Promise<EmployeeFacts[]> {
      const rows = await prisma.employee.findMany({
        where: { id: { in: [...ids] } },
        include: employeeInclude,
      });
      return rows.map(toEmployeeFacts);
    },

    async findClient(id: string): Promise<ClientFacts | null> {
      const row = await prisma.clientEmployer.findUnique({ where: { id } });
      return row
        ? {
            id: row.id,
            name: row.name,
            timezone: row.timezone,
            workweekStartDay: row.workweekStartDay,
            payFrequency: row.payFrequency,
            settings: row.settings,
          }
        : null;
    },

    async listClients(): Promise<ClientFacts[]> {
      const rows = await prisma.clientEmployer.findMany({ orderBy: { name: "asc" } });
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        timezone: row.timezone,
        workweekStartDay: row.workweekStartDay,
        payFrequency: row.payFrequency,
        settings: row.settings,
      }));
    },

    /** Employees whose manager is one of `managerIds` (at the client). */
    async findReports(clientId: string, managerIds: readonly string[]): Promise<EmployeeFacts[]> {
      const rows = await prisma.employee.findMany({
        where: { clientId, managerId: { in: [...managerIds] } },
        include: employeeInclude,
        orderBy: { name: "asc" },
      });
      return rows.map(toEmployeeFacts);
    },

    /** Employees of a client holding `role`. */
    async findByRole(clientId: string, role: string): Promise<EmployeeFacts[]> {
      const rows = await prisma.employee.findMany({
        where: { clientId, roles: { has: role } },
        include: employeeInclude,
        orderBy: { name: "asc" },
      });
      return rows.map(toEmployeeFacts);
    },

    /**
     * Everyone who accrues PTO at a client (employees, managers and client admins), with only what an
     * accrual reads: a run's approval credits thousands at once.
     */
    async findAccruing(clientId: string): Promise<
      {
        id: string;
        clientId: string;
        hireDate: string;
        terminationDate: string | null;
        ptoBalanceHours: string;
      }[]
    > {
      const rows = await prisma.employee.findMany({
        where: { clientId, roles: { hasSome: ["employee", "manager", "client_admin"] } },
        select: { id: true, clientId: true, hireDate: true, terminationDate: true, ptoBalanceHours: true },
        orderBy: { name: "asc" },
      });
      return rows.map((r) => ({
        id: r.id,
        clientId: r.clientId,
        hireDate: isoDay(r.hireDate),
        terminationDate: r.terminationDate ? isoDay(r.terminationDate) : null,
        ptoBalanceHours: r.ptoBalanceHours.toString(),
      }));
    },

    /** Hourly employees employed during the week (salaried ones record only exceptions). */
    async findHourlyEmployedDuring(
      clientId: string,
      weekStart: string,
      weekEnd: string,
    ): Promise<EmployeeFacts[]> {
      const rows = await prisma.employee.findMany({
        where: {
          clientId,
          payType: "hourly",
          hireDate: { lte: utcMidnight(weekEnd) },
          OR: [{ terminationDate: null }, { terminationDate: { gte: utcMidnight(weekStart) } }],
        },
        include: employeeInclude,
        orderBy: { name: "asc" },
      });
      return rows.map(toEmployeeFacts);
    },

    async findTimesheet(employeeId: string, weekStart: string): Promise<TimesheetRecord | null> {
      const row = await prisma.timesheet.findUnique({
        where: { employeeId_weekStart: { employeeId, weekStart: utcMidnight(weekStart) } },
        include: timesheetInclude,
      });
      return row ? toTimesheet(row) : null;
    },

    findTimesheetById(id: string): Promise<TimesheetRecord | null> {
      return loadTimesheet(prisma, id);
    },

    async listTimesheets(where: {
      clientId: string;
      employeeIds?: readonly string[];
      weekStart?: string;
      weekStarts?: readonly string[];
      statuses?: readonly TimesheetStatus[];
    }): Promise<TimesheetRecord[]> {
      const rows = await prisma.timesheet.findMany({
        where: {
          clientId: where.clientId,
          ...(where.employeeIds ? { employeeId: { in: [...where.employeeIds] } } : {}),
          ...(where.weekStart ? { weekStart: utcMidnight(where.weekStart) } : {}),
          ...(where.weekStarts ? { weekStart: { in: where.weekStarts.map(utcMidnight) } } : {}),
          ...(where.statuses ? { status: { in: [...where.statuses] } } : {}),
        },
        include: timesheetInclude,
        orderBy: [{ weekStart: "asc" }, { employeeId: "asc" }],
      });
      return rows.map(toTimesheet);
    },

    async listRecentForEmployee(employeeId: string, limit: number): Promise<TimesheetRecord[]> {
      const rows = await prisma.timesheet.findMany({
        where: { employeeId, status: { not: "draft" } },
        include: timesheetInclude,
        orderBy: { weekStart: "desc" },
        take: limit,
      });
      return rows.map(toTimesheet);
    },

    /**
     * Change the days of an employee's week in one transaction: `mutate` gets the current record
     * (a new draft when there was none) and returns the days to write, or a refusal. Days not returned
     * are left as they are.
     */
    async updateDays<R>(
      key: { clientId: string; employeeId: string; weekStart: string; weekEnd: string },
      mutate: (
        current: TimesheetRecord,
      ) => { ok: true; days: TimesheetDay[]; result: R } | { ok: false; result: R },
      auditEntry: AuditEntry,
    ): Promise<{ timesheet: TimesheetRecord; result: R; changed: boolean }> {
      return prisma.$transaction(async (tx) => {
        const row = await ensureTimesheet(tx, key);
        // Lock the row: concurrent edits of the same week apply one after the other.
        await tx.$executeRaw`SELECT 1 FROM "Timesheet" WHERE "id" = ${row.id}::uuid FOR UPDATE`;
        const current = (await loadTimesheet(tx, row.id))!;
        const outcome = mutate(current);
        if (!outcome.ok) return { timesheet: current, result: outcome.result, changed: false };
        for (const day of outcome.days) await writeDay(tx, row.id, day);
        await tx.timesheet.update({ where: { id: row.id }, data: { updatedAt: new Date() } });
        const after = (await loadTimesheet(tx, row.id))!;
        await audit(
          tx,
          {
            ...auditEntry,
            before: auditEntry.before ?? current.days,
            after: auditEntry.after ?? outcome.days,
          },
          { type: "Timesheet", id: row.id, clientId: key.clientId },
        );
        return { timesheet: after, result: outcome.result, changed: true };
      }, TX_OPTIONS);
    },

    /**
     * Move a timesheet from `from` to `to` and bump its submission number, only if it is still in
     * `from` with submission `submission` (a second click finds it moved and changes nothing).
     */
    async submit(input: {
      id: string;
      clientId: string;
      from: TimesheetStatus;
      to: TimesheetStatus;
      submission: number;
      at: Date;
      audit: AuditEntry;
    }): Promise<{ submitted: boolean; timesheet: TimesheetRecord }> {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.timesheet.updateMany({
          where: { id: input.id, status: input.from, submission: input.submission },
          data: { status: input.to, submission: input.submission + 1, submittedAt: input.at },
        });
        if (count === 1) {
          await audit(
            tx,
            {
              ...input.audit,
              before: { status: input.from },
              after: { status: input.to, submission: input.submission + 1 },
            },
            { type: "Timesheet", id: input.id, clientId: input.clientId },
          );
        }
        return { submitted: count === 1, timesheet: (await loadTimesheet(tx, input.id))! };
      }, TX_OPTIONS);
    },

    /**
     * Record the one decision on a timesheet's current submission. The unique key
     * (timesheetId, submission) of TimesheetDecision makes it single: of any number of concurrent
     * calls exactly one inserts; the others wait for it to commit, find its row and get `already`.
     */
    async decide(input: {
      id: string;
      /** The submission the approver saw; absent = the current one. */
      submission?: number;
      decision: "approved" | "rejected";
      reason: string | null;
      decider: { employeeId: string; name: string; via: string };
      at: Date;
      audit: AuditEntry;
    }): Promise<DecideResult> {
      return prisma.$transaction(async (tx) => {
        const sheet = await loadTimesheet(tx, input.id);
        if (!sheet) return { kind: "not_found" };
        const submission = input.submission ?? sheet.submission;
        const existing = async () => {
          const row = await tx.timesheetDecision.findUnique({
            where: { timesheetId_submission: { timesheetId: input.id, submission } },
          });
          return row ? toDecision(row) : null;
        };
        const pending = sheet.status === "submitted" || sheet.status === "resubmitted";
        if (!pending || submission !== sheet.submission) {
          const decided = await existing();
          return decided
            ? { kind: "already", timesheet: sheet, decision: decided }
            : { kind: "not_pending", timesheet: sheet };
        }
        const { count } = await tx.timesheetDecision.createMany({
          data: [
            {
              timesheetId: input.id,
              submission,
              decision: input.decision,
              reason: input.reason,
              deciderEmployeeId: input.decider.employeeId,
              deciderName: input.decider.name,
              via: input.decider.via,
              decidedAt: input.at,
            },
          ],
          skipDuplicates: true,
        });
        if (count === 0) {
          const decided = await existing();
          if (!decided) throw new Error(`decision on timesheet ${input.id} vanished`);
          return { kind: "already", timesheet: (await loadTimesheet(tx, input.id))!, decision: decided };
        }
        const moved = await tx.timesheet.updateMany({
          where: { id: input.id, submission, status: { in: ["submitted", "resubmitted"] } },
          data: { status: input.decision },
        });
        if (moved.count !== 1) throw new Error(`timesheet ${input.id} changed under its decision`);
        await audit(
          tx,
          {
            ...input.audit,
            before: { status: sheet.status, submission },
            after: { status: input.decision, reason: input.reason, via: input.decider.via },
          },
          { type: "Timesheet", id: input.id, clientId: sheet.clientId },
        );
        const after = (await loadTimesheet(tx, input.id))!;
        return { kind: "decided", timesheet: after, decision: after.decision! };
      }, TX_OPTIONS);
    },

    /** Mark approved time payable once; returns false when it already was (or is not approved). */
    async markPayable(id: string, at: Date): Promise<boolean> {
      const { count } = await prisma.timesheet.updateMany({
        where: { id, status: "approved", payableAt: null },
        data: { payableAt: at },
      });
      return count === 1;
    },

    /** Write PTO hours into a week's entries (approved PTO flows into the timesheet). */
    async applyPto(
      tx: Tx,
      key: { clientId: string; employeeId: string; weekStart: string; weekEnd: string },
      days: readonly { date: string; type: PtoType; hours: string }[],
    ): Promise<void> {
      const row = await ensureTimesheet(tx, key);
      const current = toTimesheet(row);
      for (const add of days) {
        const day = current.days.find((d) => d.date === add.date) ?? { date: add.date, hours: "0" };
        await writeDay(tx, row.id, {
          ...day,
          pto: { ...(day.pto ?? {}), [add.type]: formatHours(add.hours) },
        });
      }
    },

    /**
     * Take cancelled PTO back off the timesheet days it was written to (each type's hours less the
     * request's, never below zero, so another request on the same day keeps its hours).
     */
    async removePto(
      tx: Tx,
      key: { clientId: string; employeeId: string; weekStart: string; weekEnd: string },
      days: readonly { date: string; type: PtoType; hours: string }[],
    ): Promise<void> {
      const row = await ensureTimesheet(tx, key);
      const current = toTimesheet(row);
      for (const remove of days) {
        const day = current.days.find((d) => d.date === remove.date);
        if (!day) continue;
        const left = Decimal.max(0, new Decimal(day.pto?.[remove.type] ?? 0).minus(remove.hours));
        await writeDay(tx, row.id, { ...day, pto: { ...(day.pto ?? {}), [remove.type]: formatHours(left) } });
      }
    },

    // --- approval delegates ---

    async createDelegation(input: {
      clientId: string;
      managerId: string;
      delegateId: string;
      startsOn: string;
      endsOn: string;
      audit: AuditEntry;
    }): Promise<{ id: string }> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.approvalDelegate.create({
          data: {
            clientId: input.clientId,
            managerId: input.managerId,
            delegateId: input.delegateId,
            startsOn: utcMidnight(input.startsOn),
            endsOn: utcMidnight(input.endsOn),
          },
        });
        await audit(
          tx,
          {
            ...input.audit,
            after: {
              managerId: input.managerId,
              delegateId: input.delegateId,
              startsOn: input.startsOn,
              endsOn: input.endsOn,
            },
          },
          { type: "ApprovalDelegate", id: row.id, clientId: input.clientId },
        );
        return { id: row.id };
      }, TX_OPTIONS);
    },

    /** Delegations (not revoked) at a client, optionally only those naming `delegateId` or for `managerId`. */
    async listDelegations(where: { clientId: string; delegateId?: string; managerId?: string }) {
      const rows = await prisma.approvalDelegate.findMany({
        where: {
          clientId: where.clientId,
          revokedAt: null,
          ...(where.delegateId ? { delegateId: where.delegateId } : {}),
          ...(where.managerId ? { managerId: where.managerId } : {}),
        },
      });
      return rows.map((r) => ({
        managerId: r.managerId,
        delegateId: r.delegateId,
        clientId: r.clientId,
        startsOn: isoDay(r.startsOn),
        endsOn: isoDay(r.endsOn),
      }));
    },

    // --- reminders ---

    /** Claim a notice key; true only the first time (a re-run job sends nothing twice). */
    async claimNotice(key: string, clientId: string, kind: string, at: Date): Promise<boolean> {
      const { count } = await prisma.timesheetNotice.createMany({
        data: [{ key, clientId, kind, sentAt: at }],
        skipDuplicates: true,
      });
      return count === 1;
    },

    /** Forget a claimed notice whose delivery failed, so a retry can send it. */
    async releaseNotice(key: string): Promise<void> {
      await prisma.timesheetNotice.deleteMany({ where: { key } });
    },

    /** Run `work` in a transaction (for use cases that span timesheets and PTO). */
    transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      return prisma.$transaction(work, TX_OPTIONS);
    },

    audit,
  };
}

export type TimesheetRepository = ReturnType<typeof createTimesheetRepository>;
