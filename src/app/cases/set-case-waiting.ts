import type { Actor } from "../../core/policy/actor";
import { canWorkCase } from "../../core/policy/cases";
import type { CaseRecord } from "../../db/case-repository";
import { accessFacts, caseMovedOn, caseNotFound, forbidden, loadVisibleCase, viewerOf } from "./case-access";
import { applyTransition, runCaseCommand, syncClocks } from "./case-command";
import type { CaseDeskDeps } from "./case-desk-deps";

/**
 * The owner marks who the case waits on. Waiting on the employee pauses the SLA clocks (the pause is
 * re-planned: the SLA timers of the old due time do nothing); waiting on a specialist resumes them.
 */
export async function setCaseWaiting(
  deps: CaseDeskDeps,
  input: { actor: Actor; caseId: string; on: "employee" | "specialist" },
): Promise<CaseRecord> {
  const { actor } = input;
  const { record } = await loadVisibleCase(deps.cases, actor, input.caseId);
  if (!canWorkCase(viewerOf(actor), accessFacts(record)))
    throw caseMovedOn(record, actor) ?? forbidden("change this case");
  const at = deps.clock.now();
  return runCaseCommand(deps, async (tx, after, calendar) => {
    const c = await tx.lock(input.caseId);
    if (!c) throw caseNotFound(input.caseId);
    const action = input.on === "employee" ? "wait_on_employee" : "wait_on_specialist";
    const updated = await applyTransition(tx, c, action, actor, at);
    await syncClocks(tx, after, calendar, updated, at);
    return updated;
  });
}
