import type { Actor } from "../../core/policy/actor";
import { canClaimCase } from "../../core/policy/cases";
import type { CaseRecord } from "../../db/case-repository";
import { DomainError } from "../../errors/domain-error";
import { accessFacts, caseMovedOn, caseNotFound, forbidden, loadVisibleCase, viewerOf } from "./case-access";
import {
  applyTransition,
  firstResponseDue,
  queueCardUpdate,
  queueEmployeeMessage,
  runCaseCommand,
  syncClocks,
} from "./case-command";
import type { CaseDeskDeps } from "./case-desk-deps";
import { caseCardReply } from "./case-replies";

export type ClaimCaseInput = { actor: Actor; caseId: string };

/**
 * A specialist takes a case from the queue. Atomic: the case row is locked and the claim is a
 * conditional update, so of two simultaneous claims exactly one wins and the other gets
 * `case.already_claimed` naming the owner ("HR-1001 is already claimed by Dana Lee"). Claiming a
 * case you already own is a no-op. The employee is told who has their case; the case card updates.
 */
export async function claimCase(deps: CaseDeskDeps, input: ClaimCaseInput): Promise<CaseRecord> {
  const { actor } = input;
  if (actor.kind !== "staff") throw forbidden("claim cases");
  const { record, routing } = await loadVisibleCase(deps.cases, actor, input.caseId);
  if (!routing || !canClaimCase(viewerOf(actor), accessFacts(record), routing))
    throw forbidden("claim this case");
  const at = deps.clock.now();
  return runCaseCommand(deps, async (tx, after, calendar) => {
    const c = await tx.lock(input.caseId);
    if (!c) throw caseNotFound(input.caseId);
    if (c.state === "resolved" || c.state === "closed") throw caseMovedOn(c, actor) ?? caseNotFound(c.id);
    if (c.state !== "new" && c.state !== "reopened") {
      if (c.assigneeId === actor.staffId) return c;
      if (c.assigneeId)
        throw new DomainError(
          "case.already_claimed",
          `${c.reference} is already claimed by ${c.assigneeName}`,
          {
            userMessage: `${c.reference} is already claimed by ${c.assigneeName}.`,
            details: { caseId: c.id, ownerId: c.assigneeId, ownerName: c.assigneeName },
          },
        );
    }
    if (!(await tx.claimIfUnclaimed(c.id, actor.staffId, at))) {
      const now = await tx.lock(c.id);
      throw new DomainError(
        "case.already_claimed",
        `${c.reference} is already claimed by ${now?.assigneeName}`,
        {
          userMessage: `${c.reference} is already claimed by ${now?.assigneeName}.`,
        },
      );
    }
    const claimed = await applyTransition(tx, { ...c }, "claim", actor, at, {
      assigneeId: actor.staffId,
      claimedAt: at,
    });
    const clocks = await syncClocks(tx, after, calendar, claimed, at);
    await queueEmployeeMessage(tx, after, claimed, {
      authorKind: "system",
      authorId: null,
      authorName: "HR",
      body: `${actor.name} from HR has picked up your case ${claimed.reference} and will reply here.`,
      at,
    });
    // Every copy of the case card (thread, seniors' messages) now shows the owner instead of Claim.
    await queueCardUpdate(
      tx,
      after,
      claimed,
      `case-claimed:${c.id}:${c.reopenCount}`,
      caseCardReply(claimed, { firstResponseDue: firstResponseDue(clocks), zone: calendar.zone }),
    );
    return claimed;
  });
}
