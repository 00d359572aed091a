import {
  createQueueDepositReminderJobs,
  scheduleDepositReminders,
} from "../src/app/deposits/deposit-reminders";
import { depositScheduleRemindersJob } from "../src/queue/deposit-reminder.job";
import { defineJobProcessor } from "./job-deps";

/** Plans the delayed deposit reminders of each client (or one) for the coming days. */
export const depositScheduleRemindersProcessor = defineJobProcessor(
  depositScheduleRemindersJob,
  async (payload, ctx) => {
    const deps = ctx.deps.services.deposits;
    const jobs = createQueueDepositReminderJobs(ctx.deps.queue);
    const clients = payload.clientId ? [{ id: payload.clientId }] : await deps.deposits.clients();
    let planned = 0;
    for (const client of clients)
      planned += (await scheduleDepositReminders(deps, jobs, { clientId: client.id })).length;
    return { planned };
  },
);
