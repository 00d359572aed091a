import { z } from "zod";
import { defineJob } from "./job-definition";

export const TimesheetReminderPayloadSchema = z.object({
  /** employee_reminder: unsubmitted weeks; manager_reminder: pending approvals; escalation: still pending. */
  kind: z.enum(["employee_reminder", "manager_reminder", "escalation"]),
  clientId: z.uuid(),
  /** First day of the workweek (ISO date). */
  weekStart: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The planned instant (ISO), from the client's cutoffs when scheduled. */
  at: z.iso.datetime(),
});
export type TimesheetReminderPayload = z.infer<typeof TimesheetReminderPayloadSchema>;

/**
 * A delayed reminder or escalation for one client's workweek, scheduled by
 * `scheduleTimesheetReminders` to run at `at`. Each person is notified once per week and kind
 * (TimesheetNotice keys), however often the job runs.
 */
export const timesheetReminderJob = defineJob({
  name: "reminder.timesheet",
  version: 1,
  schema: TimesheetReminderPayloadSchema,
  jobId: (p) => `reminder-${p.kind}-${p.clientId}-${p.weekStart}-${Date.parse(p.at)}`,
});
