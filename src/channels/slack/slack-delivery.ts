import type {
  ChannelDelivery,
  DeliveryTarget,
  MessageAddress,
} from "../../app/notifications/channel-delivery";
import type { Reply } from "../../conversation/reply";
import type { SlackThreadRepository } from "../../db/slack-thread-repository";
import type { Logger } from "../../log/logger";
import { deliveriesDropped } from "../../log/metrics";
import { createPacer } from "../pacer";
import { renderMessage } from "./render-blocks";
import type { SlackClients, WebClient } from "./slack-clients";

export type SlackDeliveryDeps = {
  clients: SlackClients;
  threads: SlackThreadRepository;
  specialistsChannel: string | undefined;
  logger: Logger;
  /** Minimum spacing of posts to one channel (ms, default 1,000). */
  minIntervalMs?: number;
};

/** Opens (or finds) the bot's DM with a user; cached per client and user. */
export function createDmOpener() {
  const cache = new Map<string, string>();
  return async function openDm(client: WebClient, userId: string): Promise<string> {
    const key = `${client.slackApiUrl}|${userId}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const opened = await client.conversations.open({ users: userId });
    const id = opened.channel?.id;
    if (!id) throw new Error("conversations.open returned no channel");
    cache.set(key, id);
    return id;
  };
}

/**
 * Notifications over Slack (`ChannelDelivery`), run by the `notify.*` jobs: a person gets a DM
 * (`conversations.open` + `chat.postMessage`); `{kind: "specialists"}` goes to SLACK_SPECIALISTS_CHANNEL,
 * one thread per case (its first message starts the thread, remembered in the database); `update`
 * edits a message in place with `chat.update`. Throws on failures so the job retries.
 */
export function createSlackDelivery(deps: SlackDeliveryDeps): ChannelDelivery {
  const pace = createPacer(deps.minIntervalMs ?? 1000);
  const openDm = createDmOpener();

  async function post(client: WebClient, channel: string, reply: Reply, threadTs?: string): Promise<string> {
    await pace(channel);
    const posted = await client.chat.postMessage({
      channel,
      ...renderMessage(reply),
      ...(threadTs ? { thread_ts: threadTs } : {}),
      unfurl_links: false,
    });
    if (!posted.ts) throw new Error("chat.postMessage returned no ts");
    return posted.ts;
  }

  /**
   * A workspace that uninstalled the app gets nothing, and the message is dropped rather than failed:
   * a retry could never succeed. The drop is logged (without the message) and counted.
   */
  async function warnIfDisabled(team: string | null | undefined): Promise<void> {
    if (!(await deps.clients.isDisabled(team))) return;
    deps.logger.warn(
      { team, event: "slack.delivery_dropped" },
      "slack message dropped: the workspace uninstalled the app",
    );
    deliveriesDropped.inc({ channel: "slack", reason: "workspace_disabled" });
  }

  return {
    channel: "slack",
    async send(target: DeliveryTarget, reply: Reply): Promise<MessageAddress | undefined> {
      if (target.recipient.kind === "specialists") {
        const channel = deps.specialistsChannel;
        if (!channel) return undefined;
        const client = await deps.clients.home();
        if (!client) return undefined;
        const caseId = target.recipient.caseId;
        const thread = caseId ? await deps.threads.threadOfCase(caseId) : undefined;
        const ts = await post(client, thread?.channel ?? channel, reply, thread?.threadTs);
        if (caseId && !thread) await deps.threads.rememberThread(caseId, channel, ts);
        return { channel: thread?.channel ?? channel, ts };
      }
      if (!target.slackUserId) return undefined;
      // Staff live in the ASO's workspace; employees in their employer's.
      const client =
        target.recipient.kind === "staff"
          ? await deps.clients.home()
          : await deps.clients.forTeam(target.slackTeamId);
      if (!client) {
        await warnIfDisabled(target.slackTeamId);
        return undefined;
      }
      const channel = await openDm(client, target.slackUserId);
      const ts = await post(client, channel, reply);
      return { channel, ts, ...(target.slackTeamId ? { team: target.slackTeamId } : {}) };
    },
    async update(address: MessageAddress, reply: Reply): Promise<void> {
      const { channel, ts, team } = address;
      if (!channel || !ts) return;
      const client = team ? await deps.clients.forTeam(team) : await deps.clients.home();
      if (!client) {
        await warnIfDisabled(team);
        return;
      }
      await client.chat.update({ channel, ts, ...renderMessage(reply) });
    },
  };
}
