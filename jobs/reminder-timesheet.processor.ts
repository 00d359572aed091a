import { sendTimesheetReminders } from "../src/app/timesheets/send-timesheet-reminders";
import { timesheetReminderJob } from "../src/queue/reminder-timesheet.job";
import { defineJobProcessor } from "./job-deps";

/** Sends one client's reminders or escalation for one workweek, each person once (TimesheetNotice). */
export const timesheetReminderProcessor = defineJobProcessor(timesheetReminderJob, async (payload, ctx) => {
  const run = await sendTimesheetReminders(ctx.deps.services.timesheets, {
    kind: payload.kind,
    clientId: payload.clientId,
    weekStart: payload.weekStart,
  });
  await ctx.log(`${payload.kind}: notified ${run.notified.length}`);
  return { notified: run.notified.length };
});
