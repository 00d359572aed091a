import type { Actor } from "../../core/policy/actor";
import { canWorkCase } from "../../core/policy/cases";
import type { CaseRecord } from "../../db/case-repository";
import { accessFacts, caseNotFound, forbidden, loadVisibleCase, viewerOf } from "./case-access";
import { applyTransition, runCaseCommand } from "./case-command";
import type { CaseDeskDeps } from "./case-desk-deps";

/**
 * Closes a resolved case without waiting for the survey (the owner, or an admin on ordinary cases).
 * The employee's answer to the survey is still recorded later; a closed case can be reopened.
 */
export async function closeCase(
  deps: CaseDeskDeps,
  input: { actor: Actor; caseId: string },
): Promise<CaseRecord> {
  const { actor } = input;
  const { record } = await loadVisibleCase(deps.cases, actor, input.caseId);
  if (!canWorkCase(viewerOf(actor), accessFacts(record))) throw forbidden("close this case");
  const at = deps.clock.now();
  return runCaseCommand(deps, async (tx) => {
    const c = await tx.lock(input.caseId);
    if (!c) throw caseNotFound(input.caseId);
    return applyTransition(tx, c, "close", actor, at, { closedAt: at });
  });
}
