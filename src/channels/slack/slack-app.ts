import { App, type Authorize, SocketModeReceiver } from "@slack/bolt";
import { DateTime } from "luxon";
import type { CaseDeskDeps } from "../../app/cases/case-desk-deps";
import { listMyOpenCases } from "../../app/cases/list-cases";
import { sendSpecialistMessage } from "../../app/cases/send-specialist-message";
import { resolveSlackActor } from "../../app/identity/resolve-actor";
import { getMyLastPaycheck } from "../../app/payroll/paycheck-queries";
import type { PayrollDeps } from "../../app/payroll/payroll-deps";
import { getPtoBalance } from "../../app/pto/get-pto-balance";
import type { TimesheetDeps } from "../../app/timesheets/deps";
import { getMyTimesheet } from "../../app/timesheets/get-my-timesheet";
import { listPendingApprovals } from "../../app/timesheets/list-pending-approvals";
import { approvalCard } from "../../app/timesheets/replies";
import type { ConversationDeps, TurnInput } from "../../conversation/engine";
import { handleTurn } from "../../conversation/engine";
import { canReplaceClickedCard, type Reply } from "../../conversation/reply";
import type { Clock } from "../../core/clock";
import type { Actor } from "../../core/policy/actor";
import type { DocumentRepository } from "../../db/document-repository";
import type { IdentityRepository } from "../../db/identity-repository";
import type { SlackEventRepository } from "../../db/slack-event-repository";
import type { SlackInstallationRepository } from "../../db/slack-installation-repository";
import type { SlackThreadRepository } from "../../db/slack-thread-repository";
import { isDomainError, userMessageOf } from "../../errors/domain-error";
import type { Logger } from "../../log/logger";
import { boltLogger } from "./bolt-logger";
import {
  COMMAND_ACTION_ID,
  commandFromSubmission,
  decodeCommandValue,
  decodeFormValue,
  FORM_CALLBACK_ID,
  formsOf,
  type HomeSection,
  OPEN_FORM_ACTION_ID,
  parseFormMetadata,
  renderBlock,
  renderHome,
  renderMessage,
  renderModal,
  type SlackBlock,
  withoutForms,
} from "./render-blocks";
import type { SlackClients, WebClient } from "./slack-clients";
import { createDmOpener } from "./slack-delivery";
import { ptoRequestForm, timesheetDayForm, timesheetWeekForm } from "./slack-forms";
import { SlackHttpReceiver } from "./slack-receiver";

export const NOT_SET_UP =
  "Hi! You're not set up with the HR assistant yet. Please ask your HR administrator to add you, then try again.";
const MOVED_TO_DM = "I've sent you the details in a direct message, since they are personal.";

export type SlackAppDeps = {
  /** Where events arrive: signed HTTP requests, or (local development) Slack's WebSocket. */
  transport: { kind: "http"; signingSecret: string } | { kind: "socket"; appToken: string };
  /** Single-workspace mode: the bot token and identity (no `auth.test` at start). */
  botToken?: string | undefined;
  botId?: string | undefined;
  botUserId?: string | undefined;
  /** Multi-workspace mode: the bot token of the workspace an event comes from. */
  authorize?: Authorize<boolean>;
  apiUrl: string;
  /** Web API retries (tests: 0). */
  retries?: number;
  specialistsChannel?: string | undefined;
  clock: Clock;
  logger: Logger;
  conversation: ConversationDeps;
  identities: IdentityRepository;
  events: SlackEventRepository;
  threads: SlackThreadRepository;
  clients: SlackClients;
  /** Records workspaces that uninstalled the app or revoked its token (deliveries to them stop). */
  workspaces?: Pick<SlackInstallationRepository, "disable">;
  timesheets: TimesheetDeps;
  /** App Home's "My last paycheck". */
  payroll: PayrollDeps;
  cases: CaseDeskDeps;
  /** Documents a reply names, uploaded as files to the person's DM. */
  documents?: DocumentRepository;
  /** Turns running at once after their ack (the rest wait in memory); default 2. */
  workConcurrency?: number;
};

/**
 * Runs the work that follows an ack: at most `limit` tasks at once, FIFO, and none starts while Slack
 * requests are waiting for their ack (`busy()`), unless it has waited `maxDeferMs` already. The work
 * shares the event loop with the HTTP server; this keeps acks fast during bursts of clicks.
 */
export function createLimiter(limit: number, options: { busy?: () => boolean; maxDeferMs?: number } = {}) {
  let active = 0;
  const waiting: { resolve: () => void; since: number }[] = [];
  const maxDeferMs = options.maxDeferMs ?? 2000;
  let retryScheduled = false;
  const pump = () => {
    retryScheduled = false;
    while (active < limit && waiting.length > 0) {
      const head = waiting[0]!;
      if (options.busy?.() && Date.now() - head.since < maxDeferMs) {
        if (!retryScheduled) {
          retryScheduled = true;
          setTimeout(pump, 2);
        }
        return;
      }
      waiting.shift();
      active += 1;
      head.resolve();
    }
  };
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    await new Promise<void>((resolve) => {
      waiting.push({ resolve, since: Date.now() });
      // Let the ack's response go out before any work starts.
      setImmediate(pump);
    });
    try {
      return await task();
    } finally {
      active -= 1;
      setImmediate(pump);
    }
  };
}

/**
 * Runs tasks with the same key one after another (in arrival order), different keys in parallel. Two
 * clicks of one person in one conversation then never race on the conversation state.
 */
export function createKeyedSerializer() {
  const tails = new Map<string, Promise<unknown>>();
  return async function serial<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

/** Where a turn's replies go: the channel (and thread) it came from; `shared` = not a DM. */
type Place = { channel: string; threadTs?: string | undefined; shared: boolean };

type SlackUserRef = { id: string; team_id?: string };
type ActionBody = {
  type: "block_actions";
  user: SlackUserRef;
  team?: { id: string } | null;
  enterprise?: { id: string } | null;
  trigger_id?: string;
  channel?: { id: string };
  container?: { type: string; channel_id?: string; message_ts?: string; thread_ts?: string };
  message?: { ts: string; thread_ts?: string; blocks?: SlackBlock[]; text?: string };
  view?: { type: string };
  actions: { action_id: string; value?: string }[];
};
type ViewBody = {
  type: "view_submission";
  user: SlackUserRef;
  team?: { id: string } | null;
  enterprise?: { id: string } | null;
  view: { private_metadata?: string; state: { values: Record<string, Record<string, never>> } };
};

/** A DM channel id starts with D: only there may personal data be posted. */
export const isDirectChannel = (channel: string) => channel.startsWith("D");

/**
 * The Slack app: Bolt on a custom receiver (signature checked against the app clock), or on Bolt's
 * Socket Mode receiver in local development, listening for DMs, @mentions, `/hr`, buttons, modal
 * submissions and App Home. Every message and click becomes a conversation-engine turn; replies are
 * rendered to Block Kit. Listeners ack first and work after.
 */
export function createSlackApp(deps: SlackAppDeps): {
  app: App;
  receiver: SlackHttpReceiver | SocketModeReceiver;
} {
  const { logger, conversation } = deps;
  const clientOptions = {
    slackApiUrl: deps.apiUrl,
    retryConfig: { retries: deps.retries ?? 10 },
    rejectRateLimitedCalls: false,
  };
  const transport = deps.transport;
  // Buttons, modal submissions and Events API callbacks are acknowledged with an empty 200 by every
  // listener below (each calls `ack()` with nothing before its work), so the receiver answers them at
  // once and Bolt runs them when the burst of requests has passed. `/hr` acks with its reply text.
  // Over Socket Mode each envelope is acknowledged on the socket when its listener calls `ack()`.
  const receiver =
    transport.kind === "http"
      ? new SlackHttpReceiver({
          signingSecret: transport.signingSecret,
          clock: deps.clock,
          logger,
          acksEmpty: (body) =>
            body.type === "block_actions" ||
            body.type === "view_submission" ||
            body.type === "event_callback",
          schedule: (task) => void whenQuiet(task),
        })
      : new SocketModeReceiver({
          appToken: transport.appToken,
          logger: boltLogger(logger),
          installerOptions: { clientOptions },
        });
  const busy = () => receiver instanceof SlackHttpReceiver && receiver.busy();
  const whenQuiet = createLimiter(Number.POSITIVE_INFINITY, { busy });
  const app = new App({
    receiver,
    ...(deps.authorize
      ? { authorize: deps.authorize }
      : {
          token: deps.botToken,
          ...(deps.botId ? { botId: deps.botId } : {}),
          ...(deps.botUserId ? { botUserId: deps.botUserId } : {}),
        }),
    tokenVerificationEnabled: false,
    convoStore: false,
    logger: boltLogger(logger),
    clientOptions,
  });
  const limit = createLimiter(deps.workConcurrency ?? 2, { busy });
  const serial = createKeyedSerializer();
  const openDm = createDmOpener();
  const emails = new Map<string, { email: string | undefined; at: number }>();
  const EMAIL_TTL_MS = 60 * 60_000;

  /** users.info email, cached an hour (also the misses: an unknown user asks once an hour). */
  async function emailOf(client: WebClient, userId: string): Promise<string | undefined> {
    const cached = emails.get(userId);
    if (cached && Date.now() - cached.at < EMAIL_TTL_MS) return cached.email;
    let email: string | undefined;
    try {
      const info = await client.users.info({ user: userId });
      email = info.user?.profile?.email ?? undefined;
    } catch (error) {
      logger.warn({ err: (error as Error).message }, "slack users.info failed");
      return undefined;
    }
    emails.set(userId, { email, at: Date.now() });
    if (emails.size > 50_000) emails.clear();
    return email;
  }

  /** The actor behind a Slack user: by workspace, then (Enterprise Grid) by organization. */
  async function actorOf(
    client: WebClient,
    userId: string,
    teams: (string | null | undefined)[],
  ): Promise<Actor | undefined> {
    const tried = new Set<string>();
    for (const teamId of teams) {
      if (!teamId || tried.has(teamId)) continue;
      tried.add(teamId);
      const actor = await resolveSlackActor(deps.identities, {
        teamId,
        userId,
        lookupEmail: () => emailOf(client, userId),
      });
      if (actor) return actor;
    }
    return undefined;
  }

  async function postReplies(
    client: WebClient,
    userId: string,
    place: Place,
    replies: readonly Reply[],
  ): Promise<void> {
    let pointed = false;
    for (const reply of replies) {
      if (reply.blocks.length === 0) continue;
      if (place.shared && reply.personal) {
        const dm = await openDm(client, userId);
        await client.chat.postMessage({ channel: dm, ...renderMessage(reply) });
        await uploadDocuments(client, userId, reply);
        if (!pointed) {
          pointed = true;
          await client.chat.postMessage({
            channel: place.channel,
            text: MOVED_TO_DM,
            ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
          });
        }
        continue;
      }
      await client.chat.postMessage({
        channel: place.channel,
        ...renderMessage(reply),
        ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
      });
      await uploadDocuments(client, userId, reply);
    }
  }

  /**
   * A document block's file goes to the person's own DM (never a shared channel), through the files
   * upload API; only a document stored for the employee the block names is sent.
   */
  async function uploadDocuments(client: WebClient, userId: string, reply: Reply): Promise<void> {
    for (const block of reply.blocks) {
      if (block.kind !== "document" || !deps.documents) continue;
      const found = await deps.documents.findForEmployee(block.documentId, block.employeeId);
      if (!found) continue;
      await client.filesUploadV2({
        channel_id: await openDm(client, userId),
        file: found.pdf,
        filename: found.fileName,
        title: found.title,
      });
    }
  }

  /** Runs one turn; a domain error's user message (or a generic apology) becomes the reply. */
  async function turn(actor: Actor, conversationKey: string, input: TurnInput): Promise<Reply[]> {
    try {
      return await serial(conversationKey, () =>
        handleTurn(conversation, { actor, channel: "slack", conversationKey, input }),
      );
    } catch (error) {
      logger.warn(
        { err: (error as Error).message, code: isDomainError(error) ? error.code : undefined },
        "slack turn failed",
      );
      return [{ blocks: [{ kind: "status", tone: "warning", text: userMessageOf(error) }] }];
    }
  }

  /** Opens the first form as a modal (when Slack gave a trigger id) and posts the rest. */
  async function deliverTurn(
    client: WebClient,
    userId: string,
    place: Place,
    replies: Reply[],
    triggerId: string | undefined,
    conversationKey: string,
    messageTs?: string,
  ): Promise<void> {
    const forms = formsOf(replies);
    let rest = replies;
    if (triggerId && forms[0]) {
      const view = renderModal(forms[0], {
        channel: place.channel,
        ...(place.threadTs ? { threadTs: place.threadTs } : {}),
        ...(messageTs ? { messageTs } : {}),
        conversationKey,
      });
      if (view) {
        await client.views.open({ trigger_id: triggerId, view });
        rest = withoutForms(replies);
      }
    }
    await postReplies(client, userId, place, rest);
  }

  /**
   * The message whose button was used is updated in place: its buttons give way to the first reply
   * (e.g. "Approved 9 hours for Alex Kim…", or who decided first). Returns the replies still to post.
   */
  async function updateInPlace(
    client: WebClient,
    place: Place,
    channel: string,
    ts: string,
    original: readonly SlackBlock[],
    replies: Reply[],
  ): Promise<Reply[]> {
    const first = replies.find(canReplaceClickedCard);
    if (!first || (first.personal && place.shared)) return replies;
    const kept = original.filter((x) => x.type !== "actions");
    await client.chat.update({
      channel,
      ts,
      text: renderMessage(first).text,
      blocks: [...kept, ...first.blocks.flatMap(renderBlock)].slice(0, 50),
    });
    return replies.filter((r) => r !== first);
  }

  const background = (what: string, task: () => Promise<void>) =>
    limit(task).catch((error) => logger.error({ err: (error as Error).message, what }, "slack work failed"));

  // ---- retries and replays: an Events API redelivery (same event_id), or a button click, slash
  // command or form submission replayed with its signature (same trigger_id), runs nothing -------
  app.use(async (args) => {
    const { body, context, next } = args;
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string") {
      const first = await deps.events.firstDelivery(eventId);
      if (!first) {
        logger.info({ eventId, retryNum: context.retryNum }, "slack event redelivered; skipped");
        return;
      }
    }
    const triggerId = (body as { trigger_id?: unknown }).trigger_id;
    if (typeof triggerId === "string" && !(await deps.events.firstDelivery(`trigger:${triggerId}`))) {
      logger.warn({ event: "slack.replay" }, "slack interaction replayed; skipped");
      // Acknowledge so Slack shows nothing; the first delivery already did the work.
      if ("ack" in args && typeof args.ack === "function") await (args.ack as () => Promise<void>)();
      return;
    }
    await next();
  });

  // ---- direct messages, and specialists writing in a case thread --------------------------------
  app.event("message", async ({ event, body, context, client }) => {
    const m = event as {
      subtype?: string;
      bot_id?: string;
      user?: string;
      text?: string;
      channel: string;
      channel_type?: string;
      ts: string;
      thread_ts?: string;
      team?: string;
    };
    if (m.subtype || m.bot_id || !m.user || !m.text) return;
    const userId = m.user;
    const text = m.text;
    const teams = [context.teamId, m.team, (body as { team_id?: string }).team_id, context.enterpriseId];
    if (m.channel_type === "im") {
      await background("dm", async () => {
        const actor = await actorOf(client, userId, teams);
        const place: Place = { channel: m.channel, shared: false };
        if (!actor) {
          await client.chat.postMessage({ channel: m.channel, text: NOT_SET_UP });
          return;
        }
        if (actor.kind === "employee" && "relayFromEmployee" in conversation.caseDesk) {
          const relay = conversation.caseDesk as typeof conversation.caseDesk & {
            relayFromEmployee(input: {
              actor: Actor;
              text: string;
              idempotencyKey?: string;
            }): Promise<{ reference: string } | undefined>;
          };
          const relayed = await relay
            .relayFromEmployee({ actor, text, idempotencyKey: `slack:${m.channel}:${m.ts}` })
            .catch((error) => {
              logger.warn({ err: (error as Error).message }, "relay to case failed");
              return undefined;
            });
          if (relayed) return;
        }
        const key = `slack:${context.teamId ?? context.enterpriseId}:${userId}:${m.channel}`;
        await postReplies(client, userId, place, await turn(actor, key, { kind: "text", text }));
      });
      return;
    }
    if (
      deps.specialistsChannel &&
      m.channel === deps.specialistsChannel &&
      m.thread_ts &&
      m.thread_ts !== m.ts
    ) {
      const threadTs = m.thread_ts;
      await background("case thread", async () => {
        const caseId = await deps.threads.caseOfThread(m.channel, threadTs);
        if (!caseId) return;
        const actor = await actorOf(client, userId, teams);
        if (actor?.kind !== "staff") return;
        try {
          await sendSpecialistMessage(deps.cases, {
            actor,
            caseId,
            text,
            idempotencyKey: `slack:${m.channel}:${m.ts}`,
          });
        } catch (error) {
          await client.chat.postEphemeral({
            channel: m.channel,
            user: userId,
            thread_ts: threadTs,
            text: userMessageOf(error),
          });
        }
      });
    }
  });

  // ---- @mentions in channels: answer in the thread; personal replies go to the DM ---------------
  app.event("app_mention", async ({ event, context, client }) => {
    const m = event as { user?: string; text: string; channel: string; ts: string; thread_ts?: string };
    if (!m.user) return;
    const userId = m.user;
    const threadTs = m.thread_ts ?? m.ts;
    const text = m.text.replace(/<@[A-Z0-9]+>/g, "").trim();
    await background("mention", async () => {
      const place: Place = { channel: m.channel, threadTs, shared: !isDirectChannel(m.channel) };
      const actor = await actorOf(client, userId, [context.teamId, context.enterpriseId]);
      if (!actor) {
        await client.chat.postEphemeral({ channel: m.channel, user: userId, text: NOT_SET_UP });
        return;
      }
      const key = `slack:${context.teamId ?? context.enterpriseId}:${userId}:${m.channel}:${threadTs}`;
      await postReplies(client, userId, place, await turn(actor, key, { kind: "text", text }));
    });
  });

  // ---- /hr ---------------------------------------------------------------------------------------
  app.command("/hr", async ({ command, ack, context, client }) => {
    const [sub = "help", ...restWords] = command.text.trim().split(/\s+/).filter(Boolean);
    const rest = restWords.join(" ").toLowerCase();
    const opensModal = (sub === "timesheet" && rest === "") || (sub === "pto" && rest === "request");
    const inDm = command.channel_name === "directmessage";
    await ack(
      opensModal || inDm
        ? undefined
        : { response_type: "ephemeral", text: "I've answered in our direct messages." },
    );
    const userId = command.user_id;
    await background("command", async () => {
      const actor = await actorOf(client, userId, [context.teamId, command.team_id, context.enterpriseId]);
      if (!actor) {
        const dm = await openDm(client, userId);
        await client.chat.postMessage({ channel: dm, text: NOT_SET_UP });
        return;
      }
      const today = DateTime.fromJSDate(deps.clock.now())
        .setZone(actor.kind === "system" ? "UTC" : actor.timezone)
        .toISODate() as string;
      if (opensModal) {
        const form =
          sub === "timesheet"
            ? timesheetWeekForm(await getMyTimesheet(deps.timesheets, actor, { date: today }))
            : ptoRequestForm(today);
        const view = renderModal(form);
        if (view) await client.views.open({ trigger_id: command.trigger_id, view });
        return;
      }
      const dm = await openDm(client, userId);
      const key = `slack:${context.teamId ?? context.enterpriseId}:${userId}:${dm}`;
      const input: TurnInput =
        sub === "approvals"
          ? { kind: "command", command: { name: "pending_approvals.show", args: {} } }
          : sub === "pto"
            ? { kind: "text", text: rest ? `pto ${rest}` : "How much PTO do I have?" }
            : sub === "timesheet"
              ? {
                  kind: "text",
                  text: rest.startsWith("status") ? "What is my timesheet status?" : `timesheet ${rest}`,
                }
              : sub === "help"
                ? { kind: "text", text: "help" }
                : { kind: "text", text: command.text };
      await postReplies(client, userId, { channel: dm, shared: false }, await turn(actor, key, input));
    });
  });

  // ---- buttons -------------------------------------------------------------------------------------
  app.action({ action_id: new RegExp(`^${COMMAND_ACTION_ID}:`) }, async ({ ack, body, context, client }) => {
    await ack();
    const b = body as unknown as ActionBody;
    const action = b.actions[0];
    await background("click", async () => {
      const command = decodeCommandValue(action?.value);
      const channel = b.channel?.id ?? b.container?.channel_id;
      const userId = b.user.id;
      const actor = await actorOf(client, userId, [
        context.teamId,
        b.user.team_id,
        b.team?.id,
        context.enterpriseId,
        b.enterprise?.id,
      ]);
      const dmPlace = async (): Promise<Place> => ({ channel: await openDm(client, userId), shared: false });
      if (!actor) {
        const place = channel ? { channel, shared: !isDirectChannel(channel) } : await dmPlace();
        await client.chat.postEphemeral({ channel: place.channel, user: userId, text: NOT_SET_UP });
        return;
      }
      const threadTs = b.message?.thread_ts ?? b.container?.thread_ts;
      const place: Place = channel
        ? {
            channel,
            threadTs: isDirectChannel(channel) ? undefined : threadTs,
            shared: !isDirectChannel(channel),
          }
        : await dmPlace();
      const team = context.teamId ?? context.enterpriseId;
      const key =
        b.view?.type === "home"
          ? `slack:${team}:${userId}:${place.channel}`
          : `slack:${team}:${userId}:${place.channel}${place.shared && threadTs ? `:${threadTs}` : ""}`;
      const replies: Reply[] = command
        ? await turn(actor, key, { kind: "command", command })
        : [{ blocks: [{ kind: "status", tone: "warning", text: "That button's data was not valid." }] }];
      const rest =
        b.message && channel
          ? await updateInPlace(client, place, channel, b.message.ts, b.message.blocks ?? [], replies)
          : replies;
      await deliverTurn(client, userId, place, rest, b.trigger_id, key, b.message?.ts);
      if (b.view?.type === "home") await publishHome(client, userId, actor);
    });
  });

  app.action({ action_id: new RegExp(`^${OPEN_FORM_ACTION_ID}:`) }, async ({ ack, body, client }) => {
    await ack();
    const b = body as unknown as ActionBody;
    const form = decodeFormValue(b.actions[0]?.value);
    const channel = b.channel?.id ?? b.container?.channel_id;
    if (!form || !b.trigger_id) return;
    const view = renderModal(form, {
      ...(channel ? { channel } : {}),
      ...(b.message?.thread_ts ? { threadTs: b.message.thread_ts } : {}),
    });
    if (view) await client.views.open({ trigger_id: b.trigger_id, view });
  });

  // ---- modal submissions: the form's typed command -----------------------------------------------
  app.view(FORM_CALLBACK_ID, async ({ ack, body, context, client }) => {
    await ack();
    const b = body as unknown as ViewBody;
    const metadata = parseFormMetadata(b.view.private_metadata);
    const userId = b.user.id;
    await background("form", async () => {
      const actor = await actorOf(client, userId, [
        context.teamId,
        b.user.team_id,
        b.team?.id,
        context.enterpriseId,
        b.enterprise?.id,
      ]);
      const place: Place = metadata?.ch
        ? { channel: metadata.ch, threadTs: metadata.th, shared: !isDirectChannel(metadata.ch) }
        : { channel: await openDm(client, userId), shared: false };
      if (!actor) {
        await client.chat.postMessage({ channel: await openDm(client, userId), text: NOT_SET_UP });
        return;
      }
      if (!metadata) {
        await postReplies(client, userId, place, [
          { blocks: [{ kind: "status", tone: "warning", text: "That form's data was not valid." }] },
        ]);
        return;
      }
      const command = commandFromSubmission(metadata, b.view.state.values);
      const key = metadata.k ?? `slack:${context.teamId ?? context.enterpriseId}:${userId}:${place.channel}`;
      let replies = await turn(actor, key, { kind: "command", command });
      if (metadata.m && metadata.ch) {
        // The card's blocks are not in a view submission: fetch nothing, keep the outcome only.
        replies = await updateInPlace(client, place, metadata.ch, metadata.m, [], replies);
      }
      await postReplies(client, userId, place, replies);
    });
  });

  // ---- App Home -----------------------------------------------------------------------------------
  async function homeSections(actor: Actor): Promise<HomeSection[]> {
    if (actor.kind !== "employee") {
      return [
        {
          title: "HR assistant",
          replies: [
            { blocks: [{ kind: "text", text: "Escalated cases appear in the specialists' channel." }] },
          ],
        },
      ];
    }
    const today = DateTime.fromJSDate(deps.clock.now()).setZone(actor.timezone).toISODate() as string;
    const section = async (title: string, build: () => Promise<Reply[]>): Promise<HomeSection> => {
      try {
        return { title, replies: await build() };
      } catch (error) {
        logger.warn({ err: (error as Error).message, section: title }, "slack home section failed");
        return { title, replies: [{ blocks: [{ kind: "text", text: "Not available right now." }] }] };
      }
    };
    const sections: HomeSection[] = [];
    sections.push(
      await section("My time off", async () => {
        const view = await getPtoBalance(deps.timesheets, actor);
        return [
          {
            blocks: [
              {
                kind: "facts",
                facts: Object.entries(view.types).map(([type, t]) => ({
                  label:
                    type === "vacation"
                      ? "Vacation available"
                      : type === "sick"
                        ? "Sick available"
                        : `${type} available`,
                  value: `${t.available} hours${t.pending !== "0" ? ` (${t.pending} pending)` : ""}`,
                })),
              },
              ptoRequestForm(today),
              timesheetWeekForm(await getMyTimesheet(deps.timesheets, actor, { date: today })),
              timesheetDayForm(today),
            ],
          },
        ];
      }),
    );
    sections.push(
      await section("My last paycheck", async () => {
        // App Home is seen by its owner only, so the figures may show; the step-by-step explanation
        // stays in the DM, where the employee can ask about it.
        const { paycheck, reply } = await getMyLastPaycheck(deps.payroll, actor);
        const facts = reply.blocks.filter((b) => b.kind === "facts");
        return [
          {
            blocks: paycheck
              ? [
                  ...facts,
                  {
                    kind: "text",
                    text: "Ask me “show my last paycheck” in a direct message to see how each amount was worked out.",
                  },
                ]
              : reply.blocks,
          },
        ];
      }),
    );
    if (actor.roles.includes("manager") || actor.roles.includes("client_admin")) {
      sections.push(
        await section("Waiting for my approval", async () => {
          const pending = await listPendingApprovals(deps.timesheets, actor);
          if (pending.timesheets.length === 0)
            return [{ blocks: [{ kind: "text", text: "Nothing waits for you." }] }];
          return pending.timesheets.slice(0, 10).map((t) => approvalCard(t));
        }),
      );
    }
    sections.push(
      await section("My open HR cases", async () => {
        const cases = await listMyOpenCases(deps.cases, actor);
        if (cases.length === 0) return [{ blocks: [{ kind: "text", text: "No open cases." }] }];
        return [
          {
            blocks: [
              {
                kind: "facts",
                facts: cases
                  .slice(0, 10)
                  .map((c) => ({ label: c.reference, value: `${c.category} — ${c.state}` })),
              },
            ],
          },
        ];
      }),
    );
    return sections;
  }

  async function publishHome(client: WebClient, userId: string, actor: Actor | undefined): Promise<void> {
    const sections = actor
      ? await homeSections(actor)
      : [{ title: "HR assistant", replies: [{ blocks: [{ kind: "text" as const, text: NOT_SET_UP }] }] }];
    await client.views.publish({ user_id: userId, view: renderHome(sections) });
  }

  // The workspace removed the app, or revoked its bot token: stop sending to it. Bolt runs these two
  // events even when the workspace's token can no longer be found. Only bot tokens matter here (a
  // revoked user token leaves the bot working).
  const disableWorkspace = async (
    body: { team_id?: unknown; enterprise_id?: unknown; authorizations?: unknown },
    reason: "app_uninstalled" | "tokens_revoked",
  ) => {
    const teamId = typeof body.team_id === "string" ? body.team_id : undefined;
    const enterpriseId = typeof body.enterprise_id === "string" ? body.enterprise_id : undefined;
    const authorization = Array.isArray(body.authorizations) ? body.authorizations[0] : undefined;
    const isEnterpriseInstall =
      (authorization as { is_enterprise_install?: unknown })?.is_enterprise_install === true;
    if (!teamId && !enterpriseId) return;
    await deps.workspaces?.disable({ teamId, enterpriseId, isEnterpriseInstall }, reason);
    logger.warn(
      { team: teamId, enterprise: enterpriseId, reason },
      "slack workspace disabled: deliveries to it stop",
    );
  };
  app.event("app_uninstalled", async ({ body }) => {
    await disableWorkspace(body, "app_uninstalled");
  });
  app.event("tokens_revoked", async ({ event, body }) => {
    if ((event.tokens.bot ?? []).length === 0) return;
    await disableWorkspace(body, "tokens_revoked");
  });

  app.event("app_home_opened", async ({ event, context, client }) => {
    const e = event as { user: string; tab?: string };
    if (e.tab && e.tab !== "home") return;
    await background("home", async () => {
      const actor = await actorOf(client, e.user, [context.teamId, context.enterpriseId]);
      await publishHome(client, e.user, actor);
    });
  });

  app.error(async (error) => {
    logger.error({ err: error.message }, "slack listener error");
  });

  return { app, receiver };
}
