import { z } from "zod";
import { defineJob, type JobEnvelope } from "./job-definition";
import type { QueueRuntime } from "./queue-runtime";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const DepositReminderPayloadSchema = z.object({
  clientId: z.uuid(),
  /** The calendar's deposit id, e.g. 941-M-2026-01. */
  depositId: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/),
  /** before: a few business days ahead; due_day: the morning of the due date. */
  kind: z.enum(["before", "due_day"]),
  dueDate: IsoDate,
  /** The planned instant (ISO). */
  at: z.iso.datetime(),
});
export type DepositReminderPayload = z.infer<typeof DepositReminderPayloadSchema>;

/**
 * A delayed reminder to the specialists' channel about one unpaid deposit. The job id is the business
 * key (client, deposit, kind), so re-planning never doubles it, and the notification's idempotency key
 * is the same key, so a retried or re-run job posts one message.
 */
export const depositReminderJob = defineJob({
  name: "reminder.deposit",
  version: 1,
  schema: DepositReminderPayloadSchema,
  jobId: (p) => `deposit-reminder-${p.clientId}-${p.depositId}-${p.kind}`,
});

export const DepositScheduleRemindersPayloadSchema = z.object({
  /** One client, or every client when absent. */
  clientId: z.uuid().optional(),
  /** The day of a one-off run: its business key. Absent for the repeating scheduler's runs. */
  day: IsoDate.optional(),
});

/** Plans the deposit reminders of the coming days for each client (re-planning is harmless). */
export const depositScheduleRemindersJob = defineJob({
  name: "deposit.schedule-reminders",
  version: 1,
  schema: DepositScheduleRemindersPayloadSchema,
  jobId: (p) => `deposit-schedule-${p.clientId ?? "all"}-${p.day ?? "now"}`,
});

/** Registers the repeating planner (idempotent across processes): every `everyMs`, default 6 hours. */
export async function registerDepositReminderScheduler(
  runtime: QueueRuntime,
  options: { everyMs?: number } = {},
): Promise<void> {
  const envelope: JobEnvelope = { v: depositScheduleRemindersJob.version, payload: {} };
  await runtime
    .queue(depositScheduleRemindersJob.queue)
    .upsertJobScheduler(
      "deposit-schedule-reminders",
      { every: options.everyMs ?? 6 * 3_600_000 },
      { name: depositScheduleRemindersJob.name, data: envelope },
    );
}
