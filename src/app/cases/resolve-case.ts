import type { Actor } from "../../core/policy/actor";
import { canWorkCase } from "../../core/policy/cases";
import type { CaseRecord } from "../../db/case-repository";
import { DomainError } from "../../errors/domain-error";
import { accessFacts, caseMovedOn, caseNotFound, forbidden, loadVisibleCase, viewerOf } from "./case-access";
import {
  applyTransition,
  queueCardUpdate,
  queueEmployeeMessage,
  runCaseCommand,
  syncClocks,
} from "./case-command";
import type { CaseDeskDeps } from "./case-desk-deps";
import { caseCardReply, satisfactionReply } from "./case-replies";

/**
 * The owner resolves the case with a resolution note. The SLA clocks stop; the employee gets the
 * note with the 1–5 satisfaction question (and a Reopen button) as the next message of their case,
 * so it arrives after everything the specialist wrote before.
 */
export async function resolveCase(
  deps: CaseDeskDeps,
  input: { actor: Actor; caseId: string; note: string },
): Promise<CaseRecord> {
  const { actor } = input;
  const note = input.note.trim();
  if (note === "")
    throw new DomainError("input.invalid", "note: a resolution note is required", {
      userMessage: "Add a short resolution note.",
    });
  const { record } = await loadVisibleCase(deps.cases, actor, input.caseId);
  const moved = caseMovedOn(record, actor);
  if (moved) throw moved;
  if (!canWorkCase(viewerOf(actor), accessFacts(record))) throw forbidden("resolve this case");
  const at = deps.clock.now();
  return runCaseCommand(deps, async (tx, after, calendar) => {
    const c = await tx.lock(input.caseId);
    if (!c) throw caseNotFound(input.caseId);
    const resolved = await applyTransition(tx, c, "resolve", actor, at, {
      resolvedAt: at,
      resolutionNote: note,
    });
    await syncClocks(tx, after, calendar, resolved, at);
    const round = resolved.reopenCount;
    await queueEmployeeMessage(tx, after, resolved, {
      authorKind: "system",
      authorId: null,
      authorName: "HR",
      body: `Your case ${c.reference} is resolved: ${note}`,
      reply: satisfactionReply(resolved, round, note),
      at,
    });
    await queueCardUpdate(
      tx,
      after,
      resolved,
      `case-resolved:${c.id}:${round}`,
      caseCardReply(resolved, { zone: calendar.zone }),
    );
    return resolved;
  });
}
