import { type BusinessCalendar, DEFAULT_ASO_CALENDAR } from "../core/cases/business-calendar";
import type { CaseCategory, CaseOrigin, CasePriority } from "../core/cases/case-kinds";
import { type CaseState, OPEN_CASE_STATES, UNCLAIMED_CASE_STATES } from "../core/cases/case-state";
import {
  type CaseTimelineEvent,
  deriveCaseSlaClocks,
  evaluateSlaClock,
  type SlaClock,
  type SlaKind,
  type SlaPause,
} from "../core/cases/sla";
import type { TranscriptTurn } from "../core/cases/transcript-summary";
import { redact } from "../core/privacy/redaction";
import { type AuditEntry, recordAudit } from "./audit-repository";
import type { Prisma, PrismaClient } from "./generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Interactive transactions wait in line on a busy pool (many specialists clicking at once). */
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export type MessageAudience = "employee" | "staff" | "internal";
export type DeliveryStream = "employee" | "staff";

export type CaseRecord = {
  id: string;
  number: number;
  /** "HR-1001" */
  reference: string;
  clientId: string;
  clientName: string;
  clientEin: string;
  employeeId: string;
  employeeName: string;
  origin: CaseOrigin;
  category: CaseCategory;
  priority: CasePriority;
  sensitive: boolean;
  state: CaseState;
  assigneeId: string | null;
  assigneeName: string | null;
  summary: string;
  summarySource: "extractive" | "model";
  transcript: TranscriptTurn[];
  channel: string | null;
  conversationKey: string | null;
  messageSeq: number;
  employeeDeliveredSeq: number;
  staffDeliveredSeq: number;
  reopenCount: number;
  resolutionNote: string | null;
  openedAt: Date;
  claimedAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
};

export type CaseMessageRecord = {
  id: string;
  caseId: string;
  sequence: number;
  authorKind: "employee" | "staff" | "system";
  authorId: string | null;
  authorName: string;
  audience: MessageAudience;
  body: string;
  /** A structured reply (buttons) for system messages such as the satisfaction question. */
  reply: unknown;
  createdAt: Date;
  deliveredAt: Date | null;
};

export type StoredSlaClock = SlaClock & {
  id: string;
  caseId: string;
  warnAt: Date | null;
  dueAt: Date | null;
  warnedAt: Date | null;
  escalatedAt: Date | null;
};

/** A delayed check to plan after commit: warn at 75%, escalate at breach. */
export type SlaTimer = { clockId: string; caseId: string; kind: "warn" | "breach"; at: Date };

export type StaffFacts = { id: string; name: string; roles: string[]; timezone: string };

export type NewCase = {
  clientId: string;
  employeeId: string;
  origin: CaseOrigin;
  category: CaseCategory;
  priority: CasePriority;
  sensitive: boolean;
  summary: string;
  summarySource: "extractive" | "model";
  transcript: TranscriptTurn[];
  channel: string | null;
  conversationKey: string | null;
  openKey: string | null;
  openedAt: Date;
};

export type NewNotification = {
  idempotencyKey: string;
  recipient: unknown;
  reply: unknown;
  /** update: replace every copy of the message carrying reply.updateKey (default send). */
  kind?: "send" | "update";
};

const caseInclude = {
  client: { select: { name: true, ein: true } },
  employee: { select: { name: true } },
  assignee: { select: { name: true } },
} as const satisfies Prisma.CaseInclude;

type CaseRow = Prisma.CaseGetPayload<{ include: typeof caseInclude }>;

function toCase(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    number: row.number,
    reference: `HR-${row.number}`,
    clientId: row.clientId,
    clientName: row.client.name,
    clientEin: row.client.ein,
    employeeId: row.employeeId,
    employeeName: row.employee.name,
    origin: row.origin as CaseOrigin,
    category: row.category as CaseCategory,
    priority: row.priority as CasePriority,
    sensitive: row.sensitive,
    state: row.state as CaseState,
    assigneeId: row.assigneeId,
    assigneeName: row.assignee?.name ?? null,
    summary: row.summary,
    summarySource: row.summarySource as "extractive" | "model",
    transcript: (row.transcript ?? []) as TranscriptTurn[],
    channel: row.channel,
    conversationKey: row.conversationKey,
    messageSeq: row.messageSeq,
    employeeDeliveredSeq: row.employeeDeliveredSeq,
    staffDeliveredSeq: row.staffDeliveredSeq,
    reopenCount: row.reopenCount,
    resolutionNote: row.resolutionNote,
    openedAt: row.openedAt,
    claimedAt: row.claimedAt,
    firstResponseAt: row.firstResponseAt,
    resolvedAt: row.resolvedAt,
    closedAt: row.closedAt,
  };
}

type MessageRow = Prisma.CaseMessageGetPayload<object>;

function toMessage(row: MessageRow): CaseMessageRecord {
  return {
    id: row.id,
    caseId: row.caseId,
    sequence: row.sequence,
    authorKind: row.authorKind as CaseMessageRecord["authorKind"],
    authorId: row.authorId,
    authorName: row.authorName,
    audience: row.audience as MessageAudience,
    body: row.body,
    reply: row.reply ?? null,
    createdAt: row.createdAt,
    deliveredAt: row.deliveredAt,
  };
}

type ClockRow = Prisma.CaseSlaClockGetPayload<object>;

function parsePauses(value: unknown): SlaPause[] {
  if (!Array.isArray(value)) return [];
  return value.map((p: { from: string; to?: string | null }) => ({
    from: new Date(p.from),
    ...(p.to ? { to: new Date(p.to) } : {}),
  }));
}

function toClock(row: ClockRow): StoredSlaClock {
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind as SlaKind,
    cycle: row.cycle,
    startedAt: row.startedAt,
    stoppedAt: row.stoppedAt ?? undefined,
    pauses: parsePauses(row.pauses),
    targetMillis: row.targetMillis,
    warnAt: row.warnAt,
    dueAt: row.dueAt,
    warnedAt: row.warnedAt,
    escalatedAt: row.escalatedAt,
  };
}

function toTimeline(rows: { type: string; at: Date; toState: string | null }[]): CaseTimelineEvent[] {
  const events: CaseTimelineEvent[] = [];
  for (const r of rows) {
    if (r.type === "opened") events.push({ type: "opened", at: r.at });
    else if (r.type === "specialist_replied") events.push({ type: "specialist_replied", at: r.at });
    else if (r.type === "state_changed" && r.toState)
      events.push({ type: "state_changed", at: r.at, to: r.toState as CaseState });
  }
  return events;
}

function timersOf(clock: StoredSlaClock): SlaTimer[] {
  if (clock.stoppedAt) return [];
  const timers: SlaTimer[] = [];
  if (clock.warnAt && !clock.warnedAt)
    timers.push({ clockId: clock.id, caseId: clock.caseId, kind: "warn", at: clock.warnAt });
  if (clock.dueAt && !clock.escalatedAt)
    timers.push({ clockId: clock.id, caseId: clock.caseId, kind: "breach", at: clock.dueAt });
  return timers;
}

/** The transaction-scoped operations a case use case composes. */
export type CaseTx = ReturnType<typeof caseTx>;

function caseTx(tx: Tx) {
  const self = {
    /** Locks the case row for this transaction (concurrent commands on one case run one after another). */
    async lock(caseId: string): Promise<CaseRecord | null> {
      const locked = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
      if (locked.length === 0) return null;
      return toCase(await tx.case.findUniqueOrThrow({ where: { id: caseId }, include: caseInclude }));
    },

    async create(data: NewCase): Promise<CaseRecord> {
      const row = await tx.case.create({
        data: {
          clientId: data.clientId,
          employeeId: data.employeeId,
          origin: data.origin,
          category: data.category,
          priority: data.priority,
          sensitive: data.sensitive,
          summary: data.summary,
          summarySource: data.summarySource,
          transcript: data.transcript as unknown as Prisma.InputJsonValue,
          channel: data.channel,
          conversationKey: data.conversationKey,
          openKey: data.openKey,
          openedAt: data.openedAt,
          state: "new",
        },
        include: caseInclude,
      });
      return toCase(row);
    },

    /** Claims only if nobody owns the case: the database decides who wins a race. */
    async claimIfUnclaimed(caseId: string, staffId: string, at: Date): Promise<boolean> {
      const { count } = await tx.case.updateMany({
        where: { id: caseId, state: { in: [...UNCLAIMED_CASE_STATES] } },
        data: { state: "claimed", assigneeId: staffId, claimedAt: at },
      });
      return count === 1;
    },

    async update(
      caseId: string,
      patch: Partial<{
        state: CaseState;
        assigneeId: string | null;
        priority: CasePriority;
        firstResponseAt: Date;
        resolvedAt: Date | null;
        closedAt: Date | null;
        resolutionNote: string | null;
        reopenCount: number;
        claimedAt: Date;
      }>,
    ): Promise<CaseRecord> {
      return toCase(await tx.case.update({ where: { id: caseId }, data: patch, include: caseInclude }));
    },

    async event(
      caseId: string,
      e: {
        at: Date;
        type: string;
        fromState?: CaseState | null;
        toState?: CaseState | null;
        actorKind: AuditEntry["actorKind"];
        actorId: string | null;
        data?: Record<string, unknown>;
      },
    ): Promise<void> {
      await tx.caseEvent.create({
        data: {
          caseId,
          at: e.at,
          type: e.type,
          fromState: e.fromState ?? null,
          toState: e.toState ?? null,
          actorKind: e.actorKind,
          actorId: e.actorId,
          data: (e.data ?? {}) as Prisma.InputJsonValue,
        },
      });
    },

    async audit(subject: { caseId: string; clientId: string }, entry: AuditEntry, at: Date): Promise<void> {
      await recordAudit(tx, {
        ...entry,
        at,
        subjectType: "case",
        subjectId: subject.caseId,
        clientId: subject.clientId,
      });
    },

    /**
     * Stores a message with the next per-case sequence number (the increment locks the case row, so
     * numbers are gap-free and ordered). With an idempotency key already stored, returns that message.
     * Every case message is written here, so here personal numbers (SSN, bank, card) are masked in its
     * body and in the text of its reply, whoever wrote it (a relay, a reply, a resolution note).
     */
    async appendMessage(
      caseId: string,
      m: {
        authorKind: CaseMessageRecord["authorKind"];
        authorId: string | null;
        authorName: string;
        audience: MessageAudience;
        body: string;
        reply?: unknown;
        idempotencyKey?: string | null;
        at: Date;
      },
    ): Promise<{ message: CaseMessageRecord; created: boolean }> {
      if (m.idempotencyKey) {
        const existing = await tx.caseMessage.findUnique({ where: { idempotencyKey: m.idempotencyKey } });
        if (existing) return { message: toMessage(existing), created: false };
      }
      const { messageSeq } = await tx.case.update({
        where: { id: caseId },
        data: { messageSeq: { increment: 1 } },
        select: { messageSeq: true },
      });
      const row = await tx.caseMessage.create({
        data: {
          caseId,
          sequence: messageSeq,
          authorKind: m.authorKind,
          authorId: m.authorId,
          authorName: m.authorName,
          audience: m.audience,
          body: redact(m.body),
          ...(m.reply ? { reply: maskText(m.reply) as Prisma.InputJsonValue } : {}),
          idempotencyKey: m.idempotencyKey ?? null,
          createdAt: m.at,
        },
      });
      return { message: toMessage(row), created: true };
    },

    /** Adds a notification to the outbox; undefined when its key was already there. */
    async notification(caseId: string, n: NewNotification): Promise<string | undefined> {
      const existing = await tx.caseNotification.findUnique({ where: { idempotencyKey: n.idempotencyKey } });
      if (existing) return undefined;
      const row = await tx.caseNotification.create({
        data: {
          caseId,
          idempotencyKey: n.idempotencyKey,
          kind: n.kind ?? "send",
          recipient: n.recipient as Prisma.InputJsonValue,
          reply: n.reply as Prisma.InputJsonValue,
        },
      });
      return row.id;
    },

    /**
     * Re-derives the case's SLA clocks from its timeline (core/cases/sla.ts), stores them with their
     * warning and due instants, and returns the timers still to fire.
     */
    async syncSlaClocks(
      caseId: string,
      calendar: BusinessCalendar,
      priority: CasePriority,
      asOf: Date,
    ): Promise<{ timers: SlaTimer[]; clocks: StoredSlaClock[] }> {
      const events = await tx.caseEvent.findMany({
        where: { caseId },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { type: true, at: true, toState: true },
      });
      const derived = deriveCaseSlaClocks(calendar, priority, toTimeline(events));
      const timers: SlaTimer[] = [];
      const clocks: StoredSlaClock[] = [];
      for (const clock of derived) {
        const snapshot = evaluateSlaClock(calendar, clock, asOf);
        const data = {
          targetMillis: clock.targetMillis,
          startedAt: clock.startedAt,
          stoppedAt: clock.stoppedAt ?? null,
          pauses: clock.pauses.map((p) => ({
            from: p.from.toISOString(),
            to: p.to ? p.to.toISOString() : null,
          })) as Prisma.InputJsonValue,
          warnAt: snapshot.warnAt ?? null,
          dueAt: snapshot.dueAt ?? null,
        };
        const row = await tx.caseSlaClock.upsert({
          where: { caseId_kind_cycle: { caseId, kind: clock.kind, cycle: clock.cycle } },
          create: { caseId, kind: clock.kind, cycle: clock.cycle, ...data },
          update: data,
        });
        const stored = toClock(row);
        clocks.push(stored);
        timers.push(...timersOf(stored));
      }
      return { timers, clocks };
    },

    async clock(clockId: string): Promise<StoredSlaClock | null> {
      const row = await tx.caseSlaClock.findUnique({ where: { id: clockId } });
      return row ? toClock(row) : null;
    },

    /** Sets warnedAt / escalatedAt once: true only for the one caller that set it. */
    async markClockOnce(clockId: string, field: "warnedAt" | "escalatedAt", at: Date): Promise<boolean> {
      const { count } = await tx.caseSlaClock.updateMany({
        where: { id: clockId, [field]: null },
        data: { [field]: at },
      });
      return count === 1;
    },

    /** Records the survey answer; false when this round was already answered. */
    async recordCsat(
      caseId: string,
      round: number,
      employeeId: string,
      score: number,
      at: Date,
    ): Promise<boolean> {
      const { count } = await tx.csatResponse.createMany({
        data: [{ caseId, round, employeeId, score, createdAt: at }],
        skipDuplicates: true,
      });
      return count === 1;
    },

    async findStaff(staffId: string): Promise<StaffFacts | null> {
      const row = await tx.staff.findUnique({ where: { id: staffId } });
      return row ? { id: row.id, name: row.name, roles: row.roles, timezone: row.timezone } : null;
    },

    async staffWithRole(role: string): Promise<StaffFacts[]> {
      const rows = await tx.staff.findMany({ where: { roles: { has: role } }, orderBy: { name: "asc" } });
      return rows.map((row) => ({ id: row.id, name: row.name, roles: row.roles, timezone: row.timezone }));
    },
  };
  return self;
}

/**
 * Cases, their messages, timeline, SLA clocks, survey answers, notification outbox and the ASO
 * calendar: the only place that touches these tables. Every state change writes its AuditLog row in
 * the same transaction (through {@link CaseTx.audit}).
 */
export function createCaseRepository(prisma: PrismaClient) {
  return {
    /** Runs `fn` in one interactive transaction. Enqueue jobs only after it resolves. */
    transaction<T>(fn: (tx: CaseTx) => Promise<T>): Promise<T> {
      return prisma.$transaction((tx) => fn(caseTx(tx)), TX_OPTIONS);
    },

    async findCase(caseId: string): Promise<CaseRecord | null> {
      const row = await prisma.case.findUnique({ where: { id: caseId }, include: caseInclude });
      return row ? toCase(row) : null;
    },

    async findCaseByOpenKey(openKey: string): Promise<CaseRecord | null> {
      const row = await prisma.case.findUnique({ where: { openKey }, include: caseInclude });
      return row ? toCase(row) : null;
    },

    async findCaseByNumber(number: number): Promise<CaseRecord | null> {
      const row = await prisma.case.findUnique({ where: { number }, include: caseInclude });
      return row ? toCase(row) : null;
    },

    /**
     * The open case an employee's chat message most likely answers (relay target): one waiting on
     * them first, then the most recently active.
     */
    async findOpenCaseOfEmployee(employeeId: string): Promise<CaseRecord | null> {
      const rows = await prisma.case.findMany({
        where: { employeeId, state: { in: [...OPEN_CASE_STATES] } },
        orderBy: [{ updatedAt: "desc" }, { number: "desc" }],
        include: caseInclude,
      });
      const row = rows.find((r) => r.state === "waiting_on_employee") ?? rows[0];
      return row ? toCase(row) : null;
    },

    async listCases(where: {
      employeeId?: string;
      assigneeId?: string;
      states: readonly CaseState[];
      limit?: number;
    }): Promise<CaseRecord[]> {
      const rows = await prisma.case.findMany({
        where: {
          ...(where.employeeId ? { employeeId: where.employeeId } : {}),
          ...(where.assigneeId ? { assigneeId: where.assigneeId } : {}),
          state: { in: [...where.states] },
        },
        orderBy: [{ openedAt: "asc" }],
        take: where.limit ?? 200,
        include: caseInclude,
      });
      return rows.map(toCase);
    },

    async messages(caseId: string, audiences: readonly MessageAudience[]): Promise<CaseMessageRecord[]> {
      const rows = await prisma.caseMessage.findMany({
        where: { caseId, audience: { in: [...audiences] } },
        orderBy: { sequence: "asc" },
      });
      return rows.map(toMessage);
    },

    /** The next message of a stream after the delivery cursor, or null when all are delivered. */
    async nextUndelivered(
      caseId: string,
      stream: DeliveryStream,
    ): Promise<{ cursor: number; message: CaseMessageRecord | null }> {
      const c = await prisma.case.findUniqueOrThrow({
        where: { id: caseId },
        select: { employeeDeliveredSeq: true, staffDeliveredSeq: true },
      });
      const cursor = stream === "employee" ? c.employeeDeliveredSeq : c.staffDeliveredSeq;
      const row = await prisma.caseMessage.findFirst({
        where: { caseId, audience: stream, sequence: { gt: cursor } },
        orderBy: { sequence: "asc" },
      });
      return { cursor, message: row ? toMessage(row) : null };
    },

    /** Moves the delivery cursor from `from` to `to` (compare-and-set); false when someone else moved it. */
    async advanceCursor(
      caseId: string,
      stream: DeliveryStream,
      from: number,
      to: number,
      at: Date,
      messageId: string,
    ): Promise<boolean> {
      const field = stream === "employee" ? "employeeDeliveredSeq" : "staffDeliveredSeq";
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.case.updateMany({
          where: { id: caseId, [field]: from },
          data: { [field]: to },
        });
        if (count === 1) await tx.caseMessage.update({ where: { id: messageId }, data: { deliveredAt: at } });
        return count === 1;
      }, TX_OPTIONS);
    },

    /**
     * Takes (or renews) the delivery lease of a case stream for `leaseMs`, in database time so every
     * worker agrees: true for the one worker that holds it. A lease left by a dead worker expires.
     */
    async acquireDeliveryLease(
      caseId: string,
      stream: DeliveryStream,
      token: string,
      leaseMs: number,
    ): Promise<boolean> {
      const seconds = leaseMs / 1000;
      const count =
        stream === "employee"
          ? await prisma.$executeRaw`UPDATE "Case" SET "employeeLeaseToken" = ${token},
              "employeeLeaseUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${seconds}::float8)
              WHERE id = ${caseId}::uuid AND ("employeeLeaseToken" IS NULL OR "employeeLeaseToken" = ${token}
                OR "employeeLeaseUntil" < (now() AT TIME ZONE 'UTC'))`
          : await prisma.$executeRaw`UPDATE "Case" SET "staffLeaseToken" = ${token},
              "staffLeaseUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${seconds}::float8)
              WHERE id = ${caseId}::uuid AND ("staffLeaseToken" IS NULL OR "staffLeaseToken" = ${token}
                OR "staffLeaseUntil" < (now() AT TIME ZONE 'UTC'))`;
      return count === 1;
    },

    async releaseDeliveryLease(caseId: string, stream: DeliveryStream, token: string): Promise<void> {
      if (stream === "employee")
        await prisma.case.updateMany({
          where: { id: caseId, employeeLeaseToken: token },
          data: { employeeLeaseToken: null, employeeLeaseUntil: null },
        });
      else
        await prisma.case.updateMany({
          where: { id: caseId, staffLeaseToken: token },
          data: { staffLeaseToken: null, staffLeaseUntil: null },
        });
    },

    /** Cases with messages past a delivery cursor (recovery after a crash between commit and enqueue). */
    async casesWithUndelivered(): Promise<{ caseId: string; stream: DeliveryStream; sequence: number }[]> {
      const rows = await prisma.$queryRaw<{ caseId: string; audience: string; sequence: number }[]>`
        SELECT m."caseId", m.audience, MAX(m.sequence)::int AS sequence
        FROM "CaseMessage" m JOIN "Case" c ON c.id = m."caseId"
        WHERE (m.audience = 'employee' AND m.sequence > c."employeeDeliveredSeq")
           OR (m.audience = 'staff' AND m.sequence > c."staffDeliveredSeq")
        GROUP BY m."caseId", m.audience`;
      return rows.map((r) => ({
        caseId: r.caseId,
        stream: r.audience as DeliveryStream,
        sequence: r.sequence,
      }));
    },

    async notificationById(id: string) {
      return prisma.caseNotification.findUnique({ where: { id } });
    },

    async unsentNotificationIds(): Promise<string[]> {
      const rows = await prisma.caseNotification.findMany({ where: { sentAt: null }, select: { id: true } });
      return rows.map((r) => r.id);
    },

    async markNotificationSent(id: string, at: Date): Promise<void> {
      await prisma.caseNotification.updateMany({ where: { id, sentAt: null }, data: { sentAt: at } });
    },

    async pendingSlaTimers(): Promise<SlaTimer[]> {
      const rows = await prisma.caseSlaClock.findMany({
        where: {
          stoppedAt: null,
          OR: [
            { warnedAt: null, warnAt: { not: null } },
            { escalatedAt: null, dueAt: { not: null } },
          ],
        },
      });
      return rows.flatMap((r) => timersOf(toClock(r)));
    },

    async clocks(caseId: string): Promise<StoredSlaClock[]> {
      const rows = await prisma.caseSlaClock.findMany({
        where: { caseId },
        orderBy: [{ cycle: "asc" }, { kind: "asc" }],
      });
      return rows.map(toClock);
    },

    async csatResponses(caseId: string): Promise<{ round: number; score: number }[]> {
      return prisma.csatResponse.findMany({
        where: { caseId },
        select: { round: true, score: true },
        orderBy: { round: "asc" },
      });
    },

    async loadCalendar(): Promise<BusinessCalendar> {
      const row = await prisma.asoCalendar.findUnique({ where: { id: "default" } });
      if (!row) return DEFAULT_ASO_CALENDAR;
      return {
        zone: row.zone,
        workingDays: row.workingDays,
        opens: row.opens,
        closes: row.closes,
        holidays: (row.holidays ?? []) as { date: string; name: string }[],
        // A stored calendar lists the office's own closures; federal holidays are always closed days.
        federalHolidays: true,
      };
    },

    async saveCalendar(calendar: BusinessCalendar): Promise<void> {
      const data = {
        zone: calendar.zone,
        workingDays: [...calendar.workingDays],
        opens: calendar.opens,
        closes: calendar.closes,
        holidays: calendar.holidays as unknown as Prisma.InputJsonValue,
      };
      await prisma.asoCalendar.upsert({
        where: { id: "default" },
        create: { id: "default", ...data },
        update: data,
      });
    },

    async findStaff(staffId: string): Promise<StaffFacts | null> {
      const row = await prisma.staff.findUnique({ where: { id: staffId } });
      return row ? { id: row.id, name: row.name, roles: row.roles, timezone: row.timezone } : null;
    },

    async staffWithRole(role: string): Promise<StaffFacts[]> {
      const rows = await prisma.staff.findMany({ where: { roles: { has: role } }, orderBy: { name: "asc" } });
      return rows.map((row) => ({ id: row.id, name: row.name, roles: row.roles, timezone: row.timezone }));
    },

    async findEmployee(employeeId: string): Promise<{ id: string; clientId: string; name: string } | null> {
      return prisma.employee.findUnique({
        where: { id: employeeId },
        select: { id: true, clientId: true, name: true },
      });
    },

    async findClientByEin(ein: string): Promise<{ id: string; name: string; ein: string } | null> {
      return prisma.clientEmployer.findUnique({
        where: { ein },
        select: { id: true, name: true, ein: true },
      });
    },

    /** Client ids the staff member serves (StaffClientAssignment). */
    async assignedClientIds(staffId: string): Promise<string[]> {
      const rows = await prisma.staffClientAssignment.findMany({
        where: { staffId },
        select: { clientId: true },
      });
      return rows.map((r) => r.clientId);
    },

    /** Of these clients, those that have at least one assigned specialist (else the pool serves them). */
    async clientsWithAssignedStaff(clientIds: readonly string[]): Promise<Set<string>> {
      const rows = await prisma.staffClientAssignment.findMany({
        where: { clientId: { in: [...clientIds] } },
        select: { clientId: true },
        distinct: ["clientId"],
      });
      return new Set(rows.map((r) => r.clientId));
    },

    /** Cases of a client opened in [from, to), with their SLA clocks, for the report. */
    async casesForReport(
      clientId: string,
      from: Date,
      to: Date,
    ): Promise<(CaseRecord & { clocks: StoredSlaClock[] })[]> {
      const rows = await prisma.case.findMany({
        where: { clientId, openedAt: { gte: from, lt: to } },
        include: { ...caseInclude, slaClocks: true },
        orderBy: { openedAt: "asc" },
      });
      return rows.map((row) => ({ ...toCase(row), clocks: row.slaClocks.map(toClock) }));
    },

    /** Audit a read (views of sensitive cases) outside any state change. */
    async auditView(
      subject: { caseId: string; clientId: string },
      entry: AuditEntry,
      at: Date,
    ): Promise<void> {
      await prisma.$transaction((tx) => caseTx(tx).audit(subject, entry, at), TX_OPTIONS);
    },
  };
}

export type CaseRepository = ReturnType<typeof createCaseRepository>;

/** A reply's strings with personal numbers masked (its structure and ids kept). */
function maskText(value: unknown): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map(maskText);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskText(v)]));
  return value;
}
