import { isoDay, utcMidnight } from "../core/calendar/iso-date";
import type { JournalEntry } from "../core/ledger/journal";
import type { PaycheckFigures } from "../core/ledger/paycheck-figures";
import {
  type ArrearsLine,
  arrearsMovements,
  overdrawnArrears,
  type PaycheckArrears,
  reversedMovements,
} from "../core/payroll/deduction-arrears";
import type { PaycheckBasis } from "../core/payroll/paycheck-basis";
import { DomainError } from "../errors/domain-error";
import { type AuditEntry, recordAudit } from "./audit-repository";
import type { Database } from "./database";
import { Prisma } from "./generated/prisma/client";

/** Pay run states. `calculated` with error paychecks is the "calculated with errors" condition. */
export const PAY_RUN_STATUSES = [
  "draft",
  "calculating",
  "calculated",
  "approved",
  "posted",
  "failed",
  "voided",
] as const;
export type PayRunStatus = (typeof PAY_RUN_STATUSES)[number];

export type PayRunRecord = {
  id: string;
  clientId: string;
  kind: "regular" | "adjustment";
  sequence: number;
  periodStart: string;
  periodEnd: string;
  payDate: string;
  status: PayRunStatus;
  employeeCount: number;
  excludedEmployeeIds: string[];
  adjustments: Record<string, { code: string; amount: string }[]> | null;
  failureReason: string | null;
  /** 0 for the first calculation; +1 per recalculation or re-enqueue (names the round's job ids). */
  calculationRound: number;
  approvedBy: string | null;
  approvedAt: Date | null;
  postedAt: Date | null;
  voidedAt: Date | null;
  createdAt: Date;
};

export type NewPaycheck = {
  runId: string;
  clientId: string;
  employeeId: string;
  payDate: string;
  status: "calculated" | "error" | "skipped";
  errorCode?: string | null;
  error?: string | null;
  figures?: PaycheckFigures | null;
  explanation?: string[];
  ytdDelta?: YtdDelta | null;
  basis?: PaycheckBasis | null;
};

/** A posted paycheck as the employee's questions read it (newest first from `latestPaychecks`). */
export type StoredPaycheck = {
  id: string;
  runId: string;
  payDate: string;
  figures: PaycheckFigures;
  explanation: string[];
  /** Absent for paychecks calculated before the basis was kept. */
  basis: PaycheckBasis | undefined;
};

/** What a posted paycheck adds to the employee's year-to-date row (decimal strings). */
export type YtdDelta = {
  gross: string;
  federalWages: string;
  socialSecurityWages: string;
  medicareWages: string;
  futaWages: string;
  sutaWages: string;
  k401Deferrals: string;
  hsa: string;
  healthFsa: string;
  dependentCareFsa: string;
  socialSecurityTax: string;
  supplementalWages: string;
  /** Absent on deltas stored before local taxes were computed. */
  localServicesTax?: string;
};
export const YTD_FIELDS = [
  "gross",
  "federalWages",
  "socialSecurityWages",
  "medicareWages",
  "futaWages",
  "sutaWages",
  "k401Deferrals",
  "hsa",
  "healthFsa",
  "dependentCareFsa",
  "socialSecurityTax",
  "supplementalWages",
  "localServicesTax",
] as const satisfies readonly (keyof YtdDelta)[];

type Tx = Prisma.TransactionClient;

type PayRunRow = Prisma.PayRunGetPayload<object>;

function toRecord(row: PayRunRow): PayRunRecord {
  return {
    id: row.id,
    clientId: row.clientId,
    kind: row.kind as PayRunRecord["kind"],
    sequence: row.sequence,
    periodStart: isoDay(row.periodStart),
    periodEnd: isoDay(row.periodEnd),
    payDate: isoDay(row.payDate),
    status: row.status as PayRunStatus,
    employeeCount: row.employeeCount,
    excludedEmployeeIds: row.excludedEmployeeIds,
    adjustments: (row.adjustments as PayRunRecord["adjustments"]) ?? null,
    failureReason: row.failureReason,
    calculationRound: row.calculationRound,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt,
    postedAt: row.postedAt,
    voidedAt: row.voidedAt,
    createdAt: row.createdAt,
  };
}

function audit(tx: Tx, clientId: string, runId: string, entry: AuditEntry) {
  return recordAudit(tx, { ...entry, subjectType: "pay_run", subjectId: runId, clientId });
}

/**
 * Persistence of pay runs and their paychecks. The unique keys do the idempotency work:
 * (clientId, periodEnd, sequence) refuses a second run, (runId, employeeId) a second paycheck.
 */
export function payrollRunRepository(db: Database) {
  const prisma = db.prisma;
  return {
    /** Creates the run, or returns `null` when one already exists for the client, period and sequence. */
    async create(input: {
      clientId: string;
      kind: "regular" | "adjustment";
      sequence: number;
      periodStart: string;
      periodEnd: string;
      payDate: string;
      employeeCount: number;
      createdBy: string;
      adjustments?: PayRunRecord["adjustments"];
      requestKey?: string;
      audit: AuditEntry;
    }): Promise<PayRunRecord | null> {
      try {
        const row = await prisma.$transaction(async (tx) => {
          const created = await tx.payRun.create({
            data: {
              clientId: input.clientId,
              kind: input.kind,
              sequence: input.sequence,
              periodStart: utcMidnight(input.periodStart),
              periodEnd: utcMidnight(input.periodEnd),
              payDate: utcMidnight(input.payDate),
              status: "calculating",
              employeeCount: input.employeeCount,
              createdBy: input.createdBy,
              ...(input.adjustments ? { adjustments: input.adjustments as Prisma.InputJsonValue } : {}),
              ...(input.requestKey ? { requestKey: input.requestKey } : {}),
            },
          });
          await audit(tx, input.clientId, created.id, { ...input.audit, after: { status: "calculating" } });
          return created;
        });
        return toRecord(row);
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
        throw error;
      }
    },

    async find(clientId: string, periodEnd: string, sequence = 0): Promise<PayRunRecord | null> {
      const row = await prisma.payRun.findUnique({
        where: { clientId_periodEnd_sequence: { clientId, periodEnd: utcMidnight(periodEnd), sequence } },
      });
      return row ? toRecord(row) : null;
    },

    /** The client's run created under an idempotency key, or null. */
    async findByKey(clientId: string, requestKey: string): Promise<PayRunRecord | null> {
      const row = await prisma.payRun.findUnique({
        where: { clientId_requestKey: { clientId, requestKey } },
      });
      return row ? toRecord(row) : null;
    },

    async findById(runId: string): Promise<PayRunRecord | null> {
      const row = await prisma.payRun.findUnique({ where: { id: runId } });
      return row ? toRecord(row) : null;
    },

    /** The next adjustment sequence for a period. */
    async nextSequence(clientId: string, periodEnd: string): Promise<number> {
      const agg = await prisma.payRun.aggregate({
        where: { clientId, periodEnd: utcMidnight(periodEnd) },
        _max: { sequence: true },
      });
      return (agg._max.sequence ?? 0) + 1;
    },

    /** Runs of a client, latest pay date first. */
    async listForClient(clientId: string, statuses?: PayRunStatus[]): Promise<PayRunRecord[]> {
      const rows = await prisma.payRun.findMany({
        where: { clientId, ...(statuses ? { status: { in: statuses } } : {}) },
        orderBy: [{ payDate: "desc" }, { sequence: "desc" }],
      });
      return rows.map(toRecord);
    },

    /** Moves the run from one of `from` to `to`; false when it was in another state (someone else won). */
    async transition(
      runId: string,
      from: PayRunStatus[],
      to: PayRunStatus,
      extra: { failureReason?: string | null; audit?: AuditEntry } = {},
    ): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const updated = await tx.payRun.updateMany({
          where: { id: runId, status: { in: from } },
          data: {
            status: to,
            ...(extra.failureReason !== undefined ? { failureReason: extra.failureReason } : {}),
          },
        });
        if (updated.count === 1 && extra.audit) {
          const run = await tx.payRun.findUniqueOrThrow({ where: { id: runId } });
          await audit(tx, run.clientId, runId, { ...extra.audit, after: { status: to } });
        }
        return updated.count === 1;
      });
    },

    /**
     * Inserts paychecks, skipping any (runId, employeeId) already there. Returns how many were new. One
     * statement over arrays (unnest): Prisma's createMany costs milliseconds per row, this microseconds.
     */
    async insertPaychecks(rows: readonly NewPaycheck[]): Promise<number> {
      if (rows.length === 0) return 0;
      const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
      return prisma.$executeRawUnsafe(
        `INSERT INTO "Paycheck" ("id", "runId", "clientId", "employeeId", "status", "errorCode", "error", "payDate",
                                 "gross", "net", "figures", "explanation", "ytdDelta", "basis")
         SELECT gen_random_uuid(), r.* FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[],
                $7::date[], $8::numeric[], $9::numeric[], $10::text[]::jsonb[], $11::text[]::jsonb[], $12::text[]::jsonb[],
                $13::text[]::jsonb[]) AS r
         ON CONFLICT ("runId", "employeeId") DO NOTHING`,
        rows.map((r) => r.runId),
        rows.map((r) => r.clientId),
        rows.map((r) => r.employeeId),
        rows.map((r) => r.status),
        rows.map((r) => r.errorCode ?? null),
        rows.map((r) => r.error ?? null),
        rows.map((r) => r.payDate),
        rows.map((r) => r.figures?.gross ?? "0"),
        rows.map((r) => r.figures?.net ?? "0"),
        rows.map((r) => json(r.figures)),
        rows.map((r) => json(r.explanation ?? [])),
        rows.map((r) => json(r.ytdDelta)),
        rows.map((r) => json(r.basis)),
      );
    },

    /**
     * Starts the next calculation round of a run, if it is still in one of `from` at round `round`
     * (compare-and-set: of concurrent callers, one wins). The run becomes `calculating` and the round's
     * start time is the database's clock. Returns the new round, or null when someone else moved it.
     */
    async beginRound(
      runId: string,
      from: PayRunStatus[],
      round: number,
      auditEntry?: AuditEntry,
      /** Error paychecks of these employees are dropped in the same transaction (a recalculation). */
      dropErrorsOf?: readonly string[],
    ): Promise<number | null> {
      return prisma.$transaction(async (tx) => {
        const rows = await tx.$queryRawUnsafe<{ calculationRound: number; clientId: string }[]>(
          `UPDATE "PayRun" SET "calculationRound" = "calculationRound" + 1, "roundStartedAt" = now(),
                  "status" = 'calculating', "updatedAt" = now()
            WHERE "id" = $1::uuid AND "status" = ANY($2::text[]) AND "calculationRound" = $3
        RETURNING "calculationRound", "clientId"`,
          runId,
          from,
          round,
        );
        const row = rows[0];
        if (!row) return null;
        if (dropErrorsOf?.length)
          await tx.paycheck.deleteMany({
            where: { runId, status: "error", employeeId: { in: [...dropErrorsOf] } },
          });
        if (auditEntry)
          await audit(tx, row.clientId, runId, { ...auditEntry, after: { status: "calculating" } });
        return row.calculationRound;
      });
    },

    /**
     * Runs still `calculating` whose current round started more than `graceSeconds` ago (by the
     * database's clock): what the watchdog looks at.
     */
    async calculatingRunIds(graceSeconds: number): Promise<string[]> {
      const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(
        `SELECT "id" FROM "PayRun"
          WHERE "status" = 'calculating'
            AND COALESCE("roundStartedAt", "createdAt") < now() - make_interval(secs => $1::float8)
          ORDER BY "createdAt"`,
        graceSeconds,
      );
      return rows.map((r) => r.id);
    },

    /** Whether the run's current round started within the last `graceSeconds` (database clock). */
    async roundIsFresh(runId: string, graceSeconds: number): Promise<boolean> {
      const rows = await prisma.$queryRawUnsafe<{ fresh: boolean }[]>(
        `SELECT COALESCE("roundStartedAt", "createdAt") >= now() - make_interval(secs => $2::float8) AS fresh
           FROM "PayRun" WHERE "id" = $1::uuid`,
        runId,
        graceSeconds,
      );
      return rows[0]?.fresh ?? false;
    },

    /** Which of `employeeIds` already have a paycheck (of any status) in the run. */
    async paycheckEmployeeIds(runId: string, employeeIds: readonly string[]): Promise<Set<string>> {
      const rows = await prisma.paycheck.findMany({
        where: { runId, employeeId: { in: [...employeeIds] } },
        select: { employeeId: true },
      });
      return new Set(rows.map((r) => r.employeeId));
    },

    async hasPaycheck(runId: string, employeeId: string): Promise<boolean> {
      const found = await prisma.paycheck.findUnique({
        where: { runId_employeeId: { runId, employeeId } },
        select: { id: true },
      });
      return found !== null;
    },

    /** Paychecks persisted so far, by status. */
    async progress(runId: string): Promise<{ calculated: number; errors: number; skipped: number }> {
      const groups = await prisma.paycheck.groupBy({
        by: ["status"],
        where: { runId },
        _count: { _all: true },
      });
      const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
      return { calculated: count("calculated"), errors: count("error"), skipped: count("skipped") };
    },

    async employeeIdsWithPaycheck(runId: string): Promise<Set<string>> {
      const rows = await prisma.paycheck.findMany({ where: { runId }, select: { employeeId: true } });
      return new Set(rows.map((r) => r.employeeId));
    },

    async errors(
      runId: string,
    ): Promise<{ employeeId: string; errorCode: string | null; error: string | null }[]> {
      return prisma.paycheck.findMany({
        where: { runId, status: "error" },
        select: { employeeId: true, errorCode: true, error: true },
        orderBy: { employeeId: "asc" },
      });
    },

    /** Drops error paychecks so their employees can be calculated again (never touches calculated ones). */
    async deleteErrors(runId: string, employeeIds?: string[]): Promise<number> {
      const result = await prisma.paycheck.deleteMany({
        where: { runId, status: "error", ...(employeeIds ? { employeeId: { in: employeeIds } } : {}) },
      });
      return result.count;
    },

    async exclude(runId: string, employeeIds: string[], auditEntry: AuditEntry): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const run = await tx.payRun.findUniqueOrThrow({ where: { id: runId } });
        const next = [...new Set([...run.excludedEmployeeIds, ...employeeIds])];
        await tx.payRun.update({ where: { id: runId }, data: { excludedEmployeeIds: next } });
        await audit(tx, run.clientId, runId, { ...auditEntry, after: { excludedEmployeeIds: employeeIds } });
      });
    },

    /** Figures of the calculated, non-excluded paychecks of a run. */
    async figures(runId: string, excluded: readonly string[] = []): Promise<PaycheckFigures[]> {
      const rows = await prisma.paycheck.findMany({
        where: {
          runId,
          status: "calculated",
          ...(excluded.length ? { employeeId: { notIn: [...excluded] } } : {}),
        },
        select: { figures: true },
      });
      return rows.map((r) => r.figures as unknown as PaycheckFigures);
    },

    /**
     * Approves and posts in one transaction: calculated → approved → posted, the journal entry and its
     * lines, and each employee's year-to-date row. Returns false (nothing written) when the run was no
     * longer `calculated`.
     */
    async approveAndPost(input: {
      run: PayRunRecord;
      entry: JournalEntry;
      totals: { debit: string; credit: string };
      approvedBy: string;
      now: Date;
      audit: AuditEntry;
    }): Promise<boolean> {
      const { run, entry } = input;
      return prisma.$transaction(
        async (tx) => {
          const approved = await tx.payRun.updateMany({
            where: { id: run.id, status: "calculated" },
            data: { status: "approved", approvedBy: input.approvedBy, approvedAt: input.now },
          });
          if (approved.count !== 1) return false;
          await audit(tx, run.clientId, run.id, {
            ...input.audit,
            action: "payroll.approve",
            after: { status: "approved" },
          });
          await insertEntry(tx, run.clientId, entry, input.totals);
          await applyYtd(tx, run.id, Number(run.payDate.slice(0, 4)), run.excludedEmployeeIds, 1);
          await applyRecoveries(tx, run, 1);
          await applyArrears(tx, run, "post");
          await tx.payRun.update({ where: { id: run.id }, data: { status: "posted", postedAt: input.now } });
          await audit(tx, run.clientId, run.id, {
            ...input.audit,
            action: "payroll.post",
            after: { status: "posted" },
          });
          return true;
        },
        { timeout: 120_000, maxWait: 60_000 },
      );
    },

    /** Voids a posted run: the reversing entry, YTD subtracted, status voided, in one transaction. */
    async void(input: {
      run: PayRunRecord;
      reversal: JournalEntry;
      totals: { debit: string; credit: string };
      voidedBy: string;
      now: Date;
      audit: AuditEntry;
    }): Promise<boolean> {
      const { run } = input;
      return prisma.$transaction(
        async (tx) => {
          const updated = await tx.payRun.updateMany({
            where: { id: run.id, status: "posted" },
            data: { status: "voided", voidedBy: input.voidedBy, voidedAt: input.now },
          });
          if (updated.count !== 1) return false;
          await insertEntry(tx, run.clientId, input.reversal, input.totals);
          await applyYtd(tx, run.id, Number(run.payDate.slice(0, 4)), run.excludedEmployeeIds, -1);
          await applyRecoveries(tx, run, -1);
          await applyArrears(tx, run, "void");
          await audit(tx, run.clientId, run.id, {
            ...input.audit,
            before: { status: "posted" },
            after: { status: "voided" },
          });
          return true;
        },
        { timeout: 120_000, maxWait: 60_000 },
      );
    },

    /** The posted run's paycheck of one employee (any status), or null. */
    async paycheckOf(runId: string, employeeId: string) {
      const row = await prisma.paycheck.findUnique({
        where: { runId_employeeId: { runId, employeeId } },
        select: { id: true, status: true, figures: true },
      });
      return row
        ? { id: row.id, status: row.status, figures: row.figures as unknown as PaycheckFigures | null }
        : null;
    },

    /** How many of a run's paychecks were voided one by one after posting. */
    async voidedPaychecks(runId: string): Promise<number> {
      return prisma.paycheck.count({ where: { runId, status: "voided" } });
    },

    /**
     * Voids one paycheck of a posted run: the paycheck's reversing entry, its year-to-date figures
     * subtracted and its status `voided`, in one transaction. Returns false (nothing written) when the
     * paycheck was no longer a calculated paycheck of a posted run.
     */
    async voidPaycheck(input: {
      run: PayRunRecord;
      paycheckId: string;
      reversal: JournalEntry;
      totals: { debit: string; credit: string };
      audit: AuditEntry;
    }): Promise<boolean> {
      const { run } = input;
      return prisma.$transaction(async (tx) => {
        const posted = await tx.payRun.count({ where: { id: run.id, status: "posted" } });
        if (posted !== 1) return false;
        const updated = await tx.paycheck.updateMany({
          where: { id: input.paycheckId, runId: run.id, status: "calculated" },
          data: { status: "voided" },
        });
        if (updated.count !== 1) return false;
        await insertEntry(tx, run.clientId, input.reversal, input.totals);
        await applyYtd(
          tx,
          run.id,
          Number(run.payDate.slice(0, 4)),
          run.excludedEmployeeIds,
          -1,
          input.paycheckId,
        );
        await applyRecoveries(tx, run, -1, input.paycheckId);
        await applyArrears(tx, run, "void", input.paycheckId);
        await audit(tx, run.clientId, run.id, {
          ...input.audit,
          before: { paycheckId: input.paycheckId, status: "calculated" },
          after: { paycheckId: input.paycheckId, status: "voided" },
        });
        return true;
      });
    },

    /**
     * Records wages overpaid to an employee, to recover from their next regular paychecks. Idempotent
     * by key: the recovery recorded first under it is returned (`created` false).
     */
    async recordRecovery(input: {
      clientId: string;
      employeeId: string;
      amount: string;
      requestKey: string;
      createdBy: string;
      audit: AuditEntry;
    }): Promise<{ id: string; employeeId: string; amount: string; created: boolean }> {
      const existing = () =>
        prisma.wageRecovery.findUnique({
          where: { clientId_requestKey: { clientId: input.clientId, requestKey: input.requestKey } },
        });
      const found = await existing();
      if (found)
        return {
          id: found.id,
          employeeId: found.employeeId,
          amount: found.amount.toFixed(2),
          created: false,
        };
      try {
        const row = await prisma.$transaction(async (tx) => {
          const created = await tx.wageRecovery.create({
            data: {
              clientId: input.clientId,
              employeeId: input.employeeId,
              amount: input.amount,
              requestKey: input.requestKey,
              createdBy: input.createdBy,
            },
          });
          await recordAudit(tx, {
            ...input.audit,
            subjectType: "wage_recovery",
            subjectId: created.id,
            clientId: input.clientId,
            after: { employeeId: input.employeeId },
          });
          return created;
        });
        return { id: row.id, employeeId: row.employeeId, amount: row.amount.toFixed(2), created: true };
      } catch (error) {
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
        const raced = await existing();
        if (!raced) throw error;
        return {
          id: raced.id,
          employeeId: raced.employeeId,
          amount: raced.amount.toFixed(2),
          created: false,
        };
      }
    },

    /** What is left to recover from each of the client's employees (only those with something left). */
    async outstandingRecoveries(clientId: string): Promise<Map<string, string>> {
      const rows = await prisma.wageRecovery.findMany({ where: { clientId } });
      const out = new Map<string, Prisma.Decimal>();
      for (const r of rows) {
        const left = r.amount.minus(r.recovered);
        if (left.gt(0)) out.set(r.employeeId, (out.get(r.employeeId) ?? new Prisma.Decimal(0)).plus(left));
      }
      return new Map([...out].map(([k, v]) => [k, v.toFixed(2)]));
    },

    /**
     * The deduction arrears each of the client's employees owes, from posted paychecks (only those
     * with a balance), by employee id; `employeeIds` narrows it.
     */
    async arrearsBalances(
      clientId: string,
      employeeIds?: readonly string[],
    ): Promise<Map<string, ArrearsLine[]>> {
      return arrearsBalancesOf(prisma, clientId, employeeIds);
    },

    /**
     * The arrears that calculated paychecks of the client's other runs, not yet posted, carry in, by
     * employee id: a run calculated meanwhile must not take them a second time. A failed run counts:
     * it can be resumed and posted.
     */
    async pendingArrears(clientId: string, exceptRunId: string): Promise<Map<string, ArrearsLine[]>> {
      const rows = await prisma.$queryRawUnsafe<{ employeeId: string; carriedIn: ArrearsLine[] | null }[]>(
        `SELECT p."employeeId", p."figures"->'deductionArrears'->'carriedIn' AS "carriedIn"
           FROM "Paycheck" p JOIN "PayRun" r ON r."id" = p."runId"
          WHERE p."clientId" = $1::uuid AND p."runId" <> $2::uuid AND p."status" = 'calculated'
            AND r."status" IN ('calculating', 'calculated', 'approved', 'failed')
            AND NOT (p."employeeId"::text = ANY(r."excludedEmployeeIds"))
            AND p."figures"->'deductionArrears' IS NOT NULL`,
        clientId,
        exceptRunId,
      );
      const out = new Map<string, ArrearsLine[]>();
      for (const r of rows) out.set(r.employeeId, [...(out.get(r.employeeId) ?? []), ...(r.carriedIn ?? [])]);
      return out;
    },

    /** Year-to-date rows of the client's employees for a year, by employee id. */
    async ytd(clientId: string, year: number): Promise<Map<string, YtdDelta>> {
      const rows = await prisma.payrollYtd.findMany({ where: { clientId, year } });
      return new Map(
        rows.map((r) => [
          r.employeeId,
          Object.fromEntries(YTD_FIELDS.map((f) => [f, r[f].toFixed(2)])) as YtdDelta,
        ]),
      );
    },

    /** Posted paychecks (figures) of a client with pay dates in a range, from runs still posted. */
    async postedFigures(clientId: string, from: string, to: string): Promise<PaycheckFigures[]> {
      const rows = await prisma.paycheck.findMany({
        where: {
          clientId,
          status: "calculated",
          payDate: { gte: utcMidnight(from), lte: utcMidnight(to) },
          run: { status: "posted" },
        },
        select: { employeeId: true, figures: true, run: { select: { excludedEmployeeIds: true } } },
      });
      return rows
        .filter((r) => !r.run.excludedEmployeeIds.includes(r.employeeId))
        .map((r) => r.figures as unknown as PaycheckFigures);
    },

    /** The latest posted paychecks of one employee, newest first. */
    async latestPaychecks(employeeId: string, take: number): Promise<StoredPaycheck[]> {
      const rows = await prisma.paycheck.findMany({
        where: { employeeId, status: "calculated", run: { status: "posted" } },
        orderBy: [{ payDate: "desc" }, { createdAt: "desc" }],
        take,
        select: { id: true, runId: true, payDate: true, figures: true, explanation: true, basis: true },
      });
      return rows.map((r) => ({
        id: r.id,
        runId: r.runId,
        payDate: isoDay(r.payDate),
        figures: r.figures as unknown as PaycheckFigures,
        explanation: r.explanation as string[],
        basis: (r.basis as unknown as PaycheckBasis | null) ?? undefined,
      }));
    },
  };
}
export type PayrollRunRepository = ReturnType<typeof payrollRunRepository>;

async function insertEntry(
  tx: Tx,
  clientId: string,
  entry: JournalEntry,
  totals: { debit: string; credit: string },
): Promise<void> {
  const created = await tx.journalEntry.create({
    data: {
      clientId,
      runId: entry.runId,
      kind: entry.kind,
      ...(entry.subject ? { subject: entry.subject } : {}),
      entryDate: utcMidnight(entry.entryDate),
      description: entry.description,
      debitTotal: totals.debit,
      creditTotal: totals.credit,
    },
  });
  await tx.journalLine.createMany({
    data: entry.lines.map((l) => ({
      entryId: created.id,
      clientId,
      entryDate: utcMidnight(entry.entryDate),
      account: l.account,
      debit: l.debit,
      credit: l.credit,
      dueDate: l.dueDate ? utcMidnight(l.dueDate) : null,
      memo: l.memo,
    })),
  });
}

/** Adds (sign 1) or subtracts (sign −1) every paycheck's YTD delta of a run, in one statement. */
async function applyYtd(
  tx: Tx,
  runId: string,
  year: number,
  excluded: string[],
  sign: 1 | -1,
  paycheckId?: string,
): Promise<void> {
  const cols = YTD_FIELDS.map((f) => `"${f}"`).join(", ");
  const values = YTD_FIELDS.map((f) => `($4::numeric * COALESCE((p."ytdDelta"->>'${f}')::numeric, 0))`).join(
    ", ",
  );
  const updates = YTD_FIELDS.map((f) => `"${f}" = "PayrollYtd"."${f}" + EXCLUDED."${f}"`).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "PayrollYtd" ("employeeId", "year", "clientId", ${cols}, "updatedAt")
     SELECT p."employeeId", $2::int, p."clientId", ${values}, now()
       FROM "Paycheck" p
      WHERE p."runId" = $1::uuid AND NOT (p."employeeId" = ANY($3::uuid[]))
        AND ${paycheckId === undefined ? `p."status" = 'calculated'` : `p."id" = $5::uuid`}
     ON CONFLICT ("employeeId", "year") DO UPDATE SET ${updates}, "updatedAt" = now()`,
    runId,
    year,
    excluded,
    sign,
    ...(paycheckId === undefined ? [] : [paycheckId]),
  );
}

/**
 * Counts what a run's paychecks recovered against the employees' recorded overpayments (`sign` 1,
 * oldest recovery first) or gives it back when the run or one paycheck is voided (`sign` -1, newest
 * first).
 */
async function applyRecoveries(tx: Tx, run: PayRunRecord, sign: 1 | -1, paycheckId?: string): Promise<void> {
  // Only the paychecks that recovered anything, read in SQL: a run's figures are megabytes.
  const checks = await tx.$queryRawUnsafe<{ employeeId: string; recovered: string }[]>(
    `SELECT "employeeId", "figures"->>'wageRecovery' AS "recovered" FROM "Paycheck"
      WHERE "runId" = $1::uuid AND NOT ("employeeId" = ANY($2::uuid[]))
        AND ${paycheckId === undefined ? `"status" = 'calculated'` : `"id" = $3::uuid`}
        AND "figures"->>'wageRecovery' IS NOT NULL`,
    run.id,
    run.excludedEmployeeIds,
    ...(paycheckId === undefined ? [] : [paycheckId]),
  );
  for (const { employeeId, recovered } of checks) {
    let left = new Prisma.Decimal(recovered);
    const rows = await tx.wageRecovery.findMany({
      where: { clientId: run.clientId, employeeId },
      orderBy: { createdAt: sign === 1 ? "asc" : "desc" },
    });
    for (const row of rows) {
      if (left.lte(0)) break;
      const room = sign === 1 ? row.amount.minus(row.recovered) : row.recovered;
      const take = Prisma.Decimal.min(room, left);
      if (take.lte(0)) continue;
      await tx.wageRecovery.update({
        where: { id: row.id },
        data: { recovered: sign === 1 ? row.recovered.plus(take) : row.recovered.minus(take) },
      });
      left = left.minus(take);
    }
  }
}

/** The client's arrears balances by employee (non-zero codes only). */
async function arrearsBalancesOf(
  db: Pick<Tx, "$queryRawUnsafe">,
  clientId: string,
  employeeIds?: readonly string[],
): Promise<Map<string, ArrearsLine[]>> {
  const rows = await db.$queryRawUnsafe<{ employeeId: string; code: string; amount: string }[]>(
    `SELECT "employeeId", "code", SUM("amount")::text AS "amount" FROM "DeductionArrearsMovement"
      WHERE "clientId" = $1::uuid ${employeeIds ? `AND "employeeId" = ANY($2::uuid[])` : ""}
      GROUP BY "employeeId", "code" HAVING SUM("amount") <> 0 ORDER BY "employeeId", "code"`,
    clientId,
    ...(employeeIds ? [[...employeeIds]] : []),
  );
  const out = new Map<string, ArrearsLine[]>();
  for (const r of rows)
    out.set(r.employeeId, [
      ...(out.get(r.employeeId) ?? []),
      { code: r.code, amount: new Prisma.Decimal(r.amount).toFixed(2) },
    ]);
  return out;
}

/**
 * Records what a run's paychecks did to the employees' deduction arrears when it posts (`post`), or
 * the opposite when the run or one paycheck is voided (`void`), in the caller's transaction. The
 * employees' rows are locked first, so two runs posting for one employee see each other's movements.
 * Refuses (and so rolls the posting or void back) when a balance would fall below zero: a paycheck
 * taking arrears another run already took, or a void giving back arrears a later paycheck took.
 */
async function applyArrears(
  tx: Tx,
  run: PayRunRecord,
  kind: "post" | "void",
  paycheckId?: string,
): Promise<void> {
  type Row = ArrearsLine & { paycheckId: string; employeeId: string };
  let rows: Row[];
  if (kind === "post") {
    const checks = await tx.$queryRawUnsafe<{ id: string; employeeId: string; arrears: PaycheckArrears }[]>(
      `SELECT "id", "employeeId", "figures"->'deductionArrears' AS "arrears" FROM "Paycheck"
        WHERE "runId" = $1::uuid AND "status" = 'calculated' AND NOT ("employeeId" = ANY($2::uuid[]))
          AND "figures"->'deductionArrears' IS NOT NULL`,
      run.id,
      run.excludedEmployeeIds,
    );
    rows = checks.flatMap((c) =>
      arrearsMovements(c.arrears).map((m) => ({ ...m, paycheckId: c.id, employeeId: c.employeeId })),
    );
  } else {
    const posted = await tx.deductionArrearsMovement.findMany({
      where: { runId: run.id, kind: "post", ...(paycheckId === undefined ? {} : { paycheckId }) },
    });
    rows = posted.flatMap((m) =>
      reversedMovements([{ code: m.code, amount: m.amount.toFixed(2) }]).map((r) => ({
        ...r,
        paycheckId: m.paycheckId,
        employeeId: m.employeeId,
      })),
    );
  }
  if (rows.length === 0) return;
  const employees = [...new Set(rows.map((r) => r.employeeId))].sort();
  await tx.$queryRawUnsafe(
    `SELECT 1 FROM "Employee" WHERE "id" = ANY($1::uuid[]) ORDER BY "id" FOR NO KEY UPDATE`,
    employees,
  );
  const recorded = await tx.deductionArrearsMovement.findMany({
    where: { kind, paycheckId: { in: [...new Set(rows.map((r) => r.paycheckId))] } },
    select: { paycheckId: true, code: true },
  });
  const done = new Set(recorded.map((r) => `${r.paycheckId}/${r.code}`));
  rows = rows.filter((r) => !done.has(`${r.paycheckId}/${r.code}`));
  if (rows.length === 0) return;
  const balances = await arrearsBalancesOf(tx, run.clientId, employees);
  for (const employeeId of employees) {
    const overdrawn = overdrawnArrears(
      balances.get(employeeId) ?? [],
      rows.filter((r) => r.employeeId === employeeId),
    );
    if (overdrawn.length > 0)
      throw new DomainError(
        "payroll.run_invalid_state",
        kind === "post"
          ? `employee ${employeeId}'s paycheck takes ${overdrawn.map((o) => o.code).join(", ")} arrears another pay run already took; exclude the employee from this run`
          : `a later paycheck of employee ${employeeId} took the ${overdrawn.map((o) => o.code).join(", ")} arrears this void would give back; void that paycheck first`,
        {
          userMessage:
            kind === "post"
              ? "A paycheck in this pay run takes deduction arrears another pay run already took. Leave that employee out of this run first."
              : "A later paycheck already took the deduction arrears this void would give back. Void that paycheck first.",
        },
      );
  }
  await tx.$executeRawUnsafe(
    `INSERT INTO "DeductionArrearsMovement" ("clientId", "employeeId", "code", "kind", "paycheckId", "runId", "payDate", "amount")
     SELECT $1::uuid, r."employeeId", r."code", $2, r."paycheckId", $3::uuid, $4::date, r."amount"
       FROM unnest($5::uuid[], $6::text[], $7::uuid[], $8::numeric[]) AS r("employeeId", "code", "paycheckId", "amount")
     ON CONFLICT ("paycheckId", "code", "kind") DO NOTHING`,
    run.clientId,
    kind,
    run.id,
    run.payDate,
    rows.map((r) => r.employeeId),
    rows.map((r) => r.code),
    rows.map((r) => r.paycheckId),
    rows.map((r) => r.amount),
  );
}

/** Sum of gross and net of a run's calculated paychecks (excluded employees left out). */
export async function payRunTotals(
  db: Database,
  runId: string,
  excluded: readonly string[] = [],
): Promise<{ gross: string; net: string; count: number }> {
  const agg = await db.prisma.paycheck.aggregate({
    where: {
      runId,
      status: "calculated",
      ...(excluded.length ? { employeeId: { notIn: [...excluded] } } : {}),
    },
    _sum: { gross: true, net: true },
    _count: { _all: true },
  });
  return {
    gross: agg._sum.gross?.toFixed(2) ?? "0.00",
    net: agg._sum.net?.toFixed(2) ?? "0.00",
    count: agg._count._all,
  };
}

/** Pay runs being calculated, with the paychecks written so far by status (the `/metrics` progress). */
export async function payRunProgress(
  db: Database,
): Promise<{ runId: string; expected: number; byStatus: Record<string, number> }[]> {
  const runs = await db.prisma.payRun.findMany({
    where: { status: "calculating" },
    select: { id: true, employeeCount: true },
  });
  if (runs.length === 0) return [];
  const counts = await db.prisma.paycheck.groupBy({
    by: ["runId", "status"],
    where: { runId: { in: runs.map((r) => r.id) } },
    _count: { _all: true },
  });
  return runs.map((run) => ({
    runId: run.id,
    expected: run.employeeCount,
    byStatus: Object.fromEntries(
      counts.filter((c) => c.runId === run.id).map((c) => [c.status, c._count._all]),
    ),
  }));
}
