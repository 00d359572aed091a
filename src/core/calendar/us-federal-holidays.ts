import { addDays, dayOfWeek, isoDate } from "./iso-date";

/**
 * US federal holidays by rule for any year (5 U.S.C. 6103), with their observed dates: a holiday on a
 * Saturday is observed on the Friday before, one on a Sunday on the Monday after (so New Year's Day
 * of a year may be observed on 31 December of the year before). Pure date arithmetic on ISO dates.
 */

/** The `n`th `weekday` (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = isoDate(year, month, 1);
  return addDays(first, ((weekday - dayOfWeek(first) + 7) % 7) + (n - 1) * 7);
}

/** The last `weekday` of a month. */
function lastWeekday(year: number, month: number, weekday: number): string {
  const last = isoDate(year, month + 1, 0);
  return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
}

/** The weekday a fixed-date holiday is observed on. */
export function observedDate(date: string): string {
  const d = dayOfWeek(date);
  return d === 6 ? addDays(date, -1) : d === 0 ? addDays(date, 1) : date;
}

export type Holiday = { date: string; name: string };

/** The federal holidays whose observed date falls in `year`, in date order. */
export function usFederalHolidays(year: number): Holiday[] {
  const fixed = (y: number, m: number, d: number, name: string): Holiday => ({
    date: observedDate(isoDate(y, m, d)),
    name,
  });
  const list: Holiday[] = [
    fixed(year, 1, 1, "New Year's Day"),
    { date: nthWeekday(year, 1, 1, 3), name: "Birthday of Martin Luther King, Jr." },
    { date: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday" },
    { date: lastWeekday(year, 5, 1), name: "Memorial Day" },
    fixed(year, 6, 19, "Juneteenth National Independence Day"),
    fixed(year, 7, 4, "Independence Day"),
    { date: nthWeekday(year, 9, 1, 1), name: "Labor Day" },
    { date: nthWeekday(year, 10, 1, 2), name: "Columbus Day" },
    fixed(year, 11, 11, "Veterans Day"),
    { date: nthWeekday(year, 11, 4, 4), name: "Thanksgiving Day" },
    fixed(year, 12, 25, "Christmas Day"),
    // Next year's New Year's Day on a Saturday is observed on 31 December of this year.
    fixed(year + 1, 1, 1, "New Year's Day"),
  ];
  return list.filter((h) => h.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
}
