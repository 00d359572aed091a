import { deliverNotification, updateMessages } from "../src/app/notifications/deliver-notification";
import type { Notification } from "../src/app/notifier";
import type { Reply } from "../src/conversation/reply";
import { createNotificationRepository } from "../src/db/notification-repository";
import { notifyDeliverJob, notifyUpdateJob } from "../src/queue/notify.job";
import { defineJobProcessor } from "./job-deps";

export const notifyDeliverProcessor = defineJobProcessor(notifyDeliverJob, async (payload, ctx) => {
  const channels = await deliverNotification(
    {
      notifications: createNotificationRepository(ctx.deps.db.prisma),
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
      notifications: createNotificationRepository(ctx.deps.db.prisma),
      deliveries: ctx.deps.deliveries,
      logger: ctx.deps.logger,
    },
    payload.updateKey,
    payload.reply as Reply,
  );
  return { updated };
});
