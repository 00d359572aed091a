import { type CaseDeskDeps, createQueueCaseJobs } from "../../app/cases/case-desk-deps";
import type { ChannelDelivery } from "../../app/notifications/channel-delivery";
import { payrollDepsFor } from "../../app/payroll/payroll-deps";
import type { AppRuntime } from "../../app/runtime";
import { createTimesheetDeps } from "../../app/timesheets/wiring";
import type { Env } from "../../config/env";
import { createCaseRepository } from "../../db/case-repository";
import type { Database } from "../../db/database";
import { createSlackEventRepository } from "../../db/slack-event-repository";
import { createSlackInstallationRepository } from "../../db/slack-installation-repository";
import { createSlackThreadRepository } from "../../db/slack-thread-repository";
import type { HttpMount } from "../../http/server";
import type { Logger } from "../../log/logger";
import { createSlackApp } from "./slack-app";
import { createSlackClients, type SlackConfig, slackConfigFromEnv } from "./slack-clients";
import { createSlackDelivery } from "./slack-delivery";
import { mountSlackOAuth } from "./slack-oauth";

/** Tuning for tests and benches; production uses the defaults. */
export type SlackTuning = {
  /** Web API retries (default 10; tests 0). */
  retries?: number;
  /** Minimum spacing of posts to one channel in ms (default 1,000). */
  minIntervalMs?: number;
  /** Turns running at once after their acks (default 8). */
  workConcurrency?: number;
};

/** The Slack `ChannelDelivery` for the `notify.*` jobs, when Slack is configured (bot token or OAuth). */
export function slackDeliveryFromEnv(
  env: Env,
  deps: { db: Database; logger: Logger },
  tuning: SlackTuning = {},
): ChannelDelivery | undefined {
  const config = slackConfigFromEnv(env);
  if (!config) return undefined;
  const clients = createSlackClients(config, {
    logger: deps.logger,
    ...(tuning.retries !== undefined ? { retries: tuning.retries } : {}),
    ...(config.oauth ? { installations: createSlackInstallationRepository(deps.db.prisma) } : {}),
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
 * token or the OAuth settings are set.
 */
export function slackMount(runtime: AppRuntime, tuning: SlackTuning = {}): HttpMount | undefined {
  const config: SlackConfig | undefined = slackConfigFromEnv(runtime.env);
  if (!config?.signingSecret) return undefined;
  const { db, queue, clock, logger, notifier } = runtime;
  const installations = config.oauth ? createSlackInstallationRepository(db.prisma) : undefined;
  const clients = createSlackClients(config, {
    logger,
    ...(tuning.retries !== undefined ? { retries: tuning.retries } : {}),
    ...(installations ? { installations } : {}),
  });
  const cases: CaseDeskDeps = {
    cases: createCaseRepository(db.prisma),
    jobs: createQueueCaseJobs(queue, clock),
    clock,
    logger,
  };
  const { app, receiver } = createSlackApp({
    signingSecret: config.signingSecret,
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
    identities: runtime.identities,
    events: createSlackEventRepository(db.prisma),
    threads: createSlackThreadRepository(db.prisma),
    clients,
    timesheets: createTimesheetDeps({ db, queue, clock, notifier }),
    payroll: payrollDepsFor({ db, clock }),
    cases,
  });
  return {
    name: "slack",
    direct: [{ method: "POST", path: "/slack/events", handle: receiver.handle }],
    mount(express) {
      if (config.oauth && installations) {
        mountSlackOAuth(express, config, installations, logger, { retries: tuning.retries });
      }
      void app;
    },
  };
}
