import { z } from "zod";
import { isIsoDate } from "../../core/calendar/iso-date";
import { type Actor, auditEntry } from "../../core/policy/actor";
import { canRecordTimeFor } from "../../core/policy/timesheets";
import { formatHours, sumHours } from "../../core/timesheets/hours";
import { isEditable } from "../../core/timesheets/timesheet-status";
import {
  dayPtoHours,
  mergeTimesheetDays,
  type TimesheetIssue,
  validateTimesheet,
} from "../../core/timesheets/validate-timesheet";
import { workweekOf } from "../../core/timesheets/workweek";
import type { TimesheetRecord } from "../../db/timesheet-repository";
import { DomainError } from "../../errors/domain-error";
import { inputError } from "../../errors/zod-issues";
import { clientTimePolicies } from "./client-settings.schema";
import { loadEmployee, type TimesheetDeps } from "./deps";

const HoursSchema = z.string().regex(/^\d{1,2}(\.\d{1,2})?$/, 'must be hours like "7.5"');
const IsoDateSchema = z.string().refine(isIsoDate, "must be a date YYYY-MM-DD");

/** A partial update of one or more days of one workweek. Dates are explicit (the caller resolves "yesterday"). */
export const RecordHoursInputSchema = z.object({
  /** Whose time; default the acting employee. */
  employeeId: z.string().uuid().optional(),
  days: z
    .array(
      z.object({
        date: IsoDateSchema,
        /** Set the day's worked hours. */
        hours: HoursSchema.optional(),
        /** Add to the day's worked hours ("add 2 hours on Tuesday"). */
        addHours: HoursSchema.optional(),
        note: z.string().max(500).nullable().optional(),
        pto: z.object({ vacation: HoursSchema.optional(), sick: HoursSchema.optional() }).optional(),
      }),
    )
    .min(1),
  requestId: z.string().optional(),
});
export type RecordHoursInput = z.input<typeof RecordHoursInputSchema>;

export type RecordHoursResult = {
  timesheet: TimesheetRecord;
  /** Worked hours of the week after the change. */
  weekHours: string;
  /** PTO hours of the week after the change. */
  weekPtoHours: string;
};

/**
 * Record hours (partial update): only the dates given change, and only the fields given on them.
 * All dates must fall in one workweek of the client. Refused when the week is submitted or approved
 * (`timesheet.not_editable`) or when the result breaks a rule (`timesheet.invalid_entries`, listing each).
 */
export async function recordHours(
  deps: TimesheetDeps,
  actor: Actor,
  raw: RecordHoursInput,
): Promise<RecordHoursResult> {
  const parsed = RecordHoursInputSchema.safeParse(raw);
  if (!parsed.success) throw inputError(parsed.error, "record hours");
  const input = parsed.data;
  const employeeId = input.employeeId ?? (actor.kind === "employee" ? actor.employeeId : undefined);
  if (!employeeId) throw new DomainError("input.invalid", "record hours: employeeId is required");
  const employee = await loadEmployee(deps, employeeId);
  const allowed = canRecordTimeFor({ actor, subject: { employeeId, clientId: employee.clientId } });
  if (!allowed.allowed) throw new DomainError("auth.forbidden", allowed.message);

  const policies = clientTimePolicies(employee.client.settings);
  const week = workweekOf(input.days[0]!.date, employee.client.workweekStartDay);
  const outside = input.days.find((d) => d.date < week.start || d.date > week.end);
  if (outside) {
    throw new DomainError(
      "input.invalid",
      `record hours: ${outside.date} is not in the week of ${week.start}`,
      {
        userMessage: "Please record one week at a time.",
      },
    );
  }
  const approvedPto = await deps.pto.approvedPtoByDate(employee.id, week.start, week.end);
  const changed = new Set(input.days.map((d) => d.date));

  const { timesheet, result } = await deps.timesheets.updateDays<TimesheetIssue[] | "locked" | null>(
    { clientId: employee.clientId, employeeId: employee.id, weekStart: week.start, weekEnd: week.end },
    (current) => {
      if (!isEditable(current.status)) return { ok: false, result: "locked" };
      const merged = mergeTimesheetDays(
        current.days,
        input.days.map((d) => ({
          date: d.date,
          ...(d.hours !== undefined ? { hours: d.hours } : {}),
          ...(d.addHours !== undefined ? { addHours: d.addHours } : {}),
          ...(d.note !== undefined ? { note: d.note } : {}),
          ...(d.pto !== undefined ? { pto: d.pto } : {}),
        })),
      );
      const touched = merged.filter((d) => changed.has(d.date));
      const issues = validateTimesheet({
        week,
        days: touched,
        payType: employee.payType,
        hireDate: employee.hireDate,
        terminationDate: employee.terminationDate,
        approvedPto,
        standardDayHours: policies.timesheets.standardDayHours,
      });
      if (issues.length > 0) return { ok: false, result: issues };
      return { ok: true, days: touched, result: null };
    },
    auditEntry(actor, "timesheet.record_hours", input.requestId),
  );
  if (result === "locked") {
    throw new DomainError("timesheet.not_editable", `timesheet ${timesheet.id} is ${timesheet.status}`, {
      userMessage: `Your timesheet for the week of ${week.start} is ${timesheet.status}; it can't be changed now.`,
    });
  }
  if (result) {
    throw new DomainError("timesheet.invalid_entries", result.map((i) => i.message).join(" "), {
      details: { issues: result },
    });
  }
  return {
    timesheet,
    weekHours: formatHours(sumHours(timesheet.days.map((d) => d.hours))),
    weekPtoHours: formatHours(sumHours(timesheet.days.map((d) => dayPtoHours(d)))),
  };
}
