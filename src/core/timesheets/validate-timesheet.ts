import { formatShortDate, type IsoDate, isWithin } from "../calendar/iso-date";
import { Decimal } from "../money/decimal";
import type { PtoType } from "../pto/pto-types";
import { formatHours, type Hours } from "./hours";
import type { Workweek } from "./workweek";

/** One day of a timesheet: worked hours, an optional note, and PTO hours by type. */
export type TimesheetDay = {
  date: IsoDate;
  hours: Hours;
  note?: string | null;
  pto?: Partial<Record<PtoType, Hours>>;
};

export type TimesheetIssue = {
  date: IsoDate;
  code:
    | "outside_week"
    | "negative_hours"
    | "over_24_hours"
    | "outside_employment"
    | "overlaps_approved_pto"
    | "unapproved_pto"
    | "salaried_hours";
  message: string;
};

export type TimesheetValidationInput = {
  week: Workweek;
  days: readonly TimesheetDay[];
  payType: "hourly" | "salary";
  hireDate: IsoDate;
  terminationDate?: IsoDate | null;
  /** Approved PTO hours per date and type (from approved PTO requests). */
  approvedPto: Readonly<Record<IsoDate, Partial<Record<PtoType, Hours>>>>;
  /** The client's scheduled workday (TimesheetPolicy.standardDayHours). */
  standardDayHours: Hours;
};

/** PTO hours of a day, all types together. */
export function dayPtoHours(day: TimesheetDay): Decimal {
  return Object.values(day.pto ?? {}).reduce<Decimal>((acc, h) => acc.plus(h ?? 0), new Decimal(0));
}

/**
 * Every problem with a week's entries, empty when the week is valid:
 * - no day outside the workweek, no negative hours, no day over 24 hours (worked + PTO);
 * - nothing recorded before the hire date or after the termination date;
 * - on a day with approved PTO, worked hours plus that PTO may not exceed the scheduled workday
 *   (you cannot take a full day off and also work it);
 * - PTO on a day may not exceed the PTO approved for it, by type: time off goes through a request
 *   (approval, balance check, ledger), then flows into the timesheet;
 * - salaried employees record exceptions only (PTO), never worked hours: their salary pays the week.
 */
export function validateTimesheet(input: TimesheetValidationInput): TimesheetIssue[] {
  const issues: TimesheetIssue[] = [];
  for (const day of input.days) {
    const label = formatShortDate(day.date);
    const worked = new Decimal(day.hours);
    const pto = dayPtoHours(day);
    const recorded = worked.plus(pto);
    if (!isWithin(day.date, input.week.start, input.week.end)) {
      issues.push({
        date: day.date,
        code: "outside_week",
        message: `${label} is not in the week of ${formatShortDate(input.week.start)}.`,
      });
      continue;
    }
    if (worked.isNegative() || Object.values(day.pto ?? {}).some((h) => new Decimal(h ?? 0).isNegative())) {
      issues.push({ date: day.date, code: "negative_hours", message: `${label}: hours cannot be negative.` });
      continue;
    }
    if (recorded.isZero()) continue;
    if (recorded.greaterThan(24)) {
      issues.push({
        date: day.date,
        code: "over_24_hours",
        message: `${label}: ${formatHours(recorded)} hours is more than the 24 hours in a day.`,
      });
    }
    if (!isWithin(day.date, input.hireDate, input.terminationDate)) {
      issues.push({
        date: day.date,
        code: "outside_employment",
        message: `${label} is outside your employment dates.`,
      });
    }
    const approvedByType = input.approvedPto[day.date] ?? {};
    const approvedPto = Object.values(approvedByType).reduce<Decimal>(
      (acc, h) => acc.plus(h ?? 0),
      new Decimal(0),
    );
    for (const [type, h] of Object.entries(day.pto ?? {})) {
      const allowed = new Decimal(approvedByType[type as PtoType] ?? 0);
      if (new Decimal(h ?? 0).greaterThan(allowed)) {
        issues.push({
          date: day.date,
          code: "unapproved_pto",
          message: `${label}: ${formatHours(h ?? "0")} hours of ${type} is more than the ${formatHours(allowed)} hours approved; please request time off first.`,
        });
      }
    }
    if (approvedPto.greaterThan(0) && worked.greaterThan(0)) {
      const limit = Decimal.max(new Decimal(input.standardDayHours), approvedPto);
      if (worked.plus(approvedPto).greaterThan(limit)) {
        issues.push({
          date: day.date,
          code: "overlaps_approved_pto",
          message: `${label}: you have ${formatHours(approvedPto)} hours of approved PTO, so at most ${formatHours(Decimal.max(0, limit.minus(approvedPto)))} hours of work can be recorded.`,
        });
      }
    }
    if (input.payType === "salary" && worked.greaterThan(0)) {
      issues.push({
        date: day.date,
        code: "salaried_hours",
        message: `${label}: salaried employees record only time off, not hours worked.`,
      });
    }
  }
  return issues;
}

/**
 * Apply a partial update to a week's days: only the dates given change; a field left out keeps its
 * value ("I worked 9 hours yesterday" sets one day's hours and keeps its note and PTO).
 */
export function mergeTimesheetDays(
  existing: readonly TimesheetDay[],
  updates: readonly (Partial<Omit<TimesheetDay, "date">> & { date: IsoDate; addHours?: Hours })[],
): TimesheetDay[] {
  const byDate = new Map<IsoDate, TimesheetDay>(existing.map((d) => [d.date, { ...d }]));
  for (const update of updates) {
    const current: TimesheetDay = byDate.get(update.date) ?? { date: update.date, hours: "0" };
    let nextHours = update.hours ?? current.hours;
    if (update.addHours !== undefined) nextHours = new Decimal(nextHours).plus(update.addHours).toString();
    byDate.set(update.date, {
      date: update.date,
      hours: formatHours(nextHours),
      ...((update.note !== undefined ? update.note : current.note) != null
        ? { note: update.note !== undefined ? update.note : current.note }
        : {}),
      ...(update.pto !== undefined || current.pto
        ? { pto: { ...(current.pto ?? {}), ...(update.pto ?? {}) } }
        : {}),
    });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
