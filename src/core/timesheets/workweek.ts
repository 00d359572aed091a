import { addDays, dayOfWeek, type IsoDate } from "../calendar/iso-date";

/** A fixed, recurring 7-day FLSA workweek: `start` … `end`, both inclusive. */
export type Workweek = { start: IsoDate; end: IsoDate; dates: IsoDate[] };

/**
 * The workweek containing `date` for a client whose workweek starts on `startDay`
 * (0 = Sunday … 6 = Saturday, ClientEmployer.workweekStartDay).
 * @see 29 CFR 778.105 (a workweek is a fixed, regularly recurring period of 168 hours)
 */
export function workweekOf(date: IsoDate, startDay: number): Workweek {
  if (!Number.isInteger(startDay) || startDay < 0 || startDay > 6) {
    throw new RangeError(`workweek start day must be 0..6, got ${startDay}`);
  }
  const back = (dayOfWeek(date) - startDay + 7) % 7;
  const start = addDays(date, -back);
  return workweekStarting(start);
}

/** The workweek that starts on `start`. */
export function workweekStarting(start: IsoDate): Workweek {
  const dates = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  return { start, end: dates[6]!, dates };
}

/** Every workweek (by start) that ends within [from, to]: the weeks a pay period pays. */
export function workweeksEndingWithin(from: IsoDate, to: IsoDate, startDay: number): Workweek[] {
  const weeks: Workweek[] = [];
  let week = workweekOf(from, startDay);
  if (week.end < from) week = workweekStarting(addDays(week.start, 7));
  while (week.end <= to) {
    weeks.push(week);
    week = workweekStarting(addDays(week.start, 7));
  }
  return weeks;
}
