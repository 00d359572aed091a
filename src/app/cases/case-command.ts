import type { Reply } from "../../conversation/reply";
import type { BusinessCalendar } from "../../core/cases/business-calendar";
import { type CaseAction, type CaseState, nextCaseState } from "../../core/cases/case-state";
import { type Actor, actorRef } from "../../core/policy/actor";
import type { CaseRecord, CaseTx, StoredSlaClock } from "../../db/case-repository";
import type { Recipient } from "../notifier";
import { asDomainTransitionError, recipientKey } from "./case-access";
import { type AfterCommit, type CaseDeskDeps, emptyAfterCommit } from "./case-desk-deps";

/**
 * Runs a case command in one transaction and, once it has committed, enqueues the notifications,
 * deliveries and SLA timers it produced. A crash between the two loses nothing: `resumeCaseWork`
 * re-enqueues from the database at worker start.
 */
export async function runCaseCommand<T>(
  deps: CaseDeskDeps,
  fn: (tx: CaseTx, after: AfterCommit, calendar: BusinessCalendar) => Promise<T>,
): Promise<T> {
  const calendar = await deps.cases.loadCalendar();
  const after = emptyAfterCommit();
  const result = await deps.cases.transaction((tx) => fn(tx, after, calendar));
  await deps.jobs.enqueue(after);
  return result;
}

/**
 * Applies `action` through the core transition table (invalid → `case.invalid_transition`), writes
 * the state_changed event and the audit row, and returns the updated case.
 */
export async function applyTransition(
  tx: CaseTx,
  c: CaseRecord,
  action: CaseAction,
  actor: Actor,
  at: Date,
  patch: Parameters<CaseTx["update"]>[1] = {},
  data: Record<string, unknown> = {},
): Promise<CaseRecord> {
  let to: CaseState;
  try {
    to = nextCaseState(c.state, action);
  } catch (error) {
    throw asDomainTransitionError(error, c.reference);
  }
  const updated = await tx.update(c.id, { ...patch, state: to });
  const ref = actorRef(actor);
  await tx.event(c.id, {
    at,
    type: "state_changed",
    fromState: c.state,
    toState: to,
    ...ref,
    data: { action, ...data },
  });
  await tx.audit(
    { caseId: c.id, clientId: c.clientId },
    {
      ...ref,
      action: `case.${action}`,
      before: { state: c.state, assigneeId: c.assigneeId },
      after: { state: to, assigneeId: updated.assigneeId, ...data },
    },
    at,
  );
  return updated;
}

/** Re-plans the SLA clocks after a change (timers go out after commit). */
export async function syncClocks(
  tx: CaseTx,
  after: AfterCommit,
  calendar: BusinessCalendar,
  c: CaseRecord,
  at: Date,
): Promise<StoredSlaClock[]> {
  const { timers, clocks } = await tx.syncSlaClocks(c.id, calendar, c.priority, at);
  after.timers.push(...timers);
  return clocks;
}

/** The running first-response due time of the newest cycle, for the case card. */
export function firstResponseDue(clocks: readonly StoredSlaClock[]): Date | null {
  const running = clocks.filter((k) => k.kind === "first_response" && !k.stoppedAt);
  return running.at(-1)?.dueAt ?? null;
}

/** Queues one reply to several recipients through the outbox, each under its own idempotency key. */
export async function queueNotification(
  tx: CaseTx,
  after: AfterCommit,
  c: CaseRecord,
  key: string,
  recipients: readonly Recipient[],
  reply: Reply,
): Promise<void> {
  for (const recipient of recipients) {
    const id = await tx.notification(c.id, {
      idempotencyKey: `${key}:${recipientKey(recipient)}`,
      recipient,
      reply,
    });
    if (id) after.notifications.push(id);
  }
}

/** Queues an in-place update of the case card everywhere it was posted (claimed, resolved, reopened). */
export async function queueCardUpdate(
  tx: CaseTx,
  after: AfterCommit,
  c: CaseRecord,
  key: string,
  reply: Reply,
): Promise<void> {
  const id = await tx.notification(c.id, {
    idempotencyKey: key,
    kind: "update",
    recipient: { kind: "specialists", caseId: c.id } satisfies Recipient,
    reply,
  });
  if (id) after.notifications.push(id);
}

/** Stores a message for the employee (system or specialist) and schedules its delivery. */
export async function queueEmployeeMessage(
  tx: CaseTx,
  after: AfterCommit,
  c: CaseRecord,
  m: {
    authorKind: "staff" | "system";
    authorId: string | null;
    authorName: string;
    body: string;
    reply?: Reply;
    idempotencyKey?: string | null;
    at: Date;
  },
) {
  const { message, created } = await tx.appendMessage(c.id, { ...m, audience: "employee" });
  if (created) after.deliveries.push({ caseId: c.id, stream: "employee", sequence: message.sequence });
  return { message, created };
}
