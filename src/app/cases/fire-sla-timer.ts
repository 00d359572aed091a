import { evaluateSlaClock } from "../../core/cases/sla";
import type { Recipient } from "../notifier";
import { leadRecipients, staffRecipients } from "./case-access";
import { queueNotification, runCaseCommand } from "./case-command";
import type { CaseDeskDeps } from "./case-desk-deps";
import { slaBreachReply, slaWarningReply } from "./case-replies";

export type SlaTimerOutcome = "sent" | "already_sent" | "stopped" | "paused" | "replanned" | "missing";

/** Thrown when a timer runs before its instant (clock skew): the job retries shortly. */
export class SlaTimerNotDueError extends Error {
  override readonly name = "SlaTimerNotDueError";
}

/**
 * Fires an SLA timer: at 75% warns the case owner (or, unclaimed, whoever the case is routed to); at
 * breach escalates to the leads. Re-evaluates the clock first: a stopped clock (met), a paused one
 * (waiting on the employee) or one re-planned to a later instant does nothing — the resume planned
 * its own timer. Exactly once per clock and kind: `warnedAt`/`escalatedAt` is set by one conditional
 * update, in the same transaction as the outbox notification.
 */
export async function fireSlaTimer(
  deps: CaseDeskDeps,
  input: { clockId: string; caseId: string; kind: "warn" | "breach"; at: string },
): Promise<SlaTimerOutcome> {
  const now = deps.clock.now();
  return runCaseCommand(deps, async (tx, after, calendar): Promise<SlaTimerOutcome> => {
    const c = await tx.lock(input.caseId);
    const clock = await tx.clock(input.clockId);
    if (!c || !clock) return "missing";
    if (clock.stoppedAt) return "stopped";
    const snapshot = evaluateSlaClock(calendar, clock, now);
    const instant = input.kind === "warn" ? snapshot.warnAt : snapshot.dueAt;
    if (!instant) return "paused";
    if (instant.getTime() > now.getTime()) {
      if (instant.getTime() !== Date.parse(input.at)) return "replanned";
      throw new SlaTimerNotDueError(`SLA timer ${input.kind} for clock ${clock.id} ran before ${input.at}`);
    }
    const field = input.kind === "warn" ? "warnedAt" : "escalatedAt";
    if (!(await tx.markClockOnce(clock.id, field, now))) return "already_sent";
    const type = input.kind === "warn" ? "sla_warned" : "sla_escalated";
    await tx.event(c.id, {
      at: now,
      type,
      actorKind: "system",
      actorId: null,
      data: { clock: clock.kind, cycle: clock.cycle },
    });
    await tx.audit(
      { caseId: c.id, clientId: c.clientId },
      {
        actorKind: "system",
        actorId: null,
        action: `case.${type}`,
        after: { clock: clock.kind, cycle: clock.cycle, dueAt: snapshot.dueAt?.toISOString() },
      },
      now,
    );
    const dueAt = snapshot.dueAt ?? instant;
    const recipients: Recipient[] =
      input.kind === "breach"
        ? await leadRecipients(tx, c)
        : c.assigneeId
          ? [{ kind: "staff", staffId: c.assigneeId }]
          : await staffRecipients(tx, c);
    const reply =
      input.kind === "breach"
        ? slaBreachReply(c, clock.kind, dueAt, calendar.zone)
        : slaWarningReply(c, clock.kind, dueAt, calendar.zone);
    await queueNotification(tx, after, c, `case-sla:${clock.id}:${input.kind}`, recipients, reply);
    return "sent";
  });
}
