import type { NotificationRepository } from "../../db/notification-repository";
import type { Logger } from "../../log/logger";
import type { ChannelDelivery } from "../notifications/channel-delivery";
import { deliverNotification } from "../notifications/deliver-notification";
import type { Notifier } from "../notifier";

/**
 * A Notifier that delivers on the channels before it resolves (exactly once per channel, recorded by
 * the notification repository), instead of enqueueing a `notify.deliver` job. Relayed case messages
 * use it: the queued notifier runs its jobs in parallel, so message 4 could overtake message 3; here
 * the delivery job only moves on once the channel has the message.
 */
export function createChannelNotifier(deps: {
  notifications: NotificationRepository;
  deliveries: readonly ChannelDelivery[];
  logger: Logger;
}): Notifier {
  return {
    async notify(notification) {
      await deliverNotification(deps, notification);
    },
  };
}
