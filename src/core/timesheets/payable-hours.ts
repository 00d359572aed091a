import { addDays } from "../calendar/iso-date";
import { Decimal } from "../money/decimal";
import { deriveTimesheetHours, type OvertimeRule } from "../payroll/overtime/derive-hours";
import { PTO_TYPES, type PtoType } from "../pto/pto-types";
import { formatHours, type Hours } from "./hours";
import type { TimesheetDay } from "./validate-timesheet";

/** Approved time of one employee for a pay period, split for the paycheck. Hours as decimal strings. */
export type PayableHours = {
  /** "california" for employees whose work state is CA, otherwise "flsa". */
  rule: OvertimeRule;
  /** Approved days with worked hours, `[isoDate, hours]`, in date order (the paycheck `timesheet.days`). */
  days: [string, Hours][];
  regular: Hours;
  overtime: Hours;
  doubleTime: Hours;
  /** Hours worked over 40 in a workweek (the FLSA part of the overtime). */
  flsaOvertime: Hours;
  pto: Record<PtoType, Hours>;
  weeks: { weekStart: string; weekEnd: string; regular: Hours; overtime: Hours; doubleTime: Hours }[];
};

/** The overtime rule for a work state: California's daily rules for CA, the FLSA elsewhere. */
export function overtimeRuleFor(workState: string): OvertimeRule {
  return workState.toUpperCase() === "CA" ? "california" : "flsa";
}

/**
 * Split approved days into regular, overtime and double-time hours by the work state's rule, per
 * fixed workweek, and total the PTO hours by type. PTO is paid but is not hours worked, so it never
 * counts toward overtime.
 * @see 29 CFR 778.218 (pay for time off is not hours worked)
 */
export function derivePayableHours(input: {
  workState: string;
  /** 0 = Sunday … 6 = Saturday. */
  workweekStartDay: number;
  days: readonly TimesheetDay[];
}): PayableHours {
  const rule = overtimeRuleFor(input.workState);
  const worked = input.days
    .filter((d) => new Decimal(d.hours).greaterThan(0))
    .map((d): [string, Hours] => [d.date, formatHours(d.hours)])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // Any date whose weekday is the start day names the workweek start for the deriver.
  const anchor = addDays("2023-01-01", input.workweekStartDay); // 2023-01-01 was a Sunday.
  const derived = deriveTimesheetHours({ rule, workweekStart: anchor, days: worked });
  const pto = Object.fromEntries(PTO_TYPES.map((t) => [t, new Decimal(0)])) as Record<PtoType, Decimal>;
  for (const day of input.days) {
    for (const type of PTO_TYPES) pto[type] = pto[type].plus(day.pto?.[type] ?? 0);
  }
  return {
    rule,
    days: worked,
    regular: formatHours(derived.regular),
    overtime: formatHours(derived.overtime),
    doubleTime: formatHours(derived.doubleTime),
    flsaOvertime: formatHours(derived.flsaOvertime),
    pto: Object.fromEntries(PTO_TYPES.map((t) => [t, formatHours(pto[t])])) as Record<PtoType, Hours>,
    weeks: derived.weeks.map((w) => ({
      weekStart: w.weekStart,
      weekEnd: w.weekEnd,
      regular: formatHours(w.regular),
      overtime: formatHours(w.overtime),
      doubleTime: formatHours(w.doubleTime),
    })),
  };
}
