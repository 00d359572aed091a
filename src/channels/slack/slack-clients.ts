import { webApi } from "@slack/bolt";
import type { Env } from "../../config/env";
import type { SlackInstallationRepository } from "../../db/slack-installation-repository";
import type { Logger } from "../../log/logger";
import { boltLogger } from "./bolt-logger";

export type WebClient = InstanceType<typeof webApi.WebClient>;

/** How Slack is configured: one workspace with a bot token, or many through OAuth installations. */
export type SlackConfig = {
  signingSecret: string | undefined;
  /** Single-workspace mode. */
  botToken: string | undefined;
  botId: string | undefined;
  botUserId: string | undefined;
  /** Multi-workspace mode (OAuth install flow, installations in the database). */
  oauth: { clientId: string; clientSecret: string; stateSecret: string } | undefined;
  /** Web API base, ending with "/" (default Slack's own). */
  apiUrl: string;
  specialistsChannel: string | undefined;
  /** Local development: events arrive over Slack's WebSocket (Socket Mode) with this app-level token. */
  socketMode: { appToken: string } | undefined;
};

const DEFAULT_API_URL = "https://slack.com/api/";

/** The Slack configuration in the environment, or undefined when Slack is not configured at all. */
export function slackConfigFromEnv(env: Env): SlackConfig | undefined {
  const oauth =
    env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET && env.SLACK_STATE_SECRET
      ? {
          clientId: env.SLACK_CLIENT_ID,
          clientSecret: env.SLACK_CLIENT_SECRET,
          stateSecret: env.SLACK_STATE_SECRET,
        }
      : undefined;
  if (!env.SLACK_BOT_TOKEN && !oauth) return undefined;
  const apiUrl = env.SLACK_API_URL ?? DEFAULT_API_URL;
  return {
    signingSecret: env.SLACK_SIGNING_SECRET,
    botToken: env.SLACK_BOT_TOKEN,
    botId: env.SLACK_BOT_ID,
    botUserId: env.SLACK_BOT_USER_ID,
    oauth,
    apiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`,
    specialistsChannel: env.SLACK_SPECIALISTS_CHANNEL,
    socketMode: env.SLACK_SOCKET_MODE && env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : undefined,
  };
}

export type WebClientOptions = {
  apiUrl: string;
  logger: Logger;
  /** Retries of a failed call (network, 5xx); 429s wait for Retry-After. Tests use 0. */
  retries?: number;
  /** Per-call timeout (ms). */
  timeoutMs?: number;
};

/** A Web API client on `SLACK_API_URL`; rate-limited calls wait for Retry-After and retry. */
export function createWebClient(token: string | undefined, options: WebClientOptions): WebClient {
  return new webApi.WebClient(token, {
    slackApiUrl: options.apiUrl,
    logger: boltLogger(options.logger),
    retryConfig: { retries: options.retries ?? 10, factor: 1.96, minTimeout: 300, maxTimeout: 30_000 },
    rejectRateLimitedCalls: false,
    timeout: options.timeoutMs ?? 10_000,
  });
}

/** The Web API client for a workspace (by team or Enterprise Grid id). */
export type SlackClients = {
  /** Undefined when nothing can reach the workspace: no token, or it uninstalled the app. */
  forTeam(teamId?: string | null, enterpriseId?: string | null): Promise<WebClient | undefined>;
  /** Whether the workspace uninstalled the app or revoked its token (`app_uninstalled`, `tokens_revoked`). */
  isDisabled(teamId?: string | null, enterpriseId?: string | null): Promise<boolean>;
  /** The ASO's own workspace (specialists' channel, staff DMs): the bot token, else the first install. */
  home(): Promise<WebClient | undefined>;
};

export function createSlackClients(
  config: SlackConfig,
  options: Omit<WebClientOptions, "apiUrl"> & {
    /** OAuth installations (multi-workspace mode). */
    installations?: SlackInstallationRepository;
    /** Where disabled workspaces are recorded, in either mode. */
    workspaces?: Pick<SlackInstallationRepository, "isDisabled">;
  },
): SlackClients {
  const clientOptions = { ...options, apiUrl: config.apiUrl };
  const single = config.botToken ? createWebClient(config.botToken, clientOptions) : undefined;
  const byToken = new Map<string, WebClient>();
  const clientFor = (token: string) => {
    let c = byToken.get(token);
    if (!c) {
      c = createWebClient(token, clientOptions);
      byToken.set(token, c);
    }
    return c;
  };
  const isDisabled = async (teamId?: string | null, enterpriseId?: string | null) =>
    Boolean(teamId || enterpriseId) &&
    ((await options.workspaces?.isDisabled({
      teamId: teamId ?? undefined,
      enterpriseId: enterpriseId ?? undefined,
    })) ??
      false);
  return {
    isDisabled,
    async forTeam(teamId, enterpriseId) {
      if (await isDisabled(teamId, enterpriseId)) return undefined;
      const installations = options.installations;
      if (installations && (teamId || enterpriseId)) {
        const found =
          (await installations.find({
            teamId: teamId ?? undefined,
            enterpriseId: enterpriseId ?? undefined,
          })) ??
          // A client employer may be linked by its Grid organization's id (E…): its org-wide install.
          (teamId && !enterpriseId ? await installations.find({ enterpriseId: teamId }) : undefined);
        if (found) return clientFor(found.botToken);
      }
      return single;
    },
    async home() {
      if (single || !options.installations) return single;
      const first = await options.installations.first();
      return first ? clientFor(first.botToken) : undefined;
    },
  };
}
