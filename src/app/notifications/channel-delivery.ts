import type { Channel } from "../../conversation/channel";
import type { Reply } from "../../conversation/reply";
import type { Recipient } from "../notifier";

/** A person a notification is for, with the identities channels need to reach them. */
export type DeliveryTarget = {
  recipient: Recipient;
  /** Employee or staff id; absent for the specialists' channel. */
  personId?: string;
  /** `employee:<id>` / `staff:<id>`: the conversation engine's actor reference. */
  actorRef?: string;
  clientId?: string;
  slackTeamId?: string | null;
  slackUserId?: string | null;
  teamsTenantId?: string | null;
  teamsUserId?: string | null;
  email?: string;
  name?: string;
};

/** A channel's own address of a posted message (Slack channel + ts, Teams conversation + activity id). */
export type MessageAddress = Record<string, string>;

/**
 * What a channel implements to deliver notifications. `send` returns the posted message's address, or
 * `undefined` when this channel cannot reach the target (e.g. no Slack user id); it throws on a
 * transient failure so the delivery job retries.
 */
export type ChannelDelivery = {
  channel: Channel;
  send(target: DeliveryTarget, reply: Reply): Promise<MessageAddress | undefined>;
  update(address: MessageAddress, reply: Reply): Promise<void>;
};
