import { z } from "zod";
import { DEFAULT_HOLIDAY_CALENDAR, type HolidayCalendar } from "../../core/calendar/holiday-calendar";
import { isIsoDate } from "../../core/calendar/iso-date";
import { type PtoPolicy, resolvePtoPolicy } from "../../core/pto/pto-policy";
import { resolveTimesheetPolicy, type TimesheetPolicy } from "../../core/timesheets/timesheet-policy";
import { DomainError } from "../../errors/domain-error";
import { formatZodIssue } from "../../errors/zod-issues";

const HoursSchema = z.string().regex(/^\d+(\.\d{1,2})?$/, 'must be a decimal number of hours, e.g. "7.5"');
const DeadlineSchema = z.object({
  daysAfterWeekEnd: z.number().int().min(0).max(14),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM"),
});
const TierSchema = z
  .object({
    minTenureMonths: z.number().int().min(0),
    hoursPerYear: HoursSchema.optional(),
    hoursPerPeriod: HoursSchema.optional(),
  })
  .refine((t) => t.hoursPerYear !== undefined || t.hoursPerPeriod !== undefined, {
    message: "needs hoursPerYear or hoursPerPeriod",
  });
const PtoTypeSchema = z.object({
  tiers: z.array(TierSchema).min(1).optional(),
  maxBalanceHours: HoursSchema.optional(),
});

const HolidayDateSchema = z.string().refine(isIsoDate, "must be a date YYYY-MM-DD");
const HolidayEntrySchema = z.union([
  HolidayDateSchema,
  z.strictObject({ date: HolidayDateSchema, name: z.string().trim().min(1).max(100) }),
]);

/**
 * A client's holiday calendar (census `employer.holidays`, stored as `settings.holidays`):
 * - `"us_federal"` (the default) or `"none"`: a named set computed by rule for every year;
 * - a list of dates (`"2026-11-27"` or `{ "date", "name" }`): the client's whole calendar, replacing
 *   the federal one;
 * - `{ "base"?: "us_federal" | "none", "add"?: [...], "remove"?: [dates] }`: the set, extended.
 */
export const HolidayCalendarSchema = z.union([
  z.enum(["us_federal", "none"]),
  z.array(HolidayEntrySchema).max(400),
  z.strictObject({
    base: z.enum(["us_federal", "none"]).optional(),
    add: z.array(HolidayEntrySchema).max(400).optional(),
    remove: z.array(HolidayDateSchema).max(400).optional(),
  }),
]);
export type HolidayCalendarSetting = z.infer<typeof HolidayCalendarSchema>;

/** The core's calendar from a validated setting; absent is the observed US federal holidays. */
export function resolveHolidayCalendar(setting: HolidayCalendarSetting | undefined): HolidayCalendar {
  if (setting === undefined) return DEFAULT_HOLIDAY_CALENDAR;
  const entry = (e: z.infer<typeof HolidayEntrySchema>) =>
    typeof e === "string" ? { date: e, name: "Company holiday" } : e;
  if (typeof setting === "string") return { base: setting, add: [], remove: [] };
  if (Array.isArray(setting)) return { base: "none", add: setting.map(entry), remove: [] };
  return {
    base: setting.base ?? "us_federal",
    add: (setting.add ?? []).map(entry),
    remove: setting.remove ?? [],
  };
}

/**
 * The timesheet and PTO parts of `ClientEmployer.settings` (other domains own other keys). Every field
 * is optional; the defaults are `DEFAULT_TIMESHEET_POLICY` (src/core/timesheets/timesheet-policy.ts)
 * and `DEFAULT_PTO_POLICY` (src/core/pto/pto-policy.ts), where the shape is documented.
 */
export const ClientTimeSettingsSchema = z.looseObject({
  timesheets: z
    .object({
      standardDayHours: HoursSchema.optional(),
      submissionCutoff: DeadlineSchema.optional(),
      approvalCutoff: DeadlineSchema.optional(),
      employeeReminderLeadHours: z
        .number()
        .min(0)
        .max(24 * 14)
        .optional(),
      managerReminderLeadHours: z
        .number()
        .min(0)
        .max(24 * 14)
        .optional(),
      escalationLeadHours: z
        .number()
        .min(0)
        .max(24 * 14)
        .optional(),
    })
    .optional(),
  pto: z
    .object({
      allowNegativeBalance: z.boolean().optional(),
      negativeBalanceLimitHours: HoursSchema.optional(),
      types: z.object({ vacation: PtoTypeSchema.optional(), sick: PtoTypeSchema.optional() }).optional(),
    })
    .optional(),
  holidays: HolidayCalendarSchema.optional(),
});
export type ClientTimeSettings = z.infer<typeof ClientTimeSettingsSchema>;

/** The client's timesheet and PTO policies with defaults filled; a malformed setting is `settings.invalid`. */
export function clientTimePolicies(settings: unknown): {
  timesheets: TimesheetPolicy;
  pto: PtoPolicy;
  holidays: HolidayCalendar;
} {
  const parsed = ClientTimeSettingsSchema.safeParse(settings ?? {});
  if (!parsed.success) {
    throw new DomainError("settings.invalid", `client settings: ${formatZodIssue(parsed.error)}`, {
      userMessage: "Your employer's timesheet settings are incomplete; an HR specialist has to fix them.",
    });
  }
  const ts = parsed.data.timesheets ?? {};
  const timesheets = resolveTimesheetPolicy(
    Object.fromEntries(Object.entries(ts).filter(([, v]) => v !== undefined)) as Partial<TimesheetPolicy>,
  );
  const pto = parsed.data.pto;
  return {
    timesheets,
    holidays: resolveHolidayCalendar(parsed.data.holidays),
    pto: resolvePtoPolicy(
      pto
        ? {
            ...(pto.allowNegativeBalance !== undefined
              ? { allowNegativeBalance: pto.allowNegativeBalance }
              : {}),
            ...(pto.negativeBalanceLimitHours !== undefined
              ? { negativeBalanceLimitHours: pto.negativeBalanceLimitHours }
              : {}),
            ...(pto.types
              ? {
                  types: Object.fromEntries(
                    Object.entries(pto.types)
                      .filter(([, v]) => v !== undefined)
                      .map(([k, v]) => [
                        k,
                        {
                          ...(v!.tiers
                            ? {
                                tiers: v!.tiers.map((t) => ({
                                  minTenureMonths: t.minTenureMonths,
                                  ...(t.hoursPerYear !== undefined ? { hoursPerYear: t.hoursPerYear } : {}),
                                  ...(t.hoursPerPeriod !== undefined
                                    ? { hoursPerPeriod: t.hoursPerPeriod }
                                    : {}),
                                })),
                              }
                            : {}),
                          ...(v!.maxBalanceHours !== undefined
                            ? { maxBalanceHours: v!.maxBalanceHours }
                            : {}),
                        },
                      ]),
                  ),
                }
              : {}),
          }
        : undefined,
    ),
  };
}
