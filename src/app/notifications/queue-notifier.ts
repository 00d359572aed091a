import type { Reply } from "../../conversation/reply";
import { notifyDeliverJob, notifyUpdateJob } from "../../queue/notify.job";
import type { QueueRuntime } from "../../queue/queue-runtime";
import type { Notification, Notifier } from "../notifier";

/** Replaces every copy of an updatable message (all approvers' cards, in every channel). */
export type MessageUpdater = {
  update(update: { updateKey: string; reply: Reply; idempotencyKey: string }): Promise<void>;
};

/**
 * The production Notifier: every notification becomes a `notify.deliver` job, so delivery is retried,
 * rate-limited by the queue and never blocks the use case that sent it. Call it after your transaction
 * commits.
 */
export function createQueueNotifier(queue: QueueRuntime): Notifier & MessageUpdater {
  return {
    async notify(notification: Notification) {
      await notifyDeliverJob.enqueue(queue, notification);
    },
    async update(update) {
      await notifyUpdateJob.enqueue(queue, update);
    },
  };
}
