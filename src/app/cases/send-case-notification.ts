import type { Reply } from "../../conversation/reply";
import type { Recipient } from "../notifier";
import type { CaseWorkerDeps } from "./case-desk-deps";

/**
 * Sends one outbox notification and marks it sent. `send` goes through the Notifier (its idempotency
 * key makes a resend a no-op); `update` replaces every copy of the case card through the notifier's
 * in-place updater, falling back to a new message when the notifier cannot update.
 */
export async function sendCaseNotification(
  deps: CaseWorkerDeps,
  input: { notificationId: string },
): Promise<{ sent: boolean }> {
  const row = await deps.cases.notificationById(input.notificationId);
  if (!row || row.sentAt) return { sent: false };
  const reply = row.reply as Reply;
  if (row.kind === "update" && reply.updateKey && deps.notifier.update) {
    await deps.notifier.update({ updateKey: reply.updateKey, reply, idempotencyKey: row.idempotencyKey });
  } else {
    await deps.notifier.notify({
      recipient: row.recipient as Recipient,
      reply,
      idempotencyKey: row.idempotencyKey,
    });
  }
  await deps.cases.markNotificationSent(row.id, deps.clock.now());
  return { sent: true };
}
