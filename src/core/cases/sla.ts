import {
  type ActiveSpan,
  activeBusinessMillis,
  type BusinessCalendar,
  businessDayMillis,
  instantWhenActiveReaches,
} from "./business-calendar";
import type { CasePriority } from "./case-kinds";
import type { CaseState } from "./case-state";

/** The two clocks every case (and every reopening of it) runs. */
export const SLA_KINDS = ["first_response", "resolution"] as const;
export type SlaKind = (typeof SLA_KINDS)[number];

/** A target in business time of the ASO calendar; a business day is one full working day (opens→closes). */
export type BusinessDuration = { businessHours: number } | { businessDays: number };

/**
 * SLA targets per priority, in business time of the ASO's calendar (default Mon–Fri 09:00–17:00
 * America/New_York, so one business day = 8 business hours).
 *
 * | priority | first response     | resolution          |
 * |----------|--------------------|---------------------|
 * | urgent   | 1 business hour    | 1 business day      |
 * | high     | 4 business hours   | 3 business days     |
 * | normal   | 1 business day     | 5 business days     |
 * | low      | 2 business days    | 10 business days    |
 *
 * First response = the first message a specialist sends to the employee. Resolution = the case is
 * resolved. Both pause while the case waits on the employee. Chosen by the ASO (no statute applies);
 * urgent matches the escalation brief ("urgent 1 h / 1 business day").
 */
export const SLA_TARGETS: Readonly<Record<CasePriority, Readonly<Record<SlaKind, BusinessDuration>>>> = {
  urgent: { first_response: { businessHours: 1 }, resolution: { businessDays: 1 } },
  high: { first_response: { businessHours: 4 }, resolution: { businessDays: 3 } },
  normal: { first_response: { businessDays: 1 }, resolution: { businessDays: 5 } },
  low: { first_response: { businessDays: 2 }, resolution: { businessDays: 10 } },
};

/** The specialist is warned when this share of the target has been used. */
export const SLA_WARNING_FRACTION = 0.75;

/** A target in milliseconds of business time for the calendar. */
export function businessDurationMillis(calendar: BusinessCalendar, duration: BusinessDuration): number {
  if ("businessHours" in duration) return Math.round(duration.businessHours * 3_600_000);
  return Math.round(duration.businessDays * businessDayMillis(calendar));
}

/** The SLA target for a priority and clock kind, in business milliseconds. */
export function slaTargetMillis(calendar: BusinessCalendar, priority: CasePriority, kind: SlaKind): number {
  return businessDurationMillis(calendar, SLA_TARGETS[priority][kind]);
}

/** A pause of a clock; `to` undefined while it lasts. */
export type SlaPause = { from: Date; to?: Date | undefined };

/** One SLA clock as stored: when it started, its pauses in order, when it stopped (met its goal). */
export type SlaClock = {
  kind: SlaKind;
  /** 0 for the case as opened, n for the n-th reopening. */
  cycle: number;
  startedAt: Date;
  pauses: readonly SlaPause[];
  stoppedAt?: Date | undefined;
  targetMillis: number;
};

export type SlaStatus = "running" | "paused" | "met" | "breached";

export type SlaSnapshot = {
  status: SlaStatus;
  /** Business time used so far (pauses and closed hours excluded). */
  elapsedMillis: number;
  targetMillis: number;
  /** When 75% of the target is (or was) used; undefined while unknown (paused) or never (stopped first). */
  warnAt: Date | undefined;
  /** When the target is (or was) used up; undefined while unknown (paused) or never (stopped first). */
  dueAt: Date | undefined;
  breached: boolean;
};

/** The stretches during which the clock counts, in order. */
export function slaActiveSpans(clock: SlaClock): ActiveSpan[] {
  const spans: ActiveSpan[] = [];
  const stop = clock.stoppedAt?.getTime();
  let cursor: number | undefined = clock.startedAt.getTime();
  for (const pause of clock.pauses) {
    if (cursor === undefined) break;
    const pauseFrom = pause.from.getTime();
    if (stop !== undefined && stop <= pauseFrom) break;
    if (pauseFrom > cursor) spans.push({ from: new Date(cursor), to: new Date(pauseFrom) });
    cursor = pause.to ? Math.max(cursor, pause.to.getTime()) : undefined;
  }
  if (cursor !== undefined) {
    if (stop === undefined) spans.push({ from: new Date(cursor) });
    else if (stop > cursor) spans.push({ from: new Date(cursor), to: new Date(stop) });
  }
  return spans;
}

/**
 * Where an SLA clock stands at `asOf`: time used, warning and due instants, and whether it is running,
 * paused, met (stopped in time) or breached. Pure: the caller passes the instant.
 */
export function evaluateSlaClock(calendar: BusinessCalendar, clock: SlaClock, asOf: Date): SlaSnapshot {
  const spans = slaActiveSpans(clock);
  const elapsedMillis = activeBusinessMillis(calendar, spans, asOf);
  const warnTarget = Math.round(clock.targetMillis * SLA_WARNING_FRACTION);
  const warnAt = instantWhenActiveReaches(calendar, spans, warnTarget);
  const dueAt = instantWhenActiveReaches(calendar, spans, clock.targetMillis);
  const now = asOf.getTime();
  const paused = clock.stoppedAt === undefined && clock.pauses.some((p) => p.to === undefined);
  let breached: boolean;
  let status: SlaStatus;
  if (clock.stoppedAt !== undefined) {
    breached = dueAt !== undefined && dueAt.getTime() < clock.stoppedAt.getTime();
    status = breached ? "breached" : "met";
  } else {
    breached = dueAt !== undefined && dueAt.getTime() <= now;
    status = breached ? "breached" : paused ? "paused" : "running";
  }
  return { status, elapsedMillis, targetMillis: clock.targetMillis, warnAt, dueAt, breached };
}

/** What happened to a case, as far as its SLA clocks care. */
export type CaseTimelineEvent =
  | { type: "opened"; at: Date }
  | { type: "state_changed"; at: Date; to: CaseState }
  /** A specialist's message that reached the employee (internal notes do not count). */
  | { type: "specialist_replied"; at: Date };

/**
 * Derives every SLA clock of a case from its timeline (events in time order): a first-response and
 * a resolution clock when opened and again at each reopening; first response stops at the first
 * specialist reply, resolution when resolved (or closed); every running clock pauses while the case
 * waits on the employee.
 */
export function deriveCaseSlaClocks(
  calendar: BusinessCalendar,
  priority: CasePriority,
  timeline: readonly CaseTimelineEvent[],
): SlaClock[] {
  type Mutable = { kind: SlaKind; cycle: number; startedAt: Date; pauses: SlaPause[]; stoppedAt?: Date };
  const clocks: Mutable[] = [];
  let cycle = -1;
  let waiting = false;
  const running = () => clocks.filter((c) => c.stoppedAt === undefined);
  const start = (at: Date) => {
    cycle += 1;
    for (const kind of SLA_KINDS) {
      const clock: Mutable = { kind, cycle, startedAt: at, pauses: [] };
      if (waiting) clock.pauses.push({ from: at });
      clocks.push(clock);
    }
  };
  const stop = (kind: SlaKind | "all", at: Date) => {
    for (const c of running()) {
      if (kind !== "all" && c.kind !== kind) continue;
      const open = c.pauses.find((p) => p.to === undefined);
      if (open) open.to = at;
      c.stoppedAt = at;
    }
  };
  for (const event of timeline) {
    if (event.type === "opened") {
      if (cycle < 0) start(event.at);
      continue;
    }
    if (event.type === "specialist_replied") {
      stop("first_response", event.at);
      continue;
    }
    const to = event.to;
    if (to === "reopened") {
      stop("all", event.at);
      waiting = false;
      start(event.at);
      continue;
    }
    if (to === "resolved" || to === "closed") {
      stop("all", event.at);
      waiting = false;
      continue;
    }
    if (to === "waiting_on_employee" && !waiting) {
      waiting = true;
      for (const c of running()) c.pauses.push({ from: event.at });
    } else if (to !== "waiting_on_employee" && waiting) {
      waiting = false;
      for (const c of running()) {
        const open = c.pauses.find((p) => p.to === undefined);
        if (open) open.to = event.at;
      }
    }
  }
  return clocks.map((c) => ({ ...c, targetMillis: slaTargetMillis(calendar, priority, c.kind) }));
}
