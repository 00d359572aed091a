import { DomainError } from "../../../errors/domain-error";
import { isIsoDate, isoDay, utcMidnight } from "../../calendar/iso-date";
import { Decimal } from "../../money/decimal";
import { compare, count, isPositive } from "../math";

/** Which overtime law splits the hours: federal FLSA weekly overtime, or California daily overtime. */
export type OvertimeRule = "flsa" | "california";

/** A day of the week on which the employer's fixed workweek begins. */
export type Weekday = "sunday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday";

const WEEKDAYS: readonly Weekday[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

/** Input of {@link deriveTimesheetHours}. */
export type DeriveTimesheetHoursInput = {
  rule: OvertimeRule;
  /**
   * Start of the employer's fixed workweek: a weekday name ("sunday", the default) or any ISO date
   * that begins a workweek (its weekday is used). Each workweek stands alone (29 CFR 778.104).
   */
  workweekStart?: Weekday | string;
  /** `[isoDate, hours]` pairs; hours are a non-negative decimal string. Several entries for one date add up. */
  days: readonly (readonly [string, string])[];
};

/** Hours of one calendar day, split by premium. */
export type DayHours = {
  date: string;
  total: Decimal;
  regular: Decimal;
  overtime: Decimal;
  doubleTime: Decimal;
};

/** Hours of one workweek, split by premium. `regular + overtime + doubleTime = total`. */
export type WorkweekHours = {
  /** First date of the workweek (ISO). */
  weekStart: string;
  /** Last date of the workweek (ISO), weekStart + 6 days. */
  weekEnd: string;
  total: Decimal;
  /** Straight-time hours. */
  regular: Decimal;
  /** Hours paid at 1.5 × the regular rate. */
  overtime: Decimal;
  /** Hours paid at 2 × the regular rate (California only; always 0 under the FLSA rule). */
  doubleTime: Decimal;
  /**
   * Overtime hours the FLSA itself requires (hours over 40 in the workweek). Under the California rule
   * this can be less than `overtime + doubleTime`: the rest is owed only under state law (not "qualified"
   * overtime for the 2026 W-2 code TT).
   */
  flsaOvertime: Decimal;
  /** The days of this workweek that carry hours, in date order. */
  days: DayHours[];
};

/** Result of {@link deriveTimesheetHours}: one entry per workweek in date order, plus totals. */
export type TimesheetHours = {
  rule: OvertimeRule;
  weeks: WorkweekHours[];
  total: Decimal;
  regular: Decimal;
  overtime: Decimal;
  doubleTime: Decimal;
  flsaOvertime: Decimal;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HOURS = /^\d+(\.\d+)?$/;
const DAY_MS = 86_400_000;

function dayNumber(iso: string, what: string): number {
  if (!ISO_DATE.test(iso)) throw new DomainError("input.invalid", `${what}: not an ISO date (YYYY-MM-DD)`);
  if (!isIsoDate(iso)) throw new DomainError("input.invalid", `${what}: not a calendar date`);
  return Math.round(utcMidnight(iso).getTime() / DAY_MS);
}

function isoOf(day: number): string {
  return isoDay(new Date(day * DAY_MS));
}

/** 1970-01-01 was a Thursday (weekday index 4). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

const ZERO = new Decimal(0);
const EIGHT = new Decimal(8);
const TWELVE = new Decimal(12);
const FORTY = new Decimal(40);

function min(a: Decimal, b: Decimal): Decimal {
  return compare(a, b) < 0 ? a : b;
}

function clampZero(a: Decimal): Decimal {
  return a.isNegative() ? ZERO : a;
}

/**
 * Splits timesheet hours into regular, overtime (1.5×) and double-time (2×) hours per workweek.
 *
 * - `flsa`: hours over 40 in the fixed workweek are overtime (each workweek stands alone).
 * - `california`: per workday, hours over 8 up to 12 are overtime and over 12 double time; on the
 *   seventh consecutive day of work in one workweek (all seven days worked, *Mendoza v. Nordstrom*),
 *   the first 8 hours are overtime and the rest double time; straight-time hours over 40 in the
 *   workweek are overtime too. Daily overtime hours do not count again toward the 40 (no pyramiding).
 *
 * Pure: dates are ISO strings, no clock. Throws `input.invalid` for a bad date, bad hours or more than
 * 24 hours on one date.
 *
 * @example
 * deriveTimesheetHours({ rule: "california", days: [["2026-01-05", "10"]] })
 * // weeks[0]: regular 8, overtime 2, doubleTime 0
 * @see 29 U.S.C. 207(a); 29 CFR 778.104 (each workweek stands alone)
 * @see Cal. Lab. Code §510(a); Mendoza v. Nordstrom, 2 Cal.5th 1074 (2017)
 */
export function deriveTimesheetHours(input: DeriveTimesheetHoursInput): TimesheetHours {
  const { rule } = input;
  if (rule !== "flsa" && rule !== "california")
    throw new DomainError("input.invalid", `timesheet.rule: must be "flsa" or "california"`);
  const startSpec = input.workweekStart ?? "sunday";
  const weekdayIndex = WEEKDAYS.indexOf(startSpec as Weekday);
  const startWeekday =
    weekdayIndex >= 0 ? weekdayIndex : weekdayOf(dayNumber(startSpec, "timesheet.workweekStart"));

  // Sum hours by date.
  const byDay = new Map<number, Decimal>();
  input.days.forEach(([date, hours], i) => {
    const day = dayNumber(date, `timesheet.days[${i}][0]`);
    if (typeof hours !== "string" || !HOURS.test(hours))
      throw new DomainError("input.invalid", `timesheet.days[${i}][1]: hours must be a non-negative decimal`);
    const sum = (byDay.get(day) ?? ZERO).plus(hours);
    if (compare(sum, count(24)) > 0)
      throw new DomainError("input.invalid", `timesheet.days[${i}]: more than 24 hours on ${date}`);
    byDay.set(day, sum);
  });

  // Group by workweek.
  const weeks = new Map<number, number[]>();
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const weekStart = day - ((weekdayOf(day) - startWeekday + 7) % 7);
    const list = weeks.get(weekStart) ?? [];
    list.push(day);
    weeks.set(weekStart, list);
  }

  const result: WorkweekHours[] = [];
  for (const [weekStart, days] of [...weeks.entries()].sort((a, b) => a[0] - b[0])) {
    const dayHours: DayHours[] = [];
    const workedDays = days.filter((d) => isPositive(byDay.get(d)!)).length;
    let straight = ZERO; // straight-time hours so far this week, for the weekly 40
    let weekTotal = ZERO;
    for (const day of days) {
      const total = byDay.get(day)!;
      weekTotal = weekTotal.plus(total);
      let regular: Decimal;
      let overtime: Decimal;
      let doubleTime = ZERO;
      if (rule === "flsa") {
        regular = total;
        overtime = ZERO;
      } else if (workedDays === 7 && day === weekStart + 6) {
        // Seventh consecutive day of work in the workweek: first 8 h at 1.5×, the rest at 2×.
        regular = ZERO;
        overtime = min(total, EIGHT);
        doubleTime = clampZero(total.minus(EIGHT));
      } else {
        regular = min(total, EIGHT);
        overtime = clampZero(min(total, TWELVE).minus(EIGHT));
        doubleTime = clampZero(total.minus(TWELVE));
      }
      // Weekly 40: straight-time hours past 40 in the workweek become overtime.
      const room = clampZero(FORTY.minus(straight));
      const weeklyOt = clampZero(regular.minus(room));
      regular = regular.minus(weeklyOt);
      overtime = overtime.plus(weeklyOt);
      straight = straight.plus(regular);
      dayHours.push({ date: isoOf(day), total, regular, overtime, doubleTime });
    }
    const sum = (k: "regular" | "overtime" | "doubleTime") => dayHours.reduce((a, d) => a.plus(d[k]), ZERO);
    result.push({
      weekStart: isoOf(weekStart),
      weekEnd: isoOf(weekStart + 6),
      total: weekTotal,
      regular: sum("regular"),
      overtime: sum("overtime"),
      doubleTime: sum("doubleTime"),
      flsaOvertime: clampZero(weekTotal.minus(FORTY)),
      days: dayHours,
    });
  }
  const total = (k: "total" | "regular" | "overtime" | "doubleTime" | "flsaOvertime") =>
    result.reduce((a, w) => a.plus(w[k]), ZERO);
  return {
    rule,
    weeks: result,
    total: total("total"),
    regular: total("regular"),
    overtime: total("overtime"),
    doubleTime: total("doubleTime"),
    flsaOvertime: total("flsaOvertime"),
  };
}
