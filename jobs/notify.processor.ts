import { deliverNotification, updateMessages } from "../src/app/notifications/deliver-notification";
import type { Notification } from "../src/app/notifier";
import type { Reply } from "../src/conversation/reply";
import { notifyDeliverJob, notifyUpdateJob } from "../src/queue/notify.job";
import { defineJobProcessor } from "./job-deps";

export const notifyDeliverProcessor = defineJobProcessor(notifyDeliverJob, async (payload, ctx) => {
  const channels = await deliverNotification(
    {
      notifications: ctx.deps.services.notifications,
      deliveries: ctx.deps.deliveries,
      logger: ctx.deps.logger,
    },
    payload as Notification,
  );
  return { channels };
});

export const notifyUpdateProcessor = defineJobProcessor(notifyUpdateJob, async (payload, ctx) => {
  const updated = await updateMessages(
    {
      notifications: ctx.deps.services.notifications,
      deliveries: ctx.deps.deliveries,
      logger: ctx.deps.logger,
    },
    payload.updateKey,
    payload.reply as Reply,
  );
  return { updated };
});
