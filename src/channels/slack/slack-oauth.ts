import { InstallProvider } from "@slack/oauth";
import type { Express } from "express";
import {
  installationStoreOf,
  type SlackInstallationRepository,
} from "../../db/slack-installation-repository";
import type { Logger } from "../../log/logger";
import { boltLogger } from "./bolt-logger";
import type { SlackConfig } from "./slack-clients";

/** Bot scopes the app asks for (kept in step with slack-app-manifest.yaml). */
export const SLACK_BOT_SCOPES = [
  "app_mentions:read",
  "channels:history",
  "chat:write",
  "commands",
  "groups:history",
  "im:history",
  "im:read",
  "im:write",
  "users:read",
  "users:read.email",
];

/**
 * Multi-workspace mode: Slack's OAuth v2 install flow (`GET /slack/install` → Slack → `GET
 * /slack/oauth_redirect`), storing each workspace's (or Enterprise Grid organization's) bot token in
 * the database. Which client employer a workspace belongs to stays `ClientEmployer.slackTeamId`.
 */
export function mountSlackOAuth(
  app: Express,
  config: SlackConfig,
  installations: SlackInstallationRepository,
  logger: Logger,
  /** Web API retries of the installer's calls (default @slack/web-api's; tests 0). */
  options: { retries?: number | undefined } = {},
): void {
  const oauth = config.oauth;
  if (!oauth) return;
  const installer = new InstallProvider({
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    installationStore: installationStoreOf(installations),
    logger: boltLogger(logger),
    clientOptions: {
      slackApiUrl: config.apiUrl,
      ...(options.retries !== undefined ? { retryConfig: { retries: options.retries } } : {}),
    },
  });
  app.get("/slack/install", (req, res) => {
    installer.handleInstallPath(req, res, {}, { scopes: SLACK_BOT_SCOPES }).catch((error: Error) => {
      logger.warn({ err: error.message }, "slack install page failed");
      if (!res.headersSent) res.status(500).end();
    });
  });
  app.get("/slack/oauth_redirect", (req, res) => {
    installer.handleCallback(req, res).catch((error: Error) => {
      logger.warn({ err: error.message }, "slack oauth callback failed");
      if (!res.headersSent) res.status(500).end();
    });
  });
}
