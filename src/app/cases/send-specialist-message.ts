import { canApplyCaseAction } from "../../core/cases/case-state";
import { type Actor, actorRef } from "../../core/policy/actor";
import { canSeeInternalNotes, canWorkCase } from "../../core/policy/cases";
import type { CaseMessageRecord, CaseRecord } from "../../db/case-repository";
import { DomainError } from "../../errors/domain-error";
import { accessFacts, caseMovedOn, caseNotFound, forbidden, loadVisibleCase, viewerOf } from "./case-access";
import { applyTransition, queueEmployeeMessage, runCaseCommand, syncClocks } from "./case-command";
import type { CaseDeskDeps } from "./case-desk-deps";

export type SendSpecialistMessageInput = {
  actor: Actor;
  caseId: string;
  text: string;
  /** An internal note: stored on the case for staff, never delivered or shown to the employee. */
  internal?: boolean;
  /** After sending, wait on the employee (pauses the SLA clocks until they answer). */
  awaitReply?: boolean;
  /** The channel's message id: a redelivered event is stored once. */
  idempotencyKey?: string;
};

/**
 * A specialist writes on a case. A public message goes to the employee's chat (stored with the next
 * sequence number, delivered in order through a job) and counts as the first response for the SLA;
 * an internal note is stored only. Public messages need the case's owner (or an admin covering an
 * ordinary case); notes any staff member who may see the case.
 */
export async function sendSpecialistMessage(
  deps: CaseDeskDeps,
  input: SendSpecialistMessageInput,
): Promise<{ case: CaseRecord; message: CaseMessageRecord }> {
  const { actor } = input;
  if (actor.kind !== "staff") throw forbidden("write on cases as HR");
  // Personal numbers are masked where every case message is stored (the case repository).
  const text = input.text.trim();
  if (text === "") throw new DomainError("input.invalid", "text: empty message");
  const { record, routing } = await loadVisibleCase(deps.cases, actor, input.caseId);
  const viewer = viewerOf(actor);
  if (input.internal) {
    if (!canSeeInternalNotes(viewer, accessFacts(record), routing)) throw forbidden("add notes to this case");
  } else if (!canWorkCase(viewer, accessFacts(record))) {
    const moved = record.assigneeId ? caseMovedOn(record, actor) : undefined;
    if (moved) throw moved;
    throw new DomainError("auth.forbidden", `${record.reference} is not yours`, {
      userMessage:
        record.assigneeName === null
          ? `Claim ${record.reference} before replying to the employee.`
          : `${record.reference} is owned by ${record.assigneeName}; ask them to transfer it.`,
    });
  }
  const at = deps.clock.now();
  return runCaseCommand(deps, async (tx, after, calendar) => {
    let c = await tx.lock(input.caseId);
    if (!c) throw caseNotFound(input.caseId);
    if (input.internal) {
      const { message } = await tx.appendMessage(c.id, {
        authorKind: "staff",
        authorId: actor.staffId,
        authorName: actor.name,
        audience: "internal",
        body: text,
        idempotencyKey: input.idempotencyKey ?? null,
        at,
      });
      await tx.audit(
        { caseId: c.id, clientId: c.clientId },
        { ...actorRef(actor), action: "case.note_added", after: { sequence: message.sequence } },
        at,
      );
      return { case: c, message };
    }
    if (c.state === "new" || c.state === "reopened" || c.state === "resolved" || c.state === "closed")
      throw new DomainError("case.invalid_transition", `${c.reference} is ${c.state}`, {
        userMessage: `Case ${c.reference} is ${c.state}: ${c.state === "new" || c.state === "reopened" ? "claim it" : "reopen it"} first.`,
      });
    const { message, created } = await queueEmployeeMessage(tx, after, c, {
      authorKind: "staff",
      authorId: actor.staffId,
      authorName: actor.name,
      body: text,
      idempotencyKey: input.idempotencyKey ?? null,
      at,
    });
    if (!created) return { case: c, message };
    await tx.event(c.id, {
      at,
      type: "specialist_replied",
      ...actorRef(actor),
      data: { sequence: message.sequence },
    });
    if (!c.firstResponseAt) c = await tx.update(c.id, { firstResponseAt: at });
    await tx.audit(
      { caseId: c.id, clientId: c.clientId },
      { ...actorRef(actor), action: "case.message_to_employee", after: { sequence: message.sequence } },
      at,
    );
    if (input.awaitReply && canApplyCaseAction(c.state, "wait_on_employee"))
      c = await applyTransition(tx, c, "wait_on_employee", actor, at);
    await syncClocks(tx, after, calendar, c, at);
    return { case: c, message };
  });
}
