import type { Hours } from "../timesheets/hours";
import { addDays, dayOfWeek, type IsoDate } from "../timesheets/iso-date";

/**
 * The days a PTO request covers: every Monday–Friday from `start` through `end` (inclusive) at
 * `hoursPerDay`. Weekends are skipped: a request for "next week" takes five days, not seven.
 */
export function expandPtoDays(start: IsoDate, end: IsoDate, hoursPerDay: Hours): [IsoDate, Hours][] {
  const days: [IsoDate, Hours][] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) {
    const weekday = dayOfWeek(date);
    if (weekday !== 0 && weekday !== 6) days.push([date, hoursPerDay]);
    if (days.length > 400) throw new RangeError("PTO request longer than a year");
  }
  return days;
}
