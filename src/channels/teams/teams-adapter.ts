import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
  TurnContext,
} from "botbuilder";
import type { Env } from "../../config/env";
import type {
  StoredConversationReference,
  TeamsConversationRepository,
} from "../../db/teams-conversation-repository";
import type { Logger } from "../../log/logger";

/** Teams is on when the bot has an app id, or when authentication is disabled for local use. */
export function teamsConfigured(env: Pick<Env, "MICROSOFT_APP_ID" | "TEAMS_AUTH_DISABLED">): boolean {
  return Boolean(env.MICROSOFT_APP_ID) || env.TEAMS_AUTH_DISABLED;
}

export type TeamsAdapter = {
  adapter: CloudAdapter;
  /** The same authentication the adapter uses, to refuse a request before it is processed. */
  auth: ConfigurationBotFrameworkAuthentication;
  /** The bot's app id ("" when authentication is disabled). */
  botAppId: string;
  authDisabled: boolean;
};

/**
 * Where incoming tokens' signing keys come from (default: Bot Framework's public OpenID metadata).
 * Tests point it at a local OpenID configuration + JWKS to sign their own tokens.
 */
export type TeamsAuthOverrides = { openIdMetadataUrl: string };

/** Bot Framework's scope for tokens the bot sends to the Bot Connector service. */
const CONNECTOR_AUDIENCE = "https://api.botframework.com";

/**
 * The Bot Framework CloudAdapter. With `MICROSOFT_APP_ID`/`PASSWORD`(/`TENANT_ID`) every incoming
 * request's JWT is verified (missing or invalid → 401) and outgoing calls carry the bot's token.
 * `TEAMS_AUTH_DISABLED=true` (refused outside local development by env validation) drops the credentials: no
 * verification in, no token out — the Bot Framework Emulator's local mode.
 */
export function createTeamsAdapter(
  env: Pick<
    Env,
    | "MICROSOFT_APP_ID"
    | "MICROSOFT_APP_PASSWORD"
    | "MICROSOFT_APP_TENANT_ID"
    | "TEAMS_AUTH_DISABLED"
    | "localDevelopment"
  >,
  logger: Logger,
  overrides?: TeamsAuthOverrides,
): TeamsAdapter {
  if (env.TEAMS_AUTH_DISABLED && !env.localDevelopment) {
    // Env validation refuses this already; the adapter refuses it again rather than trust its caller.
    throw new Error("TEAMS_AUTH_DISABLED may be true only in local development, never in production");
  }
  const authDisabled = env.TEAMS_AUTH_DISABLED;
  const appId = authDisabled ? "" : (env.MICROSOFT_APP_ID ?? "");
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: authDisabled ? "" : (env.MICROSOFT_APP_PASSWORD ?? ""),
    MicrosoftAppTenantId: authDisabled ? "" : (env.MICROSOFT_APP_TENANT_ID ?? ""),
    MicrosoftAppType: !authDisabled && env.MICROSOFT_APP_TENANT_ID ? "SingleTenant" : "MultiTenant",
    ...(overrides
      ? {
          // Any override makes botbuilder take every endpoint from here: the public cloud's, but the keys.
          ValidateAuthority: true,
          ToChannelFromBotLoginUrl: `https://login.microsoftonline.com/${env.MICROSOFT_APP_TENANT_ID || "botframework.com"}`,
          ToChannelFromBotOAuthScope: CONNECTOR_AUDIENCE,
          ToBotFromChannelTokenIssuer: "https://api.botframework.com",
          OAuthUrl: "https://api.botframework.com",
          ToBotFromChannelOpenIdMetadataUrl: overrides.openIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: overrides.openIdMetadataUrl,
          CallerId: "urn:botframework:azure",
        }
      : {}),
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (_context, error) => {
    logger.error({ err: (error as Error).message }, "teams turn failed");
    throw error;
  };
  return { adapter, auth, botAppId: appId, authDisabled };
}

/** Sends activities into a stored conversation (proactively); returns the posted activity ids. */
export async function sendToConversation(
  teams: TeamsAdapter,
  reference: StoredConversationReference,
  activities: Partial<Activity>[],
): Promise<string[]> {
  const ids: string[] = [];
  await teams.adapter.continueConversationAsync(
    teams.botAppId,
    reference as Partial<ConversationReference>,
    async (context) => {
      for (const activity of activities) {
        const sent = await context.sendActivity(activity);
        ids.push(sent?.id ?? "");
      }
    },
  );
  return ids;
}

/** Replaces a posted activity (a card) in a stored conversation. */
export async function updateInConversation(
  teams: TeamsAdapter,
  reference: StoredConversationReference,
  activityId: string,
  activity: Partial<Activity>,
): Promise<void> {
  await teams.adapter.continueConversationAsync(
    teams.botAppId,
    reference as Partial<ConversationReference>,
    async (context) => {
      await context.updateActivity({
        ...activity,
        id: activityId,
        conversation: context.activity.conversation,
      });
    },
  );
}

/**
 * The personal chat of a Teams user: the stored one, else a new 1:1 conversation created through the
 * Bot Connector (needs the app installed for the user) and stored.
 */
export async function personalConversation(
  teams: TeamsAdapter,
  store: TeamsConversationRepository,
  user: { id: string; aadObjectId: string; tenantId: string; serviceUrl: string },
  /** The bot's Teams account as the incoming activity named it (`28:<app id>`). */
  bot?: { id: string; name?: string },
): Promise<StoredConversationReference> {
  const known = await store.personalReference(user.aadObjectId, user.tenantId);
  if (known) return known;
  let created: StoredConversationReference | undefined;
  await teams.adapter.createConversationAsync(
    teams.botAppId,
    "msteams",
    user.serviceUrl,
    CONNECTOR_AUDIENCE,
    {
      isGroup: false,
      bot: { id: bot?.id ?? `28:${teams.botAppId}`, name: bot?.name ?? "HR assistant" },
      members: [{ id: user.id, name: "" }],
      tenantId: user.tenantId,
      channelData: { tenant: { id: user.tenantId } },
      activity: undefined as unknown as Activity,
    },
    async (context) => {
      created = {
        ...(TurnContext.getConversationReference(context.activity) as StoredConversationReference),
        serviceUrl: user.serviceUrl,
        user: { id: user.id, aadObjectId: user.aadObjectId },
      };
    },
  );
  if (!created) throw new Error("teams: createConversation returned no conversation");
  await store.saveReference({
    kind: "personal",
    tenantId: user.tenantId,
    aadObjectId: user.aadObjectId,
    reference: created,
  });
  return created;
}
