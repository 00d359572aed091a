import { DateTime, IANAZone } from "luxon";
import { usFederalHolidays } from "../calendar/us-federal-holidays";

/**
 * The ASO's working calendar: SLA clocks only run inside its working hours. Pure: every function takes
 * explicit instants and an IANA zone name, so daylight-saving changes are handled by the zone rules
 * (a 09:00–17:00 day is always 8 real hours, whether the clocks moved the night before or not).
 */
export type BusinessCalendar = {
  /** IANA time zone of the ASO office, e.g. "America/New_York". */
  zone: string;
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  workingDays: readonly number[];
  /** Local opening time "HH:mm". */
  opens: string;
  /** Local closing time "HH:mm", after `opens` (same day). */
  closes: string;
  /** Local dates "YYYY-MM-DD" on which the office is closed, besides the federal holidays below. */
  holidays: readonly { date: string; name: string }[];
  /** Closed on the US federal holidays (observed dates) of every year, computed by rule. */
  federalHolidays?: boolean;
};

/**
 * The default ASO calendar: New York office hours, Monday–Friday 09:00–17:00, closed on the US
 * federal holidays of every year (observed dates, by rule). The ASO can replace it in its settings
 * (AsoCalendar).
 */
export const DEFAULT_ASO_CALENDAR: BusinessCalendar = {
  zone: "America/New_York",
  workingDays: [1, 2, 3, 4, 5],
  opens: "09:00",
  closes: "17:00",
  holidays: [],
  federalHolidays: true,
};

/** Longest span the calendar walks (ten years of days): guards against a calendar with no working day. */
const MAX_DAYS = 3660;
const MS_PER_MINUTE = 60_000;

function parseClock(value: string, what: string): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new RangeError(`business calendar: ${what} must be HH:mm, got ${value}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/**
 * Check a calendar before use: a valid zone, at least one working day, `opens` before `closes`.
 * @throws RangeError naming the bad field.
 */
export function validateBusinessCalendar(calendar: BusinessCalendar): void {
  if (!IANAZone.isValidZone(calendar.zone))
    throw new RangeError(`business calendar: unknown time zone ${calendar.zone}`);
  if (
    calendar.workingDays.length === 0 ||
    calendar.workingDays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)
  )
    throw new RangeError("business calendar: workingDays must list ISO weekdays 1–7");
  const opens = parseClock(calendar.opens, "opens");
  const closes = parseClock(calendar.closes, "closes");
  if (opens.hour * 60 + opens.minute >= closes.hour * 60 + closes.minute)
    throw new RangeError("business calendar: opens must be before closes");
  for (const h of calendar.holidays)
    if (!DateTime.fromISO(h.date, { zone: calendar.zone }).isValid)
      throw new RangeError(`business calendar: holiday ${h.date} is not a YYYY-MM-DD date`);
}

type Window = { start: number; end: number };

/** The working window (epoch ms) of the local day `day`, or undefined when the office is closed. */
function windowOf(
  calendar: BusinessCalendar,
  day: DateTime,
  holidays: { has(day: string): boolean },
): Window | undefined {
  if (!calendar.workingDays.includes(day.weekday)) return undefined;
  if (holidays.has(day.toISODate() ?? "")) return undefined;
  const opens = parseClock(calendar.opens, "opens");
  const closes = parseClock(calendar.closes, "closes");
  const start = day.set({ hour: opens.hour, minute: opens.minute, second: 0, millisecond: 0 }).toMillis();
  const end = day.set({ hour: closes.hour, minute: closes.minute, second: 0, millisecond: 0 }).toMillis();
  return end > start ? { start, end } : undefined;
}

function startOfLocalDay(calendar: BusinessCalendar, at: number): DateTime {
  const local = DateTime.fromMillis(at, { zone: calendar.zone });
  if (!local.isValid) throw new RangeError(`business calendar: unknown time zone ${calendar.zone}`);
  return local.startOf("day");
}

/** The calendar's closed days, asked day by day (federal holidays computed per year on demand). */
function holidaySet(calendar: BusinessCalendar): { has(day: string): boolean } {
  const explicit = new Set(calendar.holidays.map((h) => h.date));
  const byYear = new Map<string, ReadonlySet<string>>();
  return {
    has(day) {
      if (explicit.has(day)) return true;
      if (!calendar.federalHolidays) return false;
      const year = day.slice(0, 4);
      let federal = byYear.get(year);
      if (!federal) {
        federal = new Set(usFederalHolidays(Number(year)).map((h) => h.date));
        byYear.set(year, federal);
      }
      return federal.has(day);
    },
  };
}

/** Whether the office is open at the instant (inside a working window, end excluded). */
export function isBusinessTime(calendar: BusinessCalendar, at: Date): boolean {
  const w = windowOf(calendar, startOfLocalDay(calendar, at.getTime()), holidaySet(calendar));
  return w !== undefined && at.getTime() >= w.start && at.getTime() < w.end;
}

/** Length of one full working day in milliseconds (closes − opens), the unit of "business days". */
export function businessDayMillis(calendar: BusinessCalendar): number {
  const opens = parseClock(calendar.opens, "opens");
  const closes = parseClock(calendar.closes, "closes");
  return (closes.hour * 60 + closes.minute - (opens.hour * 60 + opens.minute)) * MS_PER_MINUTE;
}

/**
 * Business time between two instants: the milliseconds of [from, to) that fall inside working
 * windows. Zero when `to` is not after `from`.
 */
export function businessMillisBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const a = from.getTime();
  const b = to.getTime();
  if (!(b > a)) return 0;
  const holidays = holidaySet(calendar);
  let total = 0;
  let day = startOfLocalDay(calendar, a);
  for (let i = 0; i <= MAX_DAYS && day.toMillis() < b; i++) {
    const w = windowOf(calendar, day, holidays);
    if (w) {
      const start = Math.max(w.start, a);
      const end = Math.min(w.end, b);
      if (end > start) total += end - start;
    }
    day = day.plus({ days: 1 }).startOf("day");
  }
  return total;
}

/**
 * The instant at which `millis` of business time have elapsed counting from `from`. With `millis`
 * = 0 it is `from` itself. A deadline that uses up a day exactly lands on closing time, not on the
 * next opening.
 * @throws RangeError when no working window exists within ten years (a calendar without working days).
 */
export function addBusinessMillis(calendar: BusinessCalendar, from: Date, millis: number): Date {
  if (millis < 0) throw new RangeError("business calendar: cannot add a negative duration");
  const a = from.getTime();
  if (millis === 0) return new Date(a);
  const holidays = holidaySet(calendar);
  let remaining = millis;
  let day = startOfLocalDay(calendar, a);
  for (let i = 0; i <= MAX_DAYS; i++) {
    const w = windowOf(calendar, day, holidays);
    if (w) {
      const start = Math.max(w.start, a);
      if (w.end > start) {
        const available = w.end - start;
        if (remaining <= available) return new Date(start + remaining);
        remaining -= available;
      }
    }
    day = day.plus({ days: 1 }).startOf("day");
  }
  throw new RangeError("business calendar: no working time within ten years");
}

/** A stretch of time during which a clock runs; `to` undefined means "still running". */
export type ActiveSpan = { from: Date; to?: Date | undefined };

/** Business time inside the spans, each cut at `asOf` (spans must not overlap). */
export function activeBusinessMillis(
  calendar: BusinessCalendar,
  spans: readonly ActiveSpan[],
  asOf: Date,
): number {
  let total = 0;
  for (const span of spans) {
    const end = span.to && span.to.getTime() < asOf.getTime() ? span.to : asOf;
    total += businessMillisBetween(calendar, span.from, end);
  }
  return total;
}

/**
 * The instant at which the business time accumulated over the spans (in order, not overlapping)
 * reaches `target`; undefined when the spans end before that (a stopped or paused clock).
 */
export function instantWhenActiveReaches(
  calendar: BusinessCalendar,
  spans: readonly ActiveSpan[],
  target: number,
): Date | undefined {
  let remaining = target;
  for (const span of spans) {
    if (span.to === undefined) return addBusinessMillis(calendar, span.from, remaining);
    const inSpan = businessMillisBetween(calendar, span.from, span.to);
    if (remaining <= inSpan) return addBusinessMillis(calendar, span.from, remaining);
    remaining -= inSpan;
  }
  return undefined;
}
