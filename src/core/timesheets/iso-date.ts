/**
 * Calendar-date arithmetic on ISO strings ("YYYY-MM-DD"). Calendar dates have no time zone: they are
 * computed on the UTC calendar so that no local offset or daylight-saving change can shift a day.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written "YYYY-MM-DD" (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

function toUtc(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  return new Date(`${date}T00:00:00.000Z`);
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday … 6 = Saturday (the encoding of ClientEmployer.workweekStartDay). */
export function dayOfWeek(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Whole calendar months completed from `from` to `to` (tenure): 2024-03-31 → 2024-04-30 is 0. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = toUtc(from);
  const b = toUtc(to);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (b.getUTCDate() < a.getUTCDate()) months -= 1;
  return months;
}

/** True when `date` lies in the inclusive range [`start`, `end`]; an absent end is open. */
export function isWithin(date: IsoDate, start: IsoDate, end?: IsoDate | null): boolean {
  return date >= start && (end === undefined || end === null || date <= end);
}

/** Short label for chat: "Tue Nov 24". */
export function formatShortDate(date: IsoDate): string {
  const d = toUtc(date);
  const day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()];
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
    d.getUTCMonth()
  ];
  return `${day} ${month} ${d.getUTCDate()}`;
}
