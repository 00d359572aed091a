/**
 * Calendar-date arithmetic on ISO "YYYY-MM-DD" strings, in UTC so that no time zone or clock
 * leaks into the core. Benefits rules speak in calendar days and months, never in instants.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(date: string): Date {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not an ISO date: ${date}`);
  const parsed = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (format(parsed) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return parsed;
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True when `date` is a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(date: string): boolean {
  try {
    parse(date);
    return true;
  } catch {
    return false;
  }
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

/** `date` plus `months` calendar months, clamped to the last day of the target month. */
export function addMonths(date: string, months: number): string {
  const d = parse(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = lastDayOfMonth(format(target));
  return `${last.slice(0, 8)}${String(Math.min(day, Number(last.slice(8)))).padStart(2, "0")}`;
}

/** The first day of the month after `date` ("2026-03-14" → "2026-04-01"; "2026-03-01" → "2026-04-01"). */
export function firstOfNextMonth(date: string): string {
  const d = parse(date);
  return format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}

/** The first of the month on or after `date` ("2026-03-01" stays; "2026-03-02" → "2026-04-01"). */
export function firstOfMonthOnOrAfter(date: string): string {
  return date.endsWith("-01") ? date : firstOfNextMonth(date);
}

/** The last day of `date`'s month. */
export function lastDayOfMonth(date: string): string {
  const d = parse(date);
  return format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);
}

/** Negative, zero or positive like a comparator. ISO dates compare as strings, checked here once. */
export function compareDates(a: string, b: string): number {
  parse(a);
  parse(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two ISO dates. */
export function maxDate(a: string, b: string): string {
  return compareDates(a, b) >= 0 ? a : b;
}

/** The earlier of two ISO dates. */
export function minDate(a: string, b: string): string {
  return compareDates(a, b) <= 0 ? a : b;
}

/** Whole years of age on `asOf` for someone born on `dateOfBirth` (a 29 February birthday counts on 1 March). */
export function ageOn(dateOfBirth: string, asOf: string): number {
  const birth = parse(dateOfBirth);
  const on = parse(asOf);
  let age = on.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birth.getUTCMonth() ||
    (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** True when `date` lies in the closed range [from, to]; a null `to` is open-ended. */
export function isWithin(date: string, from: string, to: string | null): boolean {
  return compareDates(date, from) >= 0 && (to === null || compareDates(date, to) <= 0);
}

/** True when the closed ranges [aFrom, aTo] and [bFrom, bTo] share at least one day (null = open-ended). */
export function rangesOverlap(aFrom: string, aTo: string | null, bFrom: string, bTo: string | null): boolean {
  return (aTo === null || compareDates(bFrom, aTo) <= 0) && (bTo === null || compareDates(aFrom, bTo) <= 0);
}
