import { textReply } from "../../conversation/reply";
import type { Clock } from "../../core/clock";
import type { BenefitsRepository } from "../../db/benefits-repository";
import { DomainError } from "../../errors/domain-error";
import type { Notifier } from "../notifier";

/**
 * The benefits.apply-election job's work: applies a confirmed election (ends the old enrollment,
 * starts the new one with its payroll detail, audits it) and tells the employee. Idempotent: an
 * election already applied changes nothing and sends nothing new (the notification key is the
 * election).
 */
export async function applyBenefitsElection(
  electionId: string,
  deps: { repo: BenefitsRepository; clock: Clock; notifier: Notifier; requestId?: string },
): Promise<{ changed: boolean; enrollmentId: string | null }> {
  const result = await deps.repo.applyElection(electionId, deps.clock.now(), {
    at: deps.clock.now(),
    actorKind: "system",
    actorId: null,
    clientId: null,
    requestId: deps.requestId ?? `job:benefits.apply-election:${electionId}`,
  });
  if (!result.election) throw new DomainError("record.not_found", `election ${electionId} not found`);
  if (result.changed) {
    await deps.notifier.notify({
      recipient: { kind: "employee", employeeId: result.election.employeeId },
      reply: textReply(
        result.election.tier
          ? `Your benefits change is done: coverage starts ${result.election.effectiveFrom}. Your paycheck deductions change from the next payroll; any premium for earlier coverage is caught up then.`
          : `Your benefits change is done: the plan is waived from ${result.election.effectiveFrom}.`,
        { personal: true },
      ),
      idempotencyKey: `benefits-election-applied:${electionId}`,
    });
  }
  return { changed: result.changed, enrollmentId: result.enrollmentId };
}
