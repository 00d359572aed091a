import type {
  ChannelDelivery,
  DeliveryTarget,
  MessageAddress,
} from "../../app/notifications/channel-delivery";
import type { Reply } from "../../conversation/reply";
import type {
  StoredConversationReference,
  TeamsConversationRepository,
} from "../../db/teams-conversation-repository";
import type { Logger } from "../../log/logger";
import { createPacer } from "../pacer";
import { decidedCard, renderMessage } from "./render-card";
import { sendToConversation, type TeamsAdapter, updateInConversation } from "./teams-adapter";

export type TeamsDeliveryDeps = {
  teams: TeamsAdapter;
  store: TeamsConversationRepository;
  /** TEAMS_SPECIALISTS_CONVERSATION_ID: the ASO specialists' channel. */
  specialistsConversationId: string | undefined;
  logger: Logger;
  /** Per-conversation spacing (default 1000/7 ms) and per-tenant spacing (default 1000/30 ms). */
  perConversationMs?: number;
  perTenantMs?: number;
};

/** The channel's base conversation id (without `;messageid=…` of a thread). */
export function baseConversationId(id: string): string {
  return id.split(";messageid=")[0] ?? id;
}

/**
 * Notifications over Teams (`ChannelDelivery`), run by the `notify.*` jobs. A person gets the message
 * in their personal chat with the bot, through the conversation reference stored when they first
 * talked to it or installed the app (no reference → `undefined`: Teams cannot reach them yet).
 * `{kind: "specialists"}` goes to TEAMS_SPECIALISTS_CONVERSATION_ID, one thread per case. Updatable
 * messages (`updateKey`) carry a Universal Actions `refresh` for their recipient and are replaced in
 * place by `update` (`updateActivity`). Throws on failures (429 included) so the job retries.
 */
export function createTeamsDelivery(deps: TeamsDeliveryDeps): ChannelDelivery {
  const paceConversation = createPacer(deps.perConversationMs ?? Math.ceil(1000 / 7));
  const paceTenant = createPacer(deps.perTenantMs ?? Math.ceil(1000 / 30));

  async function pace(reference: StoredConversationReference): Promise<void> {
    await paceTenant(reference.conversation.tenantId ?? "");
    await paceConversation(baseConversationId(reference.conversation.id));
  }

  async function post(reference: StoredConversationReference, reply: Reply, refreshUserIds: string[]) {
    const message = renderMessage(reply, { refreshUserIds });
    const card = message.attachments?.[0]?.content;
    // Stored before posting: a click can arrive as soon as the card is shown.
    if (reply.updateKey && card) await deps.store.saveCardIfAbsent(reply.updateKey, card, refreshUserIds);
    await pace(reference);
    const [id] = await sendToConversation(deps.teams, reference, [message]);
    if (!id) throw new Error("teams: the Bot Connector returned no activity id");
    return id;
  }

  return {
    channel: "teams",
    async send(target: DeliveryTarget, reply: Reply): Promise<MessageAddress | undefined> {
      if (target.recipient.kind === "specialists") {
        const channelId = deps.specialistsConversationId;
        if (!channelId) return undefined;
        const channel = await deps.store.referenceOf(channelId);
        if (!channel) {
          deps.logger.warn(
            "teams: the specialists' channel has no stored reference yet (install the app in its team)",
          );
          return undefined;
        }
        const caseId = target.recipient.caseId;
        const thread = caseId ? await deps.store.threadOfCase(caseId) : undefined;
        const conversationId = thread ? `${channelId};messageid=${thread.activityId}` : channelId;
        const reference = { ...channel, conversation: { ...channel.conversation, id: conversationId } };
        const id = await post(reference, reply, []);
        if (caseId && !thread) await deps.store.rememberThread(caseId, channelId, id);
        return { conversation: conversationId, activity: id };
      }
      if (!target.teamsUserId) return undefined;
      const reference = await deps.store.personalReference(target.teamsUserId, target.teamsTenantId);
      if (!reference) return undefined;
      const id = await post(reference, reply, reference.user?.id ? [reference.user.id] : []);
      return { conversation: reference.conversation.id, activity: id };
    },
    async update(address: MessageAddress, reply: Reply): Promise<void> {
      const { conversation, activity } = address;
      if (!conversation || !activity) return;
      const stored = await deps.store.referenceOf(baseConversationId(conversation));
      if (!stored) return;
      const reference = { ...stored, conversation: { ...stored.conversation, id: conversation } };
      const original = reply.updateKey ? await deps.store.cardOf(reply.updateKey) : undefined;
      const card = decidedCard(original, reply);
      await pace(reference);
      await updateInConversation(deps.teams, reference, activity, {
        type: "message",
        attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }],
      });
    },
  };
}
