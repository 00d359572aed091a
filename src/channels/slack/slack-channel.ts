import type { ChannelDelivery } from "../../app/notifications/channel-delivery";
import type { Env } from "../../config/env";
import { lazyKeyring } from "../../db/data-encryption-key";
import type { Database } from "../../db/database";
import { createSlackEventRepository } from "../../db/slack-event-repository";
import { createSlackInstallationRepository } from "../../db/slack-installation-repository";
import { createSlackThreadRepository } from "../../db/slack-thread-repository";
import type { HttpMount } from "../../http/server";
import type { Logger } from "../../log/logger";
import type { ChannelHost, ChannelModule, ChannelTuning } from "../channel-module";
import { createSlackApp } from "./slack-app";
import { createSlackClients, type SlackConfig, slackConfigFromEnv } from "./slack-clients";
import { createSlackDelivery } from "./slack-delivery";
import { mountSlackOAuth } from "./slack-oauth";
import { SlackHttpReceiver } from "./slack-receiver";

/** Tuning for tests and benches; production uses the defaults. */
export type SlackTuning = ChannelTuning;

/** The Slack `ChannelDelivery` for the `notify.*` jobs, when Slack is configured (bot token or OAuth). */
export function slackDeliveryFromEnv(
  env: Env,
  deps: { db: Database; logger: Logger },
  tuning: SlackTuning = {},
): ChannelDelivery | undefined {
  const config = slackConfigFromEnv(env);
  if (!config) return undefined;
  const workspaces = createSlackInstallationRepository(deps.db.prisma, lazyKeyring(env));
  const clients = createSlackClients(config, {
    logger: deps.logger,
    ...(tuning.retries !== undefined ? { retries: tuning.retries } : {}),
    ...(config.oauth ? { installations: workspaces } : {}),
    workspaces,
  });
  return createSlackDelivery({
    clients,
    threads: createSlackThreadRepository(deps.db.prisma),
    specialistsChannel: config.specialistsChannel,
    logger: deps.logger,
    ...(tuning.minIntervalMs !== undefined ? { minIntervalMs: tuning.minIntervalMs } : {}),
  });
}

/**
 * `POST /slack/events` (Events API, interactivity and slash commands, one URL) and, in the OAuth mode,
 * `GET /slack/install` + `GET /slack/oauth_redirect`. Undefined unless SLACK_SIGNING_SECRET and a bot
 * token or the OAuth settings are set. With SLACK_SOCKET_MODE (local development only, checked by
 * the environment) events arrive over Slack's WebSocket instead, and no events route is mounted.
 */
export function slackMount(runtime: ChannelHost, tuning: SlackTuning = {}): HttpMount | undefined {
  const config: SlackConfig | undefined = slackConfigFromEnv(runtime.env);
  if (!config) return undefined;
  const transport = config.socketMode
    ? ({ kind: "socket", appToken: config.socketMode.appToken } as const)
    : config.signingSecret
      ? ({ kind: "http", signingSecret: config.signingSecret } as const)
      : undefined;
  if (!transport) return undefined;
  const { db, clock, logger, services } = runtime;
  const workspaces = createSlackInstallationRepository(db.prisma, lazyKeyring(runtime.env));
  const installations = config.oauth ? workspaces : undefined;
  const clients = createSlackClients(config, {
    logger,
    ...(tuning.retries !== undefined ? { retries: tuning.retries } : {}),
    ...(installations ? { installations } : {}),
    workspaces,
  });
  const { app, receiver } = createSlackApp({
    transport,
    botToken: config.botToken,
    botId: config.botId,
    botUserId: config.botUserId,
    ...(installations && !config.botToken
      ? {
          authorize: async ({ teamId, enterpriseId, isEnterpriseInstall }) => {
            const found = await installations.find({ teamId, enterpriseId, isEnterpriseInstall });
            if (!found) throw new Error("this workspace has not installed the app");
            return {
              botToken: found.botToken,
              botId: found.botId,
              botUserId: found.botUserId,
              teamId: found.teamId || teamId,
              enterpriseId: found.enterpriseId || enterpriseId,
            };
          },
        }
      : {}),
    apiUrl: config.apiUrl,
    ...(tuning.retries !== undefined ? { retries: tuning.retries } : {}),
    ...(tuning.workConcurrency !== undefined ? { workConcurrency: tuning.workConcurrency } : {}),
    specialistsChannel: config.specialistsChannel,
    clock,
    logger,
    conversation: runtime.conversation,
    identities: services.identities,
    events: createSlackEventRepository(db.prisma),
    threads: createSlackThreadRepository(db.prisma),
    clients,
    workspaces,
    timesheets: services.timesheets,
    payroll: services.payroll,
    cases: services.cases,
    documents: services.documents,
  });
  return {
    name: "slack",
    ...(receiver instanceof SlackHttpReceiver
      ? { direct: [{ method: "POST", path: "/slack/events", handle: receiver.handle }] }
      : {
          connection: {
            start: async () => {
              await app.start();
              logger.info("slack socket mode connected");
            },
            stop: async () => {
              await app.stop();
            },
          },
        }),
    mount(express) {
      if (config.oauth && installations) {
        mountSlackOAuth(express, config, installations, logger, { retries: tuning.retries });
      }
    },
  };
}

/** Slack as a channel module: notifications when a bot token or OAuth is set; the route when signed. */
export const slackChannel: ChannelModule = {
  name: "slack",
  delivery: (host, tuning) => slackDeliveryFromEnv(host.env, host, tuning),
  mount: (host, tuning) => slackMount(host, tuning),
};
