import { addDays, dayOfWeek, isoDate, monthEnd, parts } from "../calendar/iso-date";
import { observedDate as observed, usFederalHolidays } from "../calendar/us-federal-holidays";

/**
 * Business days, quarters and legal holidays for deposit due dates, on the calendar module's ISO dates.
 */

/** Calendar quarter (1–4) of an ISO date. */
export function quarterOf(iso: string): 1 | 2 | 3 | 4 {
  return (Math.floor((parts(iso).month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** First and last day of a calendar quarter. */
export function quarterRange(year: number, quarter: 1 | 2 | 3 | 4): { start: string; end: string } {
  return { start: isoDate(year, quarter * 3 - 2, 1), end: monthEnd(year, quarter * 3) };
}

/**
 * Legal holidays in the District of Columbia that move federal tax deposit deadlines, as observed
 * (a Saturday holiday on the Friday before, a Sunday one on the Monday after).
 * @see IRS Pub 15 (2026) §11 "Legal holiday" (includes DC Emancipation Day, 16 April, and
 *   Inauguration Day in the years after a presidential election); 5 U.S.C. 6103.
 */
export function legalHolidays(year: number): ReadonlySet<string> {
  const days = [
    ...usFederalHolidays(year).map((h) => h.date),
    observed(isoDate(year, 4, 16)), // DC Emancipation Day
  ];
  // Inauguration Day (20 January after a presidential election year) is a DC legal holiday.
  if ((year - 1) % 4 === 0) days.push(observed(isoDate(year, 1, 20)));
  return new Set(days);
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/**
 * True on Monday–Friday that is not a legal holiday, nor one of `extra` (a state's own holidays,
 * for the state deposit rules that name them).
 */
export function isBusinessDay(iso: string, extra?: ReadonlySet<string>): boolean {
  const dow = dayOfWeek(iso);
  if (dow === 0 || dow === 6) return false;
  if (extra?.has(iso)) return false;
  const year = parts(iso).year;
  let holidays = holidayCache.get(year);
  if (!holidays) {
    holidays = legalHolidays(year);
    holidayCache.set(year, holidays);
  }
  return !holidays.has(iso);
}

/** The date itself when it is a business day, else the next business day. */
export function onOrNextBusinessDay(iso: string, extra?: ReadonlySet<string>): string {
  let day = iso;
  while (!isBusinessDay(day, extra)) day = addDays(day, 1);
  return day;
}

/** The first business day strictly after `iso`. */
export function nextBusinessDay(iso: string, extra?: ReadonlySet<string>): string {
  return onOrNextBusinessDay(addDays(iso, 1), extra);
}

/** Counts `n` business days forward from `iso` (the start day itself is not counted). */
export function addBusinessDays(iso: string, n: number, extra?: ReadonlySet<string>): string {
  let day = iso;
  for (let i = 0; i < n; i++) day = nextBusinessDay(day, extra);
  return day;
}

/** Counts `n` business days back from `iso` (the start day itself is not counted). */
export function subtractBusinessDays(iso: string, n: number): string {
  let day = iso;
  for (let i = 0; i < n; i++) {
    day = addDays(day, -1);
    while (!isBusinessDay(day)) day = addDays(day, -1);
  }
  return day;
}

/** The `n`th business day of a month (1-based). */
export function nthBusinessDayOfMonth(year: number, month: number, n: number): string {
  return addBusinessDays(addDays(isoDate(year, month, 1), -1), n);
}

/** Month after the given one, as {year, month}. */
export function nextMonth(year: number, month: number): { year: number; month: number } {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}
