import { type Actor, actorRef } from "../../core/policy/actor";
import { canReopenCase } from "../../core/policy/cases";
import type { CaseRecord } from "../../db/case-repository";
import {
  accessFacts,
  caseNotFound,
  forbidden,
  loadVisibleCase,
  staffRecipients,
  viewerOf,
} from "./case-access";
import {
  applyTransition,
  firstResponseDue,
  queueCardUpdate,
  queueNotification,
  runCaseCommand,
  syncClocks,
} from "./case-command";
import type { CaseDeskDeps } from "./case-desk-deps";
import { caseCardReply } from "./case-replies";

/**
 * Reopens a resolved or closed case (the employee on their own case, or staff who may see it). It
 * goes back to the queue to be claimed (the previous owner keeps seeing it), with a fresh pair of SLA
 * clocks; the employee's reason is relayed to the case thread.
 */
export async function reopenCase(
  deps: CaseDeskDeps,
  input: { actor: Actor; caseId: string; reason?: string },
): Promise<CaseRecord> {
  const { actor } = input;
  const { record, routing } = await loadVisibleCase(deps.cases, actor, input.caseId);
  if (!canReopenCase(viewerOf(actor), accessFacts(record), routing)) throw forbidden("reopen this case");
  const at = deps.clock.now();
  return runCaseCommand(deps, async (tx, after, calendar) => {
    const c = await tx.lock(input.caseId);
    if (!c) throw caseNotFound(input.caseId);
    const reopened = await applyTransition(tx, c, "reopen", actor, at, {
      reopenCount: c.reopenCount + 1,
      resolvedAt: null,
      closedAt: null,
    });
    const reason = input.reason?.trim();
    if (reason) {
      const { message } = await tx.appendMessage(c.id, {
        authorKind: actorRef(actor).actorKind,
        authorId: actorRef(actor).actorId,
        authorName: actor.name,
        audience: actor.kind === "employee" ? "staff" : "internal",
        body: `Reopened: ${reason}`,
        at,
      });
      if (actor.kind === "employee")
        after.deliveries.push({ caseId: c.id, stream: "staff", sequence: message.sequence });
    }
    const clocks = await syncClocks(tx, after, calendar, reopened, at);
    const card = caseCardReply(reopened, { firstResponseDue: firstResponseDue(clocks), zone: calendar.zone });
    // Old copies of the card show Claim again, and a fresh card announces it in the queue.
    await queueCardUpdate(tx, after, reopened, `case-reopened-card:${c.id}:${reopened.reopenCount}`, card);
    await queueNotification(
      tx,
      after,
      reopened,
      `case-reopened:${c.id}:${reopened.reopenCount}`,
      await staffRecipients(tx, { ...reopened, assigneeId: reopened.sensitive ? null : reopened.assigneeId }),
      card,
    );
    return reopened;
  });
}
