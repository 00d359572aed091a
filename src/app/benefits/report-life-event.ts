import { hasEventHappened, lifeEventWindow } from "../../core/benefits/life-events";
import type { LifeEventType } from "../../core/benefits/plan";
import { addDays, compareDates, daysBetween } from "../../core/calendar/iso-date";
import type { Clock } from "../../core/clock";
import type { Actor } from "../../core/policy/actor";
import { isSelfService } from "../../core/policy/self-service";
import { DomainError } from "../../errors/domain-error";
import type { BenefitsServices } from "./benefits-services";

export type ReportLifeEventInput = { type: LifeEventType; eventDate: string; requestId?: string };

export type ReportedLifeEvent = {
  lifeEventId: string;
  created: boolean;
  windowOpens: string;
  windowCloses: string;
  /** Coverage elected for this event starts here, per plan code. */
  effectiveFrom: Record<string, string>;
  daysLeft: number;
};

/** ISO calendar date of an instant in a timezone. */
export function localIsoDate(now: Date, timezone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/**
 * An employee reports a qualifying life event (marriage, birth, adoption, divorce, loss of other
 * coverage, move). The special enrollment window runs from the event date for the longest window
 * any of the client's plans gives that event (30 days by default, 60 where a plan says so). The
 * event must have happened and its window must still be open. Reporting the same event again
 * returns the first record (idempotent); the report is audited.
 * @see 29 CFR 2590.701-6 (special enrollment)
 */
export async function reportLifeEvent(
  actor: Actor,
  input: ReportLifeEventInput,
  deps: { services: BenefitsServices; clock: Clock },
): Promise<ReportedLifeEvent> {
  if (!isSelfService(actor)) {
    throw new DomainError("auth.forbidden", "only the employee may report their own life event");
  }
  const today = localIsoDate(deps.clock.now(), actor.timezone);
  const event = { type: input.type, eventDate: input.eventDate };
  if (!hasEventHappened(event, today)) {
    throw new DomainError("benefits.life_event_invalid", `event date ${input.eventDate} is in the future`, {
      userMessage: "That date is in the future. Please report the event once it has happened.",
    });
  }
  const plans = await deps.services.repo.plansForClient(actor.clientId, Number(input.eventDate.slice(0, 4)));
  const windows = plans.map((p) => ({ plan: p, window: lifeEventWindow(event, p) }));
  const closes = windows.reduce(
    (latest, w) => (compareDates(w.window.closes, latest) > 0 ? w.window.closes : latest),
    addDays(input.eventDate, 29),
  );
  if (compareDates(today, closes) > 0) {
    throw new DomainError(
      "benefits.life_event_invalid",
      `window for ${input.type} on ${input.eventDate} closed on ${closes}`,
      {
        userMessage: `The window to make changes for this event closed on ${closes}. An HR specialist can review exceptions.`,
      },
    );
  }
  const recorded = await deps.services.repo.recordLifeEvent({
    employeeId: actor.employeeId,
    clientId: actor.clientId,
    type: input.type,
    eventDate: input.eventDate,
    windowOpens: input.eventDate,
    windowCloses: closes,
    reportedAt: deps.clock.now(),
    audit: {
      at: deps.clock.now(),
      actorKind: "employee",
      actorId: actor.employeeId,
      clientId: actor.clientId,
      requestId: input.requestId ?? null,
    },
  });
  return {
    lifeEventId: recorded.id,
    created: recorded.created,
    windowOpens: recorded.windowOpens,
    windowCloses: recorded.windowCloses,
    effectiveFrom: Object.fromEntries(
      windows.map((w) => [w.plan.code, w.window.effectiveFrom ?? input.eventDate]),
    ),
    daysLeft: Math.max(0, daysBetween(today, recorded.windowCloses) + 1),
  };
}
