import type { Reply } from "../../conversation/reply";
import type { NotificationRepository } from "../../db/notification-repository";
import type { Logger } from "../../log/logger";
import { deliveryFailures } from "../../log/metrics";
import type { Notification } from "../notifier";
import type { ChannelDelivery, DeliveryTarget } from "./channel-delivery";

export type DeliveryDeps = {
  notifications: NotificationRepository;
  deliveries: readonly ChannelDelivery[];
  logger: Logger;
};

/** Looks up the identities a channel needs to reach the recipient; undefined when they no longer exist. */
export async function resolveDeliveryTarget(
  repo: NotificationRepository,
  recipient: Notification["recipient"],
): Promise<DeliveryTarget | undefined> {
  switch (recipient.kind) {
    case "employee": {
      const e = await repo.employeeTarget(recipient.employeeId);
      if (!e) return undefined;
      return {
        recipient,
        personId: e.id,
        actorRef: `employee:${e.id}`,
        clientId: e.clientId,
        slackTeamId: e.client.slackTeamId,
        slackUserId: e.slackUserId,
        teamsTenantId: e.client.teamsTenantId,
        teamsUserId: e.teamsUserId,
        email: e.email,
        name: e.name,
      };
    }
    case "staff": {
      const s = await repo.staffTarget(recipient.staffId);
      if (!s) return undefined;
      return {
        recipient,
        personId: s.id,
        actorRef: `staff:${s.id}`,
        slackUserId: s.slackUserId,
        teamsUserId: s.teamsUserId,
        email: s.email,
        name: s.name,
      };
    }
    case "specialists":
      return { recipient };
  }
}

/**
 * Delivers one notification on every channel that can reach the recipient, at most once per channel:
 * each channel's delivery is recorded under `<idempotencyKey>#<channel>`, so a retry after a partial
 * failure only sends what is missing. Messages with an `updateKey` are remembered for in-place updates.
 * @returns the channels that delivered it (now or earlier).
 */
export async function deliverNotification(deps: DeliveryDeps, notification: Notification): Promise<string[]> {
  const target = await resolveDeliveryTarget(deps.notifications, notification.recipient);
  if (!target) {
    deps.logger.warn({ key: notification.idempotencyKey }, "notification recipient no longer exists");
    return [];
  }
  const delivered: string[] = [];
  let failure: unknown;
  for (const delivery of deps.deliveries) {
    const key = `${notification.idempotencyKey}#${delivery.channel}`;
    if (await deps.notifications.wasDelivered(key)) {
      delivered.push(delivery.channel);
      continue;
    }
    try {
      const address = await delivery.send(target, notification.reply);
      if (!address) continue;
      if (notification.reply.updateKey) {
        await deps.notifications.rememberMessage(notification.reply.updateKey, delivery.channel, address);
      }
      await deps.notifications.recordDelivery(key, notification.recipient, [delivery.channel]);
      delivered.push(delivery.channel);
    } catch (error) {
      // Keep going so one channel's outage does not hold the others back; the job retries the rest.
      failure = error;
      deliveryFailures.inc({ channel: delivery.channel });
      deps.logger.warn(
        { channel: delivery.channel, err: (error as Error).message },
        "channel delivery failed",
      );
    }
  }
  if (failure) throw failure;
  return delivered;
}

/** Replaces every remembered copy of the message carrying `updateKey` (e.g. all approval cards). */
export async function updateMessages(deps: DeliveryDeps, updateKey: string, reply: Reply): Promise<number> {
  const refs = await deps.notifications.messagesFor(updateKey);
  let updated = 0;
  for (const ref of refs) {
    const delivery = deps.deliveries.find((d) => d.channel === ref.channel);
    if (!delivery) continue;
    await delivery.update(ref.address, { ...reply, updateKey });
    updated += 1;
  }
  return updated;
}
