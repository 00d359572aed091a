import { z } from "zod";
import { defineJob, type JobEnvelope } from "./job-definition";
import type { QueueRuntime } from "./queue-runtime";

export const TimesheetScheduleRemindersPayloadSchema = z.object({
  /** One client, or every client when absent. */
  clientId: z.uuid().optional(),
  /** The day of a one-off run (ISO date): its business key. Absent for the repeating scheduler's runs. */
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

/**
 * Daily: plan the reminder and escalation jobs of the current (and just-ended) workweek of each
 * client as delayed `reminder.timesheet` jobs. Re-planning is harmless: same jobIds, and TimesheetNotice
 * keys stop a second message.
 */
export const timesheetScheduleRemindersJob = defineJob({
  name: "timesheet.schedule-reminders",
  version: 1,
  schema: TimesheetScheduleRemindersPayloadSchema,
  jobId: (p) => `timesheet-schedule-${p.clientId ?? "all"}-${p.day ?? "now"}`,
});

/**
 * Register the repeating planner (call once at start of `aso serve`/`aso worker`; upserting is
 * idempotent across processes): every `everyMs` (default 6 hours) it plans the week's reminders.
 */
export async function registerTimesheetReminderScheduler(
  runtime: QueueRuntime,
  options: { everyMs?: number } = {},
): Promise<void> {
  const envelope: JobEnvelope = { v: timesheetScheduleRemindersJob.version, payload: {} };
  await runtime
    .queue(timesheetScheduleRemindersJob.queue)
    .upsertJobScheduler(
      "timesheet-schedule-reminders",
      { every: options.everyMs ?? 6 * 3_600_000 },
      { name: timesheetScheduleRemindersJob.name, data: envelope },
    );
}
