/**
 * Calendar dates as ISO strings ("YYYY-MM-DD"), the one module every layer does date arithmetic
 * with. A calendar date has no time zone: it is computed on the UTC calendar, so no local offset or
 * daylight-saving change can shift a day, and nothing here reads a clock.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The UTC midnight of a real calendar date written "YYYY-MM-DD", else undefined (2026-02-30). */
function calendarDate(value: string): Date | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return isoDay(date) === value ? date : undefined;
}

function parse(date: IsoDate): Date {
  const parsed = calendarDate(date);
  if (!parsed)
    throw new RangeError(`${ISO_DATE.test(date) ? "not a calendar date" : "not an ISO date"}: ${date}`);
  return parsed;
}

/** True when `value` is a real calendar date written "YYYY-MM-DD" (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  return calendarDate(value) !== undefined;
}

/** The UTC calendar day of an instant (how a date column or a clock reading becomes a date). */
export function isoDay(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

/** The date of `day` in `month` (1–12) of `year`; out-of-range days roll over (day 0 is the month before's last). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return isoDay(new Date(Date.UTC(year, month - 1, day)));
}

/** Year, month (1–12) and day of a date. */
export function parts(date: IsoDate): { year: number; month: number; day: number } {
  const d = parse(date);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDay(new Date(parse(date).getTime() + days * DAY_MS));
}

/** `date` plus `months` calendar months, clamped to the last day of the target month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const last = lastDayOfMonth(isoDate(year, month + months, 1));
  return isoDate(year, month + months, Math.min(day, Number(last.slice(8))));
}

/** Day of the week, 0 = Sunday … 6 = Saturday (the encoding of ClientEmployer.workweekStartDay). */
export function dayOfWeek(date: IsoDate): number {
  return parse(date).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / DAY_MS);
}

/** Whole calendar months completed from `from` to `to` (tenure): 2024-03-31 → 2024-04-30 is 0. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = parts(from);
  const b = parts(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  return b.day < a.day ? months - 1 : months;
}

/** The first day of the month after `date` ("2026-03-14" → "2026-04-01"; "2026-03-01" → "2026-04-01"). */
export function firstOfNextMonth(date: IsoDate): IsoDate {
  const { year, month } = parts(date);
  return isoDate(year, month + 1, 1);
}

/** The first of the month on or after `date` ("2026-03-01" stays; "2026-03-02" → "2026-04-01"). */
export function firstOfMonthOnOrAfter(date: IsoDate): IsoDate {
  return date.endsWith("-01") ? date : firstOfNextMonth(date);
}

/** The last day of `month` (1–12) of `year`. */
export function monthEnd(year: number, month: number): IsoDate {
  return isoDate(year, month + 1, 0);
}

/** The last day of `date`'s month. */
export function lastDayOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parts(date);
  return monthEnd(year, month);
}

/** Negative, zero or positive like a comparator. ISO dates compare as strings, checked here once. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  parse(a);
  parse(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/** True when `date` lies in the closed range [`from`, `to`]; an absent `to` is open-ended. */
export function isWithin(date: IsoDate, from: IsoDate, to?: IsoDate | null): boolean {
  return compareDates(date, from) >= 0 && (to === undefined || to === null || compareDates(date, to) <= 0);
}

/** True when the closed ranges [aFrom, aTo] and [bFrom, bTo] share at least one day (null = open-ended). */
export function rangesOverlap(
  aFrom: IsoDate,
  aTo: IsoDate | null,
  bFrom: IsoDate,
  bTo: IsoDate | null,
): boolean {
  return (aTo === null || compareDates(bFrom, aTo) <= 0) && (bTo === null || compareDates(aFrom, bTo) <= 0);
}

/** Whole years of age on `asOf` for someone born on `dateOfBirth` (a 29 February birthday counts on 1 March). */
export function ageOn(dateOfBirth: IsoDate, asOf: IsoDate): number {
  const birth = parts(dateOfBirth);
  const on = parts(asOf);
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** Short label for chat: "Tue Nov 24". */
export function formatShortDate(date: IsoDate): string {
  const d = parse(date);
  const day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()];
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
    d.getUTCMonth()
  ];
  return `${day} ${month} ${d.getUTCDate()}`;
}

/** The instant a date column stores for a calendar date: its midnight, UTC (the inverse of `isoDay`). */
export function utcMidnight(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
