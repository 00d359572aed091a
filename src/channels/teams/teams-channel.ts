import type { Activity, Request as BotRequest, Response as BotResponse } from "botbuilder";
import express from "express";
import { createTeamsConversationRepository } from "../../db/teams-conversation-repository";
import type { HttpMount } from "../../http/server";
import type { ChannelHost, ChannelModule } from "../channel-module";
import {
  createTeamsAdapter,
  type TeamsAdapter,
  type TeamsAuthOverrides,
  teamsConfigured,
} from "./teams-adapter";
import { TeamsBot } from "./teams-bot";
import { createTeamsDelivery } from "./teams-delivery";

/** Teams' `ChannelDelivery` for the runtime (serve and worker processes alike). */
export function createTeamsDeliveryFor(
  runtime: Pick<ChannelHost, "env" | "logger" | "db">,
  teams: TeamsAdapter = createTeamsAdapter(runtime.env, runtime.logger),
) {
  return createTeamsDelivery({
    teams,
    store: createTeamsConversationRepository(runtime.db.prisma),
    specialistsConversationId: runtime.env.TEAMS_SPECIALISTS_CONVERSATION_ID,
    logger: runtime.logger,
  });
}

/** The bot over the runtime's conversation engine, identities and case desk. */
export function createTeamsBot(runtime: ChannelHost, teams: TeamsAdapter): TeamsBot {
  return new TeamsBot({
    teams,
    conversation: runtime.conversation,
    identities: runtime.services.identities,
    store: createTeamsConversationRepository(runtime.db.prisma),
    cases: runtime.services.cases,
    documents: runtime.services.documents,
    updater: runtime.notifier,
    specialistsConversationId: runtime.env.TEAMS_SPECIALISTS_CONVERSATION_ID,
    logger: runtime.logger,
  });
}

/**
 * `POST /api/messages` (docs/contracts.md §2 and §5): Bot Framework activities, JSON-parsed for this route only,
 * processed by the CloudAdapter (JWT verified unless TEAMS_AUTH_DISABLED; 401 when missing or invalid;
 * invoke responses in the HTTP body). Replies go to each activity's `serviceUrl`.
 */
export function teamsMount(runtime: ChannelHost, options: { auth?: TeamsAuthOverrides } = {}): HttpMount {
  const teams = createTeamsAdapter(runtime.env, runtime.logger, options.auth);
  const bot = createTeamsBot(runtime, teams);
  return {
    name: "teams",
    mount(app) {
      app.post("/api/messages", express.json({ limit: "1mb" }), async (req, res, next) => {
        // Verify first, ourselves: botbuilder answers some invalid tokens (unsigned, unparsable) with
        // 500 and echoes its error; every failed verification is a 401 here, with nothing run.
        // An activity is a JSON object with a type: anything else is refused before any work.
        const body = req.body as { type?: unknown } | undefined;
        if (!body || typeof body !== "object" || Array.isArray(body) || typeof body.type !== "string") {
          runtime.logger.warn({ event: "teams.malformed" }, "teams: request refused (not an activity)");
          res.status(400).json({ error: "malformed request body" });
          return;
        }
        try {
          await teams.auth.authenticateRequest(req.body as Activity, String(req.headers.authorization ?? ""));
        } catch (error) {
          runtime.logger.warn({ err: (error as Error).message }, "teams: request refused (authentication)");
          res.status(401).json({ error: "unauthorized" });
          return;
        }
        try {
          await teams.adapter.process(
            req as unknown as BotRequest,
            res as unknown as BotResponse,
            (context) => bot.run(context),
          );
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

/** Teams as a channel module: both sides only when an app id is set (or auth is disabled locally). */
export const teamsChannel: ChannelModule = {
  name: "teams",
  delivery: (host) => (teamsConfigured(host.env) ? createTeamsDeliveryFor(host) : undefined),
  mount: (host) => (teamsConfigured(host.env) ? teamsMount(host) : undefined),
};
