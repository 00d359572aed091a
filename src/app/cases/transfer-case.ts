import type { Actor } from "../../core/policy/actor";
import { canTransferCase } from "../../core/policy/cases";
import type { CaseRecord } from "../../db/case-repository";
import { DomainError } from "../../errors/domain-error";
import {
  accessFacts,
  caseMovedOn,
  caseNotFound,
  forbidden,
  loadVisibleCase,
  routingFor,
  viewerOf,
} from "./case-access";
import {
  applyTransition,
  firstResponseDue,
  queueEmployeeMessage,
  queueNotification,
  runCaseCommand,
  syncClocks,
} from "./case-command";
import type { CaseDeskDeps } from "./case-desk-deps";
import { caseCardReply } from "./case-replies";

export type TransferCaseInput = { actor: Actor; caseId: string; toStaffId: string; note?: string };

/**
 * Hands a case to another specialist: the owner, or a lead (aso_admin; a senior specialist for a
 * sensitive report), to someone who could claim it (sensitive → senior specialists only). The state
 * is kept (an unowned case becomes claimed); the new owner gets the case card, the employee a line
 * saying who has their case now, and the note is kept as an internal note.
 */
export async function transferCase(deps: CaseDeskDeps, input: TransferCaseInput): Promise<CaseRecord> {
  const { actor } = input;
  if (actor.kind !== "staff") throw forbidden("transfer cases");
  const { record } = await loadVisibleCase(deps.cases, actor, input.caseId);
  if (record.state === "resolved" || record.state === "closed") throw caseMovedOn(record, actor);
  const target = await deps.cases.findStaff(input.toStaffId);
  if (!target)
    throw new DomainError("record.not_found", `staff ${input.toStaffId} not found`, {
      userMessage: "I couldn't find that specialist.",
    });
  const targetRouting = await routingFor(deps.cases, target.id, record.clientId);
  if (
    !canTransferCase(
      viewerOf(actor),
      accessFacts(record),
      { staffId: target.id, roles: target.roles },
      targetRouting,
    )
  )
    throw caseMovedOn(record, actor) ?? forbidden(`transfer ${record.reference} to ${target.name}`);
  const at = deps.clock.now();
  return runCaseCommand(deps, async (tx, after, calendar) => {
    const c = await tx.lock(input.caseId);
    if (!c) throw caseNotFound(input.caseId);
    if (c.assigneeId === target.id) return c;
    const updated = await applyTransition(
      tx,
      c,
      "transfer",
      actor,
      at,
      { assigneeId: target.id, ...(c.claimedAt ? {} : { claimedAt: at }) },
      { fromStaffId: c.assigneeId, toStaffId: target.id },
    );
    await tx.event(c.id, {
      at,
      type: "transferred",
      actorKind: "staff",
      actorId: actor.staffId,
      data: { from: c.assigneeId, to: target.id },
    });
    await tx.appendMessage(c.id, {
      authorKind: "staff",
      authorId: actor.staffId,
      authorName: actor.name,
      audience: "internal",
      body: `Transferred from ${c.assigneeName ?? "the queue"} to ${target.name}${input.note ? `: ${input.note}` : "."}`,
      at,
    });
    await queueEmployeeMessage(tx, after, updated, {
      authorKind: "system",
      authorId: null,
      authorName: "HR",
      body: `${target.name} from HR is now handling your case ${c.reference}.`,
      at,
    });
    const clocks = await syncClocks(tx, after, calendar, updated, at);
    await queueNotification(
      tx,
      after,
      updated,
      `case-transferred:${c.id}:${at.getTime()}`,
      [{ kind: "staff", staffId: target.id }],
      caseCardReply(updated, { firstResponseDue: firstResponseDue(clocks), zone: calendar.zone }),
    );
    return updated;
  });
}
