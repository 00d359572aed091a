import {
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationReference,
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
} from "botbuilder";
import { DateTime } from "luxon";
import type { CaseDeskDeps } from "../../app/cases/case-desk-deps";
import { sendSpecialistMessage } from "../../app/cases/send-specialist-message";
import { resolveTeamsActor } from "../../app/identity/resolve-actor";
import type { MessageUpdater } from "../../app/notifications/queue-notifier";
import type { ConversationDeps, TurnInput } from "../../conversation/engine";
import { handleTurn } from "../../conversation/engine";
import { type CommandRef, canReplaceClickedCard, type Reply } from "../../conversation/reply";
import type { Actor } from "../../core/policy/actor";
import type { DocumentRepository } from "../../db/document-repository";
import type { IdentityRepository } from "../../db/identity-repository";
import type {
  StoredConversationReference,
  TeamsConversationKind,
  TeamsConversationRepository,
} from "../../db/teams-conversation-repository";
import { isDomainError, userMessageOf } from "../../errors/domain-error";
import type { Logger } from "../../log/logger";
import {
  type AdaptiveCard,
  cardInvokeResponse,
  commandFromCardData,
  decidedCard,
  decisionVerb,
  REFRESH_VERB,
  refreshKeyOf,
  renderCard,
  renderMessage,
} from "./render-card";
import { personalConversation, sendToConversation, type TeamsAdapter } from "./teams-adapter";
import { baseConversationId } from "./teams-delivery";

export const NOT_SET_UP =
  "Hi! You're not set up with the HR assistant yet. Please ask your HR administrator to add you, then try again.";
export const MOVED_TO_PERSONAL = "I've sent you the details in our personal chat, since they are personal.";
const INVALID_DATA = "That button's data was not valid.";

export type TeamsBotDeps = {
  teams: TeamsAdapter;
  conversation: ConversationDeps;
  identities: IdentityRepository;
  store: TeamsConversationRepository;
  cases: CaseDeskDeps;
  /** Documents a reply names, attached to the message in the personal chat. */
  documents?: DocumentRepository;
  /** Replaces the other copies of a decided message (other approvers, Slack) through the queue. */
  updater?: MessageUpdater;
  /** TEAMS_SPECIALISTS_CONVERSATION_ID. */
  specialistsConversationId?: string | undefined;
  logger: Logger;
};

type EmployeeRelay = {
  relayFromEmployee(input: { actor: Actor; text: string; idempotencyKey?: string }): Promise<unknown>;
};

function tenantOf(activity: Activity): string {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id ?? "";
}

function kindOf(activity: Activity): TeamsConversationKind {
  const type = activity.conversation?.conversationType;
  return type === "channel" ? "channel" : type === "groupChat" ? "groupChat" : "personal";
}

function mentionsBot(activity: Activity): boolean {
  return (activity.entities ?? []).some(
    (e) =>
      e.type === "mention" && (e as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient?.id,
  );
}

/** The root message of the thread an activity belongs to (a channel conversation id carries it). */
function threadRootOf(conversationId: string): string | undefined {
  return conversationId.split(";messageid=")[1];
}

/**
 * The Teams bot: personal chat, @mentions in channels and group chats (answered in the thread;
 * personal replies go to the personal chat with a pointer in the thread), Adaptive Card actions
 * (`Action.Execute` invokes and `Action.Submit` messages), installation and membership events
 * (conversation references for proactive messages), and specialists writing in a case thread.
 * Every message or click is a conversation-engine turn. Activity ids are claimed once, so Teams'
 * redeliveries and 15-second invoke retries run nothing twice.
 */
export class TeamsBot extends TeamsActivityHandler {
  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onInstallationUpdate(async (context, next) => {
      await this.remember(context.activity);
      await next();
    });
  }

  protected override async onConversationUpdateActivity(context: TurnContext): Promise<void> {
    await this.remember(context.activity);
    await super.onConversationUpdateActivity(context);
  }

  // ---- conversation references ---------------------------------------------------------------------
  private async remember(activity: Activity): Promise<void> {
    const kind = kindOf(activity);
    const { activityId: _replyTo, ...reference } = TurnContext.getConversationReference(
      activity,
    ) as StoredConversationReference;
    if (!reference.serviceUrl || !reference.conversation?.id) return;
    // Channels are stored once (threads are addressed by `;messageid=`); no activity id to reply to.
    const id = kind === "channel" ? baseConversationId(reference.conversation.id) : reference.conversation.id;
    const stored: StoredConversationReference = {
      ...reference,
      conversation: { ...reference.conversation, id },
    };
    try {
      await this.deps.store.saveReference({
        kind,
        tenantId: tenantOf(activity),
        ...(kind === "personal" && activity.from?.aadObjectId
          ? { aadObjectId: activity.from.aadObjectId }
          : {}),
        reference: stored,
      });
    } catch (error) {
      this.deps.logger.warn(
        { err: (error as Error).message },
        "teams: storing the conversation reference failed",
      );
    }
  }

  // ---- identity ------------------------------------------------------------------------------------
  private async actorOf(context: TurnContext): Promise<Actor | undefined> {
    const { activity } = context;
    const aadObjectId = activity.from?.aadObjectId;
    if (!aadObjectId) return undefined;
    const tenantId = tenantOf(activity);
    const first = await resolveTeamsActor(this.deps.identities, { tenantId, aadObjectId });
    if (first) return first;
    // First contact: the UPN/email from the roster, remembered by the identity repository.
    let email: string | undefined;
    try {
      const member = await TeamsInfo.getMember(context, activity.from.id);
      email = member.email ?? member.userPrincipalName ?? undefined;
    } catch (error) {
      this.deps.logger.warn({ err: (error as Error).message }, "teams: roster lookup failed");
    }
    if (!email) return undefined;
    return resolveTeamsActor(this.deps.identities, { tenantId, aadObjectId, email });
  }

  private conversationKey(activity: Activity): string {
    // A channel thread's id carries `;messageid=<root>`, so each thread is its own conversation.
    return `teams:${tenantOf(activity)}:${activity.from.aadObjectId ?? activity.from.id}:${activity.conversation.id}`;
  }

  private async turn(actor: Actor, conversationKey: string, input: TurnInput): Promise<Reply[]> {
    try {
      return await handleTurn(this.deps.conversation, { actor, channel: "teams", conversationKey, input });
    } catch (error) {
      this.deps.logger.warn(
        { err: (error as Error).message, code: isDomainError(error) ? error.code : undefined },
        "teams turn failed",
      );
      return [{ blocks: [{ kind: "status", tone: "warning", text: userMessageOf(error) }] }];
    }
  }

  /** Posts replies where the turn happened; personal ones only in the personal chat. */
  private async postReplies(context: TurnContext, replies: readonly Reply[]): Promise<void> {
    const { activity } = context;
    const shared = kindOf(activity) !== "personal";
    const personal: Reply[] = [];
    for (const reply of replies) {
      if (reply.blocks.length === 0) continue;
      if (shared && reply.personal) {
        personal.push(reply);
        continue;
      }
      await context.sendActivity(
        (await this.withDocuments(reply, renderMessage(reply))) as Partial<Activity>,
      );
    }
    if (personal.length === 0) return;
    const reference = await personalConversation(
      this.deps.teams,
      this.deps.store,
      {
        id: activity.from.id,
        aadObjectId: activity.from.aadObjectId ?? activity.from.id,
        tenantId: tenantOf(activity),
        serviceUrl: activity.serviceUrl,
      },
      activity.recipient,
    );
    const refresh = reference.user?.id ? [reference.user.id] : [];
    const messages = await Promise.all(
      personal.map((r) => this.withDocuments(r, renderMessage(r, { refreshUserIds: refresh }))),
    );
    for (const [i, message] of messages.entries()) {
      const updateKey = personal[i]!.updateKey;
      const card = message.attachments?.[0]?.content;
      if (updateKey && card) await this.deps.store.saveCardIfAbsent(updateKey, card, refresh);
    }
    await sendToConversation(this.deps.teams, reference, messages as Partial<Activity>[]);
    await context.sendActivity({ type: "message", text: MOVED_TO_PERSONAL });
  }

  /**
   * A document block's PDF rides along as a file attachment of the same message (inline, as a data
   * URL), which only ever goes to the personal chat: document replies are personal. Only a document
   * stored for the employee the block names is attached.
   */
  private async withDocuments<M extends { attachments?: unknown[] }>(reply: Reply, message: M): Promise<M> {
    const files: unknown[] = [];
    for (const block of reply.blocks) {
      if (block.kind !== "document" || !this.deps.documents) continue;
      const found = await this.deps.documents.findForEmployee(block.documentId, block.employeeId);
      if (!found) continue;
      files.push({
        contentType: "application/pdf",
        contentUrl: `data:application/pdf;base64,${found.pdf.toString("base64")}`,
        name: found.fileName,
      });
    }
    return files.length === 0
      ? message
      : { ...message, attachments: [...(message.attachments ?? []), ...files] };
  }

  // ---- messages (text, and Action.Submit from older clients) --------------------------------------
  private async handleMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    if (!activity.from?.id || activity.from.id === activity.recipient?.id) return;
    if (activity.id && !(await this.deps.store.firstDelivery(`${activity.conversation.id}|${activity.id}`))) {
      this.deps.logger.info("teams activity redelivered; skipped");
      return;
    }
    await this.remember(activity);
    const hasValue = activity.value !== undefined && activity.value !== null;
    const inSpecialistsChannel =
      Boolean(this.deps.specialistsConversationId) &&
      baseConversationId(activity.conversation.id) === this.deps.specialistsConversationId;
    // With the channel-message permission (RSC) Teams sends every channel message: only @mentions of
    // the bot, card submissions and the specialists' case threads are for us.
    const addressed = kindOf(activity) === "personal" || hasValue || mentionsBot(activity);
    if (!addressed && !inSpecialistsChannel) return;
    const actor = await this.actorOf(context);
    if (!addressed) {
      // A message in the specialists' channel: only a staff member's reply in a case thread counts.
      const text = TurnContext.removeRecipientMention(activity)?.trim() ?? "";
      if (actor && text !== "") await this.specialistInThread(context, actor, text);
      return;
    }
    if (!actor) {
      await context.sendActivity({ type: "message", text: NOT_SET_UP });
      return;
    }
    const key = this.conversationKey(activity);
    if (hasValue) {
      const command = commandFromCardData(activity.value);
      const replies = command
        ? await this.turn(actor, key, { kind: "command", command })
        : [{ blocks: [{ kind: "status" as const, tone: "warning" as const, text: INVALID_DATA }] }];
      if (command && activity.replyToId)
        await this.replaceClicked(context, actor, command, replies, activity.replyToId);
      await this.postReplies(context, replies);
      return;
    }
    const text = TurnContext.removeRecipientMention(activity)?.trim() ?? "";
    if (text === "") return;

    if (await this.specialistInThread(context, actor, text)) return;

    if (
      kindOf(activity) === "personal" &&
      actor.kind === "employee" &&
      "relayFromEmployee" in this.deps.conversation.caseDesk
    ) {
      const relay = this.deps.conversation.caseDesk as unknown as EmployeeRelay;
      const relayed = await relay
        .relayFromEmployee({
          actor,
          text,
          idempotencyKey: `teams:${activity.conversation.id}:${activity.id}`,
        })
        .catch((error) => {
          this.deps.logger.warn({ err: (error as Error).message }, "relay to case failed");
          return undefined;
        });
      if (relayed) return;
    }
    await this.postReplies(context, await this.turn(actor, key, { kind: "text", text }));
  }

  /** A specialist writing in a case's thread of the specialists' channel: relayed to the employee. */
  private async specialistInThread(context: TurnContext, actor: Actor, text: string): Promise<boolean> {
    const { activity } = context;
    const channel = this.deps.specialistsConversationId;
    if (!channel || baseConversationId(activity.conversation.id) !== channel) return false;
    const root = threadRootOf(activity.conversation.id);
    if (!root || root === activity.id) return false;
    const caseId = await this.deps.store.caseOfThread(channel, root);
    if (!caseId) return false;
    if (actor.kind !== "staff") return true;
    try {
      await sendSpecialistMessage(this.deps.cases, {
        actor,
        caseId,
        text,
        idempotencyKey: `teams:${activity.conversation.id}:${activity.id}`,
      });
    } catch (error) {
      await context.sendActivity({ type: "message", text: userMessageOf(error) });
    }
    return true;
  }

  // ---- Universal Actions (Action.Execute) ----------------------------------------------------------
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { activity } = context;
    const data = invokeValue.action?.data;
    if (invokeValue.action?.verb === REFRESH_VERB) {
      const updateKey = refreshKeyOf(data);
      // Only someone the card was shown to may fetch its latest state; an id alone opens nothing.
      const viewer = activity.from?.id;
      const card = updateKey && viewer ? await this.deps.store.cardForViewer(updateKey, viewer) : undefined;
      return card
        ? (cardInvokeResponse(card) as AdaptiveCardInvokeResponse)
        : { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: "" as never };
    }
    const activityKey = `invoke|${activity.conversation.id}|${activity.id ?? ""}`;
    if (activity.id && !(await this.deps.store.firstDelivery(activityKey))) {
      // A re-sent invoke: answer with what the first one answered; run it again only if that one
      // never finished (the commands are idempotent).
      const earlier = await this.deps.store.responseOf(activityKey);
      if (earlier) return earlier as AdaptiveCardInvokeResponse;
    }
    await this.remember(activity);
    const actor = await this.actorOf(context);
    if (!actor) return this.messageResponse(NOT_SET_UP);
    const command = commandFromCardData(data);
    if (!command) return this.messageResponse(INVALID_DATA);
    const replies = await this.turn(actor, this.conversationKey(activity), { kind: "command", command });
    const response = await this.replaceClicked(context, actor, command, replies, activity.replyToId);
    const rest = replies.filter((r) => r !== response.used);
    await this.postReplies(context, rest);
    if (activity.id)
      await this.deps.store.recordResponse(activityKey, response.invoke).catch(() => undefined);
    return response.invoke;
  }

  private messageResponse(text: string): AdaptiveCardInvokeResponse {
    return { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text as never };
  }

  /**
   * The clicked card, refreshed: for an updatable message (`updateKey`) its original content with the
   * outcome and "Approved by … at …"; stored as the message's latest card (refresh invokes answer with
   * it), put in place of the clicked message for everyone in this conversation, and sent to the other
   * copies (other approvers, Slack) through the queue. Otherwise the first reply replaces the card.
   */
  private async replaceClicked(
    context: TurnContext,
    actor: Actor,
    command: CommandRef,
    replies: readonly Reply[],
    replyToId: string | undefined,
  ): Promise<{ invoke: AdaptiveCardInvokeResponse; used?: Reply }> {
    const shared = kindOf(context.activity) !== "personal";
    const first = replies.find((r) => canReplaceClickedCard(r) && !(shared && r.personal));
    // Nothing decided (View details): the card stays as it is, the answer comes as a new message.
    if (!first && replies.length > 0 && replies.every((r) => r.keepsCard))
      return { invoke: this.messageResponse("See below.") };
    if (!first) {
      return {
        invoke: cardInvokeResponse(
          renderCard({ blocks: [{ kind: "status", tone: "info", text: "Done — see below." }] }),
        ) as AdaptiveCardInvokeResponse,
      };
    }
    let card: AdaptiveCard;
    if (first.updateKey) {
      const status = first.blocks.find((b) => b.kind === "status");
      const verb = decisionVerb(command.name);
      const decided = status && status.tone !== "info" && verb && actor.kind !== "system";
      const footer = decided
        ? `${verb} by ${actor.name} at ${DateTime.fromJSDate(this.deps.conversation.clock.now(), { zone: actor.timezone }).toFormat("yyyy-LL-dd HH:mm ZZZZ")}`
        : undefined;
      const original = await this.deps.store.cardOf(first.updateKey);
      card = decidedCard(original, first, footer);
      await this.deps.store.saveCard(first.updateKey, card);
      const outcome: Reply = {
        updateKey: first.updateKey,
        blocks: [...first.blocks, ...(footer ? [{ kind: "text" as const, text: footer }] : [])],
      };
      if (decided) {
        await this.deps.updater
          ?.update({
            updateKey: first.updateKey,
            reply: outcome,
            idempotencyKey: `teams-decision:${context.activity.id ?? first.updateKey}`,
          })
          .catch((error) =>
            this.deps.logger.warn({ err: (error as Error).message }, "teams: queueing card updates failed"),
          );
      }
    } else {
      card = renderCard(first);
    }
    if (replyToId) {
      await context
        .updateActivity({
          type: "message",
          id: replyToId,
          attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }],
        })
        .catch((error) =>
          this.deps.logger.warn({ err: (error as Error).message }, "teams: updating the clicked card failed"),
        );
    }
    return { invoke: cardInvokeResponse(card) as AdaptiveCardInvokeResponse, used: first };
  }
}

export type { ConversationReference };
