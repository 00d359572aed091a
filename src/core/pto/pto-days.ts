import { addDays, dayOfWeek, type IsoDate } from "../calendar/iso-date";
import type { Holiday } from "../calendar/us-federal-holidays";
import type { Hours } from "../timesheets/hours";

export type PtoDayPlan = {
  /** The days charged, each at `hoursPerDay`. */
  days: [IsoDate, Hours][];
  /** Weekdays in the range that are the client's holidays, so not charged. */
  holidays: Holiday[];
};

/**
 * The days a PTO request covers: every Monday–Friday from `start` through `end` (inclusive) at
 * `hoursPerDay`, except the client's holidays, which are paid already and so are not charged. A request
 * for "next week" takes five days, not seven, and four when it holds a holiday.
 */
export function planPtoDays(
  start: IsoDate,
  end: IsoDate,
  hoursPerDay: Hours,
  holidays: readonly Holiday[],
): PtoDayPlan {
  const holidayOn = new Map(holidays.map((h) => [h.date, h]));
  const days: [IsoDate, Hours][] = [];
  const skipped: Holiday[] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) {
    const weekday = dayOfWeek(date);
    if (weekday === 0 || weekday === 6) continue;
    const holiday = holidayOn.get(date);
    if (holiday) skipped.push(holiday);
    else days.push([date, hoursPerDay]);
    if (days.length + skipped.length > 400) throw new RangeError("PTO request longer than a year");
  }
  return { days, holidays: skipped };
}

/** The charged days of `planPtoDays`. */
export function expandPtoDays(
  start: IsoDate,
  end: IsoDate,
  hoursPerDay: Hours,
  holidays: readonly Holiday[],
): [IsoDate, Hours][] {
  return planPtoDays(start, end, hoursPerDay, holidays).days;
}
