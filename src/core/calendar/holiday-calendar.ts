import { type Holiday, usFederalHolidays } from "./us-federal-holidays";

/**
 * A client's paid holidays. `base` is the set computed by rule (`us_federal`: the observed US federal
 * holidays of every year, the default) or `none`; `add` extends it (a client's own days, such as the
 * day after Thanksgiving) and `remove` takes base days out (a client open on Columbus Day).
 */
export type HolidayCalendar = {
  base: "us_federal" | "none";
  add: readonly Holiday[];
  remove: readonly string[];
};

/** The calendar of a client that set nothing: the observed US federal holidays. */
export const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendar = { base: "us_federal", add: [], remove: [] };

/** The client's holidays from `from` through `to` (inclusive ISO dates), in date order, one per date. */
export function holidaysBetween(calendar: HolidayCalendar, from: string, to: string): Holiday[] {
  const byDate = new Map<string, Holiday>();
  if (calendar.base === "us_federal") {
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      for (const holiday of usFederalHolidays(year)) byDate.set(holiday.date, holiday);
    }
  }
  for (const date of calendar.remove) byDate.delete(date);
  // A client's own entry wins over the base one on the same date (its name is the one people know).
  for (const holiday of calendar.add) byDate.set(holiday.date, holiday);
  return [...byDate.values()]
    .filter((h) => h.date >= from && h.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date));
}
