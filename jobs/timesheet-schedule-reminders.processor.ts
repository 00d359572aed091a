import { scheduleTimesheetReminders } from "../src/app/timesheets/schedule-timesheet-reminders";
import { timesheetScheduleRemindersJob } from "../src/queue/timesheet-schedule-reminders.job";
import { defineJobProcessor } from "./job-deps";

/** Plans the delayed reminder/escalation jobs of the current and just-ended workweek of each client. */
export const timesheetScheduleRemindersProcessor = defineJobProcessor(
  timesheetScheduleRemindersJob,
  async (payload, ctx) => {
    const deps = ctx.deps.services.timesheets;
    const clients = payload.clientId ? [{ id: payload.clientId }] : await deps.timesheets.listClients();
    let planned = 0;
    for (const client of clients) {
      planned += (await scheduleTimesheetReminders(deps, { clientId: client.id })).length;
    }
    return { planned };
  },
);
