import { isoDay, utcMidnight } from "../core/calendar/iso-date";
import { Decimal } from "../core/money/decimal";
import { PTO_TYPES, type PtoType } from "../core/pto/pto-types";
import { formatHours, sumHours } from "../core/timesheets/hours";
import { type AuditEntry, recordAudit } from "./audit-repository";
import type { Prisma, PrismaClient } from "./generated/prisma/client";
import { type TimesheetRepository, TX_OPTIONS } from "./timesheet-repository";

type Tx = Prisma.TransactionClient;

export type PtoRequestStatus = "pending" | "approved" | "rejected" | "cancelled";

export type PtoRequestRecord = {
  id: string;
  clientId: string;
  employeeId: string;
  type: PtoType;
  startDate: string;
  endDate: string;
  hours: string;
  days: [string, string][];
  note: string | null;
  status: PtoRequestStatus;
  requestedAt: Date;
  decision: {
    decidedAt: Date;
    deciderEmployeeId: string;
    deciderName: string;
    reason: string | null;
    via: string;
  } | null;
};

type PtoRequestRow = Prisma.PtoRequestGetPayload<object>;

function toRequest(row: PtoRequestRow): PtoRequestRecord {
  return {
    id: row.id,
    clientId: row.clientId,
    employeeId: row.employeeId,
    type: row.type as PtoType,
    startDate: isoDay(row.startDate),
    endDate: isoDay(row.endDate),
    hours: formatHours(row.hours.toString()),
    days: (row.days as [string, string][]) ?? [],
    note: row.note,
    status: row.status as PtoRequestStatus,
    requestedAt: row.createdAt,
    decision:
      row.decidedAt && row.deciderEmployeeId && row.deciderName
        ? {
            decidedAt: row.decidedAt,
            deciderEmployeeId: row.deciderEmployeeId,
            deciderName: row.deciderName,
            reason: row.decisionReason,
            via: row.via ?? "manager",
          }
        : null,
  };
}

export type PtoBalances = Record<PtoType, string>;

/**
 * Book the opening balances once: the census `ptoBalanceHours` as vacation, zero sick. The ledger's
 * unique reference makes it happen once however many callers race.
 */
async function ensureOpening(
  tx: Tx,
  employee: { id: string; clientId: string; ptoBalanceHours: string; hireDate: string },
): Promise<void> {
  const existing = await tx.ptoBalance.count({ where: { employeeId: employee.id } });
  if (existing === PTO_TYPES.length) return;
  for (const type of PTO_TYPES) {
    const hours = type === "vacation" ? employee.ptoBalanceHours : "0";
    const { count } = await tx.ptoLedger.createMany({
      data: [
        {
          clientId: employee.clientId,
          employeeId: employee.id,
          type,
          kind: "opening",
          hours,
          reference: "opening",
          effectiveOn: utcMidnight(employee.hireDate),
        },
      ],
      skipDuplicates: true,
    });
    if (count === 1) {
      await tx.ptoBalance.createMany({
        data: [{ employeeId: employee.id, type, hours }],
        skipDuplicates: true,
      });
    }
  }
}

/**
 * `ensureOpening` for many employees at once: those with every balance row are left alone (the common
 * case after their first accrual); the rest get their opening lines and balance rows in two inserts.
 */
async function ensureOpenings(
  tx: Tx,
  employees: readonly { id: string; clientId: string; ptoBalanceHours: string; hireDate: string }[],
): Promise<void> {
  const counts = await tx.ptoBalance.groupBy({
    by: ["employeeId"],
    where: { employeeId: { in: employees.map((e) => e.id) } },
    _count: { _all: true },
  });
  const complete = new Set(counts.filter((c) => c._count._all === PTO_TYPES.length).map((c) => c.employeeId));
  const missing = employees.filter((e) => !complete.has(e.id));
  if (missing.length === 0) return;
  const openings = missing.flatMap((e) =>
    PTO_TYPES.map((type) => ({ employee: e, type, hours: type === "vacation" ? e.ptoBalanceHours : "0" })),
  );
  const already = new Set(
    (
      await tx.ptoLedger.findMany({
        where: { employeeId: { in: missing.map((e) => e.id) }, reference: "opening" },
        select: { employeeId: true, type: true },
      })
    ).map((r) => `${r.employeeId}:${r.type}`),
  );
  const fresh = openings.filter((o) => !already.has(`${o.employee.id}:${o.type}`));
  if (fresh.length === 0) return;
  // One statement per table: a pay run opens thousands of balances on its first accrual.
  await tx.$executeRaw`INSERT INTO "PtoLedger" ("clientId", "employeeId", "type", "kind", "hours", "reference", "effectiveOn")
    SELECT v.client, v.employee, v.type, 'opening', v.hours, 'opening', v.since
      FROM unnest(${fresh.map((o) => o.employee.clientId)}::uuid[], ${fresh.map((o) => o.employee.id)}::uuid[],
                  ${fresh.map((o) => o.type)}::text[], ${fresh.map((o) => o.hours)}::numeric[],
                  ${fresh.map((o) => o.employee.hireDate)}::date[]) AS v(client, employee, type, hours, since)
    ON CONFLICT ("employeeId", "type", "reference") DO NOTHING`;
  await tx.$executeRaw`INSERT INTO "PtoBalance" ("employeeId", "type", "hours", "updatedAt")
    SELECT v.employee, v.type, v.hours, now()
      FROM unnest(${fresh.map((o) => o.employee.id)}::uuid[], ${fresh.map((o) => o.type)}::text[],
                  ${fresh.map((o) => o.hours)}::numeric[]) AS v(employee, type, hours)
    ON CONFLICT DO NOTHING`;
}

async function readBalances(tx: Tx | PrismaClient, employeeId: string): Promise<PtoBalances> {
  const rows = await tx.ptoBalance.findMany({ where: { employeeId } });
  const out = Object.fromEntries(PTO_TYPES.map((t) => [t, "0"])) as PtoBalances;
  for (const row of rows)
    if ((PTO_TYPES as readonly string[]).includes(row.type))
      out[row.type as PtoType] = formatHours(row.hours.toString());
  return out;
}

/** Book one ledger line and move the balance with it; false when the reference was booked before. */
async function book(
  tx: Tx,
  line: {
    clientId: string;
    employeeId: string;
    type: PtoType;
    kind: string;
    hours: string;
    reference: string;
    effectiveOn: string;
  },
): Promise<boolean> {
  const { count } = await tx.ptoLedger.createMany({
    data: [{ ...line, effectiveOn: utcMidnight(line.effectiveOn) }],
    skipDuplicates: true,
  });
  if (count === 0) return false;
  await tx.ptoBalance.upsert({
    where: { employeeId_type: { employeeId: line.employeeId, type: line.type } },
    create: { employeeId: line.employeeId, type: line.type, hours: line.hours },
    update: { hours: { increment: line.hours } },
  });
  return true;
}

async function pendingHours(
  tx: Tx | PrismaClient,
  employeeId: string,
  type: PtoType,
  exceptId?: string,
): Promise<Decimal> {
  const rows = await tx.ptoRequest.findMany({
    where: { employeeId, type, status: "pending", ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { hours: true },
  });
  return rows.reduce((acc, r) => acc.plus(r.hours.toString()), new Decimal(0));
}

/**
 * PTO balances (ledger + cached balance), requests and their decisions. The only place touching
 * these tables; every change writes an AuditLog row in the same transaction.
 */
type RequestWeek = { weekStart: string; weekEnd: string; days: { date: string; hours: string }[] };

/** Writes a request's hours onto (or takes them off) each week's timesheet of the employee. */
async function onEachWeek(
  write: TimesheetRepository["applyPto"] | TimesheetRepository["removePto"],
  tx: Tx,
  request: { clientId: string; employeeId: string },
  type: PtoType,
  weeks: readonly RequestWeek[],
): Promise<void> {
  for (const week of weeks) {
    await write(
      tx,
      {
        clientId: request.clientId,
        employeeId: request.employeeId,
        weekStart: week.weekStart,
        weekEnd: week.weekEnd,
      },
      week.days.map((d) => ({ date: d.date, type, hours: d.hours })),
    );
  }
}

export function createPtoRepository(prisma: PrismaClient, timesheets: TimesheetRepository) {
  return {
    /** Balances per type and hours requested but not yet decided. */
    async getBalances(employee: { id: string; clientId: string; ptoBalanceHours: string; hireDate: string }) {
      return prisma.$transaction(async (tx) => {
        await ensureOpening(tx, employee);
        const balances = await readBalances(tx, employee.id);
        const pending = Object.fromEntries(
          await Promise.all(
            PTO_TYPES.map(async (t) => [t, formatHours(await pendingHours(tx, employee.id, t))]),
          ),
        ) as PtoBalances;
        return { balances, pending };
      }, TX_OPTIONS);
    },

    /** Recent accrual lines of an employee, newest first. */
    async listAccruals(employeeId: string, limit: number) {
      const rows = await prisma.ptoLedger.findMany({
        where: { employeeId, kind: "accrual" },
        orderBy: { effectiveOn: "desc" },
        take: limit,
      });
      return rows.map((r) => ({
        type: r.type as PtoType,
        hours: formatHours(r.hours.toString()),
        effectiveOn: isoDay(r.effectiveOn),
      }));
    },

    /**
     * Create a request after `check` accepts it against the available balance (balance − pending),
     * all under a lock on the balance row so two requests cannot both spend the same hours. A retry
     * with the same `requestKey` returns the first request.
     */
    async createRequest<R>(input: {
      employee: { id: string; clientId: string; ptoBalanceHours: string; hireDate: string };
      type: PtoType;
      days: [string, string][];
      hours: string;
      note: string | null;
      requestKey: string | null;
      check: (available: string) => { ok: true } | { ok: false; result: R };
      audit: AuditEntry;
    }): Promise<
      { kind: "created" | "existing"; request: PtoRequestRecord } | { kind: "refused"; result: R }
    > {
      return prisma.$transaction(async (tx) => {
        if (input.requestKey) {
          const prior = await tx.ptoRequest.findUnique({
            where: { employeeId_requestKey: { employeeId: input.employee.id, requestKey: input.requestKey } },
          });
          if (prior) return { kind: "existing", request: toRequest(prior) };
        }
        await ensureOpening(tx, input.employee);
        await tx.$executeRaw`SELECT 1 FROM "PtoBalance" WHERE "employeeId" = ${input.employee.id}::uuid AND "type" = ${input.type} FOR UPDATE`;
        const balance = (await readBalances(tx, input.employee.id))[input.type];
        const available = new Decimal(balance).minus(await pendingHours(tx, input.employee.id, input.type));
        const verdict = input.check(formatHours(available));
        if (!verdict.ok) return { kind: "refused", result: verdict.result };
        const dates = input.days.map((d) => d[0]).sort();
        const row = await tx.ptoRequest.create({
          data: {
            clientId: input.employee.clientId,
            employeeId: input.employee.id,
            type: input.type,
            startDate: utcMidnight(dates[0]!),
            endDate: utcMidnight(dates.at(-1)!),
            hours: input.hours,
            days: input.days,
            note: input.note,
            requestKey: input.requestKey,
          },
        });
        await timesheets.audit(
          tx,
          { ...input.audit, after: { type: input.type, hours: input.hours, days: input.days } },
          { type: "PtoRequest", id: row.id, clientId: input.employee.clientId },
        );
        return { kind: "created", request: toRequest(row) };
      }, TX_OPTIONS);
    },

    async findRequest(id: string): Promise<PtoRequestRecord | null> {
      const row = await prisma.ptoRequest.findUnique({ where: { id } });
      return row ? toRequest(row) : null;
    },

    async listRequests(where: {
      clientId: string;
      employeeIds?: readonly string[];
      statuses?: readonly PtoRequestStatus[];
      overlapping?: { from: string; to: string };
      limit?: number;
    }): Promise<PtoRequestRecord[]> {
      const rows = await prisma.ptoRequest.findMany({
        where: {
          clientId: where.clientId,
          ...(where.employeeIds ? { employeeId: { in: [...where.employeeIds] } } : {}),
          ...(where.statuses ? { status: { in: [...where.statuses] } } : {}),
          ...(where.overlapping
            ? {
                startDate: { lte: utcMidnight(where.overlapping.to) },
                endDate: { gte: utcMidnight(where.overlapping.from) },
              }
            : {}),
        },
        orderBy: { createdAt: "desc" },
        ...(where.limit ? { take: where.limit } : {}),
      });
      return rows.map(toRequest);
    },

    /**
     * Decide a pending request exactly once (conditional update on `status = pending`). On approval
     * the hours leave the balance (ledger `request:<id>`) and flow into the timesheet days of each
     * workweek (`weeks`). `recheck` may refuse an approval when the balance no longer covers it.
     */
    async decide<R>(input: {
      id: string;
      decision: "approved" | "rejected";
      reason: string | null;
      decider: { employeeId: string; name: string; via: string };
      at: Date;
      weeks: RequestWeek[];
      recheck: (balance: string) => { ok: true } | { ok: false; result: R };
      audit: AuditEntry;
    }): Promise<
      | { kind: "decided" | "already"; request: PtoRequestRecord }
      | { kind: "refused"; result: R }
      | { kind: "not_found" }
    > {
      return prisma.$transaction(async (tx) => {
        const current = await tx.ptoRequest.findUnique({ where: { id: input.id } });
        if (!current) return { kind: "not_found" };
        if (current.status !== "pending") return { kind: "already", request: toRequest(current) };
        const type = current.type as PtoType;
        if (input.decision === "approved") {
          await tx.$executeRaw`SELECT 1 FROM "PtoBalance" WHERE "employeeId" = ${current.employeeId}::uuid AND "type" = ${type} FOR UPDATE`;
          const balance = (await readBalances(tx, current.employeeId))[type];
          const verdict = input.recheck(balance);
          if (!verdict.ok) return { kind: "refused", result: verdict.result };
        }
        const { count } = await tx.ptoRequest.updateMany({
          where: { id: input.id, status: "pending" },
          data: {
            status: input.decision,
            decidedAt: input.at,
            deciderEmployeeId: input.decider.employeeId,
            deciderName: input.decider.name,
            decisionReason: input.reason,
            via: input.decider.via,
          },
        });
        if (count === 0) {
          const after = await tx.ptoRequest.findUniqueOrThrow({ where: { id: input.id } });
          return { kind: "already", request: toRequest(after) };
        }
        if (input.decision === "approved") {
          await book(tx, {
            clientId: current.clientId,
            employeeId: current.employeeId,
            type,
            kind: "usage",
            hours: new Decimal(current.hours.toString()).negated().toString(),
            reference: `request:${current.id}`,
            effectiveOn: isoDay(current.startDate),
          });
          await onEachWeek(timesheets.applyPto, tx, current, type, input.weeks);
        }
        await timesheets.audit(
          tx,
          {
            ...input.audit,
            before: { status: "pending" },
            after: { status: input.decision, reason: input.reason, via: input.decider.via },
          },
          { type: "PtoRequest", id: current.id, clientId: current.clientId },
        );
        const after = await tx.ptoRequest.findUniqueOrThrow({ where: { id: input.id } });
        return { kind: "decided", request: toRequest(after) };
      }, TX_OPTIONS);
    },

    /**
     * Cancel an employee's own pending or approved request exactly once (conditional update on the
     * status it had), only while its first day is after `today`. An approved request gives its hours
     * back (ledger `cancel:<id>`, the exact hours its usage took) and leaves the timesheet days it was
     * written to (`weeks`).
     */
    async cancel(input: {
      id: string;
      employeeId: string;
      today: string;
      at: Date;
      weeks: RequestWeek[];
      audit: AuditEntry;
    }): Promise<
      | { kind: "cancelled"; request: PtoRequestRecord; was: "pending" | "approved" }
      | {
          kind: "shortened";
          request: PtoRequestRecord;
          was: "pending" | "approved";
          /** The days given back (after `today`) and their hours. */
          dropped: [string, string][];
          droppedHours: string;
        }
      | { kind: "already" | "not_cancellable" | "started"; request: PtoRequestRecord }
      | { kind: "not_found" }
    > {
      return prisma.$transaction(async (tx) => {
        const current = await tx.ptoRequest.findUnique({ where: { id: input.id } });
        // Another employee's request is "not found": its existence is not the caller's business.
        if (!current || current.employeeId !== input.employeeId) return { kind: "not_found" };
        if (current.status === "cancelled") return { kind: "already", request: toRequest(current) };
        if (current.status !== "pending" && current.status !== "approved") {
          return { kind: "not_cancellable", request: toRequest(current) };
        }
        const was = current.status;
        const type = current.type as PtoType;
        const days = (current.days as [string, string][]) ?? [];
        // Today and the days before it are taken; only the days after today can be given back.
        const kept = days.filter(([date]) => date <= input.today);
        const dropped = days.filter(([date]) => date > input.today);
        const started = isoDay(current.startDate) <= input.today;
        // `cancelledAt` on a request still approved or pending marks one whose remaining days were cancelled.
        if (started && dropped.length === 0)
          return { kind: current.cancelledAt ? "already" : "started", request: toRequest(current) };
        if (was === "approved") {
          await tx.$executeRaw`SELECT 1 FROM "PtoBalance" WHERE "employeeId" = ${current.employeeId}::uuid AND "type" = ${type} FOR UPDATE`;
        }
        if (started && kept.length > 0) {
          const sum = (list: [string, string][]) => sumHours(list.map(([, hours]) => hours));
          const lastKept = kept.at(-1)![0];
          // Guarded by the end date it was read with: a second click finds the request already shortened.
          const { count } = await tx.ptoRequest.updateMany({
            where: { id: input.id, status: was, endDate: current.endDate },
            data: {
              endDate: utcMidnight(lastKept),
              days: kept,
              hours: sum(kept).toString(),
              cancelledAt: input.at,
            },
          });
          const after = await tx.ptoRequest.findUniqueOrThrow({ where: { id: input.id } });
          if (count === 0) {
            return {
              kind: after.status === "cancelled" || after.status === was ? "already" : "not_cancellable",
              request: toRequest(after),
            };
          }
          const droppedHours = formatHours(sum(dropped));
          if (was === "approved") {
            await book(tx, {
              clientId: current.clientId,
              employeeId: current.employeeId,
              type,
              kind: "cancellation",
              hours: droppedHours,
              reference: `cancel-rest:${current.id}`,
              effectiveOn: dropped[0]![0],
            });
            const droppedDates = new Set(dropped.map(([date]) => date));
            const weeks = input.weeks
              .map((w) => ({ ...w, days: w.days.filter((d) => droppedDates.has(d.date)) }))
              .filter((w) => w.days.length > 0);
            await onEachWeek(timesheets.removePto, tx, current, type, weeks);
          }
          await timesheets.audit(
            tx,
            {
              ...input.audit,
              before: { status: was, endDate: isoDay(current.endDate), hours: current.hours.toString() },
              after: { status: was, endDate: lastKept, hours: after.hours.toString() },
            },
            { type: "PtoRequest", id: current.id, clientId: current.clientId },
          );
          return { kind: "shortened", request: toRequest(after), was, dropped, droppedHours };
        }
        const { count } = await tx.ptoRequest.updateMany({
          where: { id: input.id, status: was },
          data: { status: "cancelled", cancelledAt: input.at },
        });
        if (count === 0) {
          const after = await tx.ptoRequest.findUniqueOrThrow({ where: { id: input.id } });
          return {
            kind: after.status === "cancelled" ? "already" : "not_cancellable",
            request: toRequest(after),
          };
        }
        if (was === "approved") {
          const usage = await tx.ptoLedger.findUnique({
            where: {
              employeeId_type_reference: {
                employeeId: current.employeeId,
                type,
                reference: `request:${current.id}`,
              },
            },
          });
          if (usage) {
            await book(tx, {
              clientId: current.clientId,
              employeeId: current.employeeId,
              type,
              kind: "cancellation",
              hours: new Decimal(usage.hours.toString()).negated().toString(),
              reference: `cancel:${current.id}`,
              effectiveOn: isoDay(current.startDate),
            });
          }
          await onEachWeek(timesheets.removePto, tx, current, type, input.weeks);
        }
        await timesheets.audit(
          tx,
          { ...input.audit, before: { status: was }, after: { status: "cancelled" } },
          { type: "PtoRequest", id: current.id, clientId: current.clientId },
        );
        const after = await tx.ptoRequest.findUniqueOrThrow({ where: { id: input.id } });
        return { kind: "cancelled", request: toRequest(after), was };
      }, TX_OPTIONS);
    },

    /** Approved PTO hours per date and type for an employee within [from, to]. */
    async approvedPtoByDate(
      employeeId: string,
      from: string,
      to: string,
    ): Promise<Record<string, Partial<Record<PtoType, string>>>> {
      const rows = await prisma.ptoRequest.findMany({
        where: {
          employeeId,
          status: "approved",
          startDate: { lte: utcMidnight(to) },
          endDate: { gte: utcMidnight(from) },
        },
      });
      const byDate: Record<string, Partial<Record<PtoType, Decimal>>> = {};
      for (const row of rows) {
        const type = row.type as PtoType;
        for (const [date, hours] of (row.days as [string, string][]) ?? []) {
          if (date < from || date > to) continue;
          const day = byDate[date] ?? {};
          byDate[date] = day;
          day[type] = (day[type] ?? new Decimal(0)).plus(hours);
        }
      }
      return Object.fromEntries(
        Object.entries(byDate).map(([d, types]) => [
          d,
          Object.fromEntries(Object.entries(types).map(([t, h]) => [t, formatHours(h!)])),
        ]),
      );
    },

    /**
     * Credit one period's accrual once per employee, type and period end (`accrual:<periodEnd>`), for
     * a batch of employees in one transaction: a pay run's approval credits thousands, and a
     * transaction per employee and type was most of its time. `compute` gets each balance before the
     * accrual (for the cap). Returns the hours credited per employee and type, and how many pairs
     * were credited before (a retried batch credits nothing twice).
     */
    async accrueBatch(input: {
      employees: readonly { id: string; clientId: string; ptoBalanceHours: string; hireDate: string }[];
      periodEnd: string;
      compute: (employeeId: string, type: PtoType, balance: string) => string;
      audit: AuditEntry;
    }): Promise<{ credited: { employeeId: string; type: PtoType; hours: string }[]; skipped: number }> {
      const ids = input.employees.map((e) => e.id);
      if (ids.length === 0) return { credited: [], skipped: 0 };
      const reference = `accrual:${input.periodEnd}`;
      return prisma.$transaction(async (tx) => {
        await ensureOpenings(tx, input.employees);
        // Locked in key order, so two batches over the same employees cannot deadlock.
        await tx.$executeRaw`SELECT 1 FROM "PtoBalance" WHERE "employeeId" = ANY(${ids}::uuid[]) ORDER BY "employeeId", "type" FOR UPDATE`;
        const prior = await tx.ptoLedger.findMany({
          where: { employeeId: { in: ids }, reference },
          select: { employeeId: true, type: true },
        });
        const done = new Set(prior.map((p) => `${p.employeeId}:${p.type}`));
        const balances = new Map<string, string>();
        for (const row of await tx.ptoBalance.findMany({ where: { employeeId: { in: ids } } }))
          balances.set(`${row.employeeId}:${row.type}`, formatHours(row.hours.toString()));
        const credited: { employeeId: string; type: PtoType; hours: string }[] = [];
        let skipped = 0;
        for (const employee of input.employees) {
          for (const type of PTO_TYPES) {
            const key = `${employee.id}:${type}`;
            if (done.has(key)) {
              skipped += 1;
              continue;
            }
            done.add(key);
            const hours = input.compute(employee.id, type, balances.get(key) ?? "0");
            credited.push({ employeeId: employee.id, type, hours });
          }
        }
        if (credited.length === 0) return { credited, skipped };
        const clientOf = new Map(input.employees.map((e) => [e.id, e.clientId]));
        // Set-based writes: a run's approval credits every employee of the client in a few statements.
        await tx.$executeRaw`INSERT INTO "PtoLedger" ("clientId", "employeeId", "type", "kind", "hours", "reference", "effectiveOn")
          SELECT v.client, v.employee, v.type, 'accrual', v.hours, ${reference}, ${input.periodEnd}::date
            FROM unnest(${credited.map((c) => clientOf.get(c.employeeId)!)}::uuid[], ${credited.map((c) => c.employeeId)}::uuid[],
                        ${credited.map((c) => c.type)}::text[], ${credited.map((c) => c.hours)}::numeric[]) AS v(client, employee, type, hours)`;
        await tx.$executeRaw`UPDATE "PtoBalance" AS b SET "hours" = b."hours" + v.hours, "updatedAt" = now()
          FROM unnest(${credited.map((c) => c.employeeId)}::uuid[], ${credited.map((c) => c.type)}::text[], ${credited.map((c) => c.hours)}::numeric[]) AS v(employee, type, hours)
          WHERE b."employeeId" = v.employee AND b."type" = v.type`;
        // One audit row per client and batch: the ledger rows above carry each credit, by reference.
        const clients = [...new Set(credited.map((c) => clientOf.get(c.employeeId)!))];
        await recordAudit(
          tx,
          clients.map((clientId) => {
            const mine = credited.filter((c) => clientOf.get(c.employeeId) === clientId);
            return {
              ...input.audit,
              after: {
                periodEnd: input.periodEnd,
                reference,
                employees: new Set(mine.map((c) => c.employeeId)).size,
                credits: mine.length,
              },
              subjectType: "PtoLedger",
              subjectId: `${clientId}:${reference}`,
              clientId,
            };
          }),
        );
        return { credited, skipped };
      }, TX_OPTIONS);
    },
  };
}

export type PtoRepository = ReturnType<typeof createPtoRepository>;
