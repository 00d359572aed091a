import { DateTime } from "luxon";
import { addDays } from "../../core/calendar/iso-date";
import { addBusinessDays, subtractBusinessDays } from "../../core/ledger/business-days";
import { findDeposit } from "../../core/ledger/deposit-calendar";
import { type DepositReminderPayload, depositReminderJob } from "../../queue/deposit-reminder.job";
import type { QueueRuntime } from "../../queue/queue-runtime";
import type { Notifier } from "../notifier";
import { requireClient } from "../payroll/payroll-deps";
import { clientToday, computeDepositCalendar } from "./deposit-calendar";
import type { DepositDeps } from "./deposit-deps";
import { reminderReply } from "./deposit-replies";

/** Business days before the due date of the first reminder; the second is on the due date itself. */
export const REMINDER_BUSINESS_DAYS_BEFORE = 2;
/** Reminders go out at this local hour of the client's time zone. */
const REMINDER_HOUR = 9;
/** How far ahead the planner looks; it runs every few hours, so a week is plenty. */
const PLAN_DAYS_AHEAD = 10;

/** The port the planner enqueues through (the queue in production, a recorder in tests). */
export type DepositReminderJobs = {
  scheduleReminder(payload: DepositReminderPayload, delayMs: number): Promise<void>;
};

/** The queue's side of the port: each reminder a delayed `reminder.deposit` job. */
export function createQueueDepositReminderJobs(queue: QueueRuntime): DepositReminderJobs {
  return {
    async scheduleReminder(payload, delayMs) {
      await depositReminderJob.enqueue(queue, payload, { delay: delayMs });
    },
  };
}

/**
 * Plans the reminders of a client's unpaid deposits due in the next days: one
 * `REMINDER_BUSINESS_DAYS_BEFORE` business days ahead and one on the due date, at 09:00 in the
 * client's zone. A reminder whose time has passed while its deposit is not yet due runs now; none is
 * planned for a deposit already past due (the calendar shows it overdue).
 */
export async function scheduleDepositReminders(
  deps: DepositDeps,
  jobs: DepositReminderJobs,
  input: { clientId: string },
): Promise<DepositReminderPayload[]> {
  const found = await deps.payroll.inputs.clientById(input.clientId);
  if (!found) return [];
  const client = await requireClient(deps.payroll, found.ein);
  const today = clientToday(deps, client);
  const calendar = await computeDepositCalendar(deps, client, {
    from: today,
    to: addDays(today, PLAN_DAYS_AHEAD),
    asOf: today,
  });
  const zone = client.timezone || "America/New_York";
  const now = deps.clock.now().getTime();
  const planned: DepositReminderPayload[] = [];
  for (const d of calendar.deposits) {
    if (d.status === "paid") continue;
    const days: [DepositReminderPayload["kind"], string][] = [
      ["before", subtractBusinessDays(d.dueDate, REMINDER_BUSINESS_DAYS_BEFORE)],
      ["due_day", d.dueDate],
    ];
    for (const [kind, day] of days) {
      const at = DateTime.fromISO(`${day}T${String(REMINDER_HOUR).padStart(2, "0")}:00`, { zone }).toJSDate();
      const payload: DepositReminderPayload = {
        clientId: client.id,
        depositId: d.id,
        kind,
        dueDate: d.dueDate,
        at: at.toISOString(),
      };
      await jobs.scheduleReminder(payload, Math.max(0, at.getTime() - now));
      planned.push(payload);
    }
  }
  return planned;
}

/**
 * Sends one reminder to the specialists' channel when its deposit is still unpaid (a deposit marked
 * paid, or gone from the calendar after a void, sends nothing). The notification's key is the
 * deposit and kind: a retry or a second run delivers one message.
 */
export async function sendDepositReminder(
  deps: DepositDeps,
  notifier: Notifier,
  payload: DepositReminderPayload,
): Promise<"sent" | "paid" | "gone"> {
  const found = await deps.payroll.inputs.clientById(payload.clientId);
  if (!found) return "gone";
  const client = await requireClient(deps.payroll, found.ein);
  const calendar = await computeDepositCalendar(deps, client, {
    from: addDays(payload.dueDate, -31),
    to: addBusinessDays(payload.dueDate, 31),
    asOf: clientToday(deps, client),
  });
  const deposit = findDeposit(calendar, payload.depositId);
  if (!deposit) return "gone";
  if (deposit.status === "paid") return "paid";
  await notifier.notify({
    recipient: { kind: "specialists" },
    reply: reminderReply(client, deposit, payload.kind),
    idempotencyKey: `deposit-reminder-${payload.clientId}-${payload.depositId}-${payload.kind}`,
  });
  return "sent";
}
