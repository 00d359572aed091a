import type { Actor } from "../../core/policy/actor";
import type { CaseMessageRecord, CaseRecord } from "../../db/case-repository";
import { DomainError } from "../../errors/domain-error";
import { caseNotFound, forbidden, loadVisibleCase } from "./case-access";
import { applyTransition, runCaseCommand, syncClocks } from "./case-command";
import type { CaseDeskDeps } from "./case-desk-deps";

export type RelayEmployeeMessageInput = {
  actor: Actor;
  /** The case; default: the employee's newest open case. */
  caseId?: string;
  text: string;
  /** The channel's message id: a redelivered chat event is stored once. */
  idempotencyKey?: string;
};

/**
 * Relays the employee's chat message to the case thread: stores it with the next per-case sequence
 * number and schedules its delivery to the specialists (in order, through a job). A reply while the
 * case waits on the employee moves it to waiting_on_specialist, restarting the SLA clocks.
 * Returns undefined when the employee has no open case (the conversation engine answers normally).
 */
export async function relayEmployeeMessage(
  deps: CaseDeskDeps,
  input: RelayEmployeeMessageInput,
): Promise<{ case: CaseRecord; message: CaseMessageRecord } | undefined> {
  const { actor } = input;
  if (actor.kind !== "employee") throw forbidden("write as the employee");
  // Personal numbers are masked where every case message is stored (the case repository).
  const text = input.text.trim();
  if (text === "") throw new DomainError("input.invalid", "text: empty message");
  let caseId = input.caseId;
  if (caseId) await loadVisibleCase(deps.cases, actor, caseId);
  else caseId = (await deps.cases.findOpenCaseOfEmployee(actor.employeeId))?.id;
  if (!caseId) return undefined;
  const id = caseId;
  const at = deps.clock.now();
  return runCaseCommand(deps, async (tx, after, calendar) => {
    let c = await tx.lock(id);
    if (!c) throw caseNotFound(id);
    if (c.state === "resolved" || c.state === "closed")
      throw new DomainError("case.invalid_transition", `${c.reference} is ${c.state}`, {
        userMessage: `Case ${c.reference} is ${c.state}. Reopen it to keep talking to HR.`,
      });
    const { message, created } = await tx.appendMessage(c.id, {
      authorKind: "employee",
      authorId: actor.employeeId,
      authorName: actor.name,
      audience: "staff",
      body: text,
      idempotencyKey: input.idempotencyKey ?? null,
      at,
    });
    if (!created) return { case: c, message };
    after.deliveries.push({ caseId: c.id, stream: "staff", sequence: message.sequence });
    if (c.state === "waiting_on_employee") {
      c = await applyTransition(tx, c, "wait_on_specialist", actor, at, {}, { reason: "employee_replied" });
      await syncClocks(tx, after, calendar, c, at);
    }
    await tx.audit(
      { caseId: c.id, clientId: c.clientId },
      {
        actorKind: "employee",
        actorId: actor.employeeId,
        action: "case.message_from_employee",
        after: { sequence: message.sequence },
      },
      at,
    );
    return { case: c, message };
  });
}
