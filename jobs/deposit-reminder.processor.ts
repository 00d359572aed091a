import { sendDepositReminder } from "../src/app/deposits/deposit-reminders";
import { depositReminderJob } from "../src/queue/deposit-reminder.job";
import { defineJobProcessor } from "./job-deps";

/** Posts one deposit reminder to the specialists' channel if the deposit is still unpaid. */
export const depositReminderProcessor = defineJobProcessor(depositReminderJob, async (payload, ctx) => {
  const outcome = await sendDepositReminder(ctx.deps.services.deposits, ctx.deps.notifier, payload);
  await ctx.log(`${payload.depositId} ${payload.kind}: ${outcome}`);
  return { outcome };
});
