import type { Actor } from "../../core/policy/actor";
import { DomainError } from "../../errors/domain-error";
import { caseNotFound, forbidden, loadVisibleCase } from "./case-access";
import { applyTransition, runCaseCommand } from "./case-command";
import type { CaseDeskDeps } from "./case-desk-deps";

/**
 * Records the employee's 1–5 answer for one resolution round and closes the resolved case. Once per
 * round: a second click changes nothing and returns `recorded: false`.
 */
export async function recordSatisfaction(
  deps: CaseDeskDeps,
  input: { actor: Actor; caseId: string; round: number; score: number },
): Promise<{ recorded: boolean }> {
  const { actor } = input;
  if (actor.kind !== "employee") throw forbidden("answer the satisfaction question");
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5)
    throw new DomainError("input.invalid", "score: must be a whole number from 1 to 5", {
      userMessage: "Please pick a score from 1 to 5.",
    });
  await loadVisibleCase(deps.cases, actor, input.caseId);
  const at = deps.clock.now();
  return runCaseCommand(deps, async (tx) => {
    const c = await tx.lock(input.caseId);
    if (!c) throw caseNotFound(input.caseId);
    if (!Number.isInteger(input.round) || input.round < 0 || input.round > c.reopenCount)
      throw new DomainError("input.invalid", `round: ${input.round} is not a resolution of ${c.reference}`);
    const recorded = await tx.recordCsat(c.id, input.round, actor.employeeId, input.score, at);
    if (!recorded) return { recorded: false };
    await tx.event(c.id, {
      at,
      type: "csat_recorded",
      actorKind: "employee",
      actorId: actor.employeeId,
      data: { round: input.round, score: input.score },
    });
    await tx.audit(
      { caseId: c.id, clientId: c.clientId },
      {
        actorKind: "employee",
        actorId: actor.employeeId,
        action: "case.csat_recorded",
        after: { round: input.round, score: input.score },
      },
      at,
    );
    if (c.state === "resolved" && input.round === c.reopenCount)
      await applyTransition(tx, c, "close", actor, at, { closedAt: at });
    return { recorded: true };
  });
}
