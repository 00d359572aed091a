import { scheduleTimesheetReminders } from "../src/app/timesheets/schedule-timesheet-reminders";
import { createTimesheetJobs } from "../src/app/timesheets/wiring";
import { createTimesheetRepository } from "../src/db/timesheet-repository";
import { timesheetScheduleRemindersJob } from "../src/queue/timesheet-schedule-reminders.job";
import { defineJobProcessor } from "./job-deps";

/** Plans the delayed reminder/escalation jobs of the current and just-ended workweek of each client. */
export const timesheetScheduleRemindersProcessor = defineJobProcessor(
  timesheetScheduleRemindersJob,
  async (payload, ctx) => {
    const timesheets = createTimesheetRepository(ctx.deps.db.prisma);
    const jobs = createTimesheetJobs(ctx.deps.queue, ctx.deps.clock);
    const clients = payload.clientId ? [{ id: payload.clientId }] : await timesheets.listClients();
    let planned = 0;
    for (const client of clients) {
      planned += (
        await scheduleTimesheetReminders({ timesheets, jobs, clock: ctx.deps.clock }, { clientId: client.id })
      ).length;
    }
    return { planned };
  },
);
