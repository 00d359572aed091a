import { redact } from "../core/privacy/redaction";
import type { Prisma, PrismaClient } from "./generated/prisma/client";

/** Who did what, as a use case states it; the repository adds the subject. */
export type AuditEntry = {
  actorKind: "employee" | "staff" | "system";
  actorId: string | null;
  /** Namespaced verb, e.g. `census.employee.updated`, `staff.created`. */
  action: string;
  /** Only what changed (or the whole new record). */
  before?: unknown;
  after?: unknown;
  /** Groups the rows of one command (an import, a chat turn). */
  requestId?: string | null | undefined;
};

/**
 * One row of the append-only audit trail. This module is the only writer of audit rows (a test
 * scans the sources for any other), so every row passes the same scrub.
 */
export type AuditRecordInput = AuditEntry & {
  /** Defaults to the database's clock. */
  at?: Date;
  /** The model name of the subject, e.g. `Employee`. */
  subjectType: string;
  subjectId: string;
  clientId: string | null;
};

/** Keys that must never reach the audit trail (identity numbers, bank details). */
const FORBIDDEN_NORMALIZED = new Set([
  "ssn",
  "socialsecuritynumber",
  "taxpayerid",
  "tin",
  "itin",
  "bankaccount",
  "bankaccountnumber",
  "accountnumber",
  "routingnumber",
  "bankrouting",
]);
function isForbiddenKey(key: string): boolean {
  if (/(^|_)ssn$|Ssn$|^ssn/i.test(key) && !/[a-z]ssn/.test(key)) return true;
  return FORBIDDEN_NORMALIZED.has(key.toLowerCase().replace(/[^a-z]/g, ""));
}

/**
 * Drops keys that name identity or bank numbers and masks such numbers inside free text (a chat
 * message quoted in a case's audit row can carry an SSN the employee typed).
 */
function scrub(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === null || value === undefined) return undefined;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object" && !(v instanceof Date)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([k]) => !isForbiddenKey(k))
          .map(([k, inner]) => [k, walk(inner)]),
      );
    }
    if (v instanceof Date) return v.toISOString();
    // Free text (a reason, a note) passes the one redaction (src/core/privacy/redaction.ts).
    if (typeof v === "string") return redact(v);
    return v;
  };
  return walk(value) as Prisma.InputJsonValue;
}

/**
 * Appends audit rows (within the caller's transaction when given `tx`). Keys that look like
 * identity or bank numbers are dropped, and identity, card and bank numbers in any text are masked,
 * whatever the caller passed.
 */
export async function recordAudit(
  client: Prisma.TransactionClient | PrismaClient,
  entries: AuditRecordInput | AuditRecordInput[],
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await client.auditLog.createMany({
    data: list.map((e) => {
      const before = scrub(e.before);
      const after = scrub(e.after);
      return {
        ...(e.at ? { at: e.at } : {}),
        actorKind: e.actorKind,
        actorId: e.actorId,
        action: e.action,
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        clientId: e.clientId,
        requestId: e.requestId ?? null,
        ...(before !== undefined ? { before } : {}),
        ...(after !== undefined ? { after } : {}),
      };
    }),
  });
}

/** An audit row as read back. */
export type AuditRecord = Omit<AuditRecordInput, "at" | "before" | "after" | "requestId"> & {
  id: string;
  at: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
};

/** The audit rows of one subject, oldest first (for tests and the staff console). */
export async function listAudit(
  client: Prisma.TransactionClient | PrismaClient,
  where: { subjectType?: string; subjectId?: string; clientId?: string; requestId?: string; action?: string },
): Promise<AuditRecord[]> {
  const rows = await client.auditLog.findMany({ where, orderBy: { id: "asc" } });
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    actorKind: r.actorKind as AuditRecordInput["actorKind"],
    actorId: r.actorId,
    action: r.action,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    clientId: r.clientId,
    before: (r.before as Record<string, unknown> | null) ?? null,
    after: (r.after as Record<string, unknown> | null) ?? null,
    requestId: r.requestId,
  }));
}
