import { addDays, compareDates, daysBetween, firstOfNextMonth, isWithin } from "../calendar/iso-date";
import { type BenefitPlan, DEFAULT_LIFE_EVENT_WINDOW_DAYS, type LifeEventType, planRules } from "./plan";

/** A qualifying life event an employee reports. */
export type LifeEvent = { type: LifeEventType; eventDate: string };

/** A window during which elections may be made, closed range of ISO dates. */
export type ElectionWindow = {
  kind: "open_enrollment" | "life_event" | "new_hire";
  opens: string;
  closes: string;
  /** Coverage elected in this window starts here (open enrollment: the plan year start). */
  effectiveFrom?: string;
  lifeEvent?: LifeEvent;
};

/**
 * The special enrollment window a life event opens for a plan: from the event date for 30 days
 * (the HIPAA minimum), or the plan's own length for that event (60 where the plan says so).
 * Day 1 is the event date itself, so a 30-day window closes on event date + 29.
 * @see 29 CFR 2590.701-6 (special enrollment periods), 26 CFR 1.125-4 (permitted election changes)
 */
export function lifeEventWindow(event: LifeEvent, plan: Pick<BenefitPlan, "type" | "rules">): ElectionWindow {
  const days = planRules(plan).lifeEventWindowDays[event.type] ?? DEFAULT_LIFE_EVENT_WINDOW_DAYS;
  return {
    kind: "life_event",
    opens: event.eventDate,
    closes: addDays(event.eventDate, days - 1),
    effectiveFrom: lifeEventEffectiveDate(event, plan),
    lifeEvent: event,
  };
}

/**
 * When coverage elected for a life event starts: birth and adoption are retroactive to the date of
 * the event (HIPAA requires it); the others start on the first of the month after the event,
 * unless the plan says "event_date".
 * @see 29 CFR 2590.701-6(b)(3)(ii) (birth, adoption: effective on the date of the event)
 */
export function lifeEventEffectiveDate(event: LifeEvent, plan: Pick<BenefitPlan, "type" | "rules">): string {
  return lifeEventEffectiveRule(event.type, plan) === "event_date"
    ? event.eventDate
    : firstOfNextMonth(event.eventDate);
}

/** Whether coverage for `type` starts on the event's date or on the first of the next month. */
export function lifeEventEffectiveRule(
  type: LifeEventType,
  plan: Pick<BenefitPlan, "type" | "rules">,
): "event_date" | "first_of_next_month" {
  return (
    planRules(plan).lifeEventEffective[type] ??
    (type === "birth" || type === "adoption" ? "event_date" : "first_of_next_month")
  );
}

/** True when `date` falls inside the window (both ends included). */
export function isWindowOpen(window: Pick<ElectionWindow, "opens" | "closes">, date: string): boolean {
  return isWithin(date, window.opens, window.closes);
}

/** Days left in a window on `date`, counting `date` itself; 0 when closed or not yet open. */
export function daysLeftInWindow(window: Pick<ElectionWindow, "opens" | "closes">, date: string): number {
  if (!isWindowOpen(window, date)) return 0;
  return daysBetween(date, window.closes) + 1;
}

/** True when a reported event has happened by `today`: a window cannot open for a future event. */
export function hasEventHappened(event: LifeEvent, today: string): boolean {
  return compareDates(event.eventDate, today) <= 0;
}
