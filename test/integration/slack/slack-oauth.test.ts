import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Recipient } from "../../../src/app/notifier";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import type { SlackCall } from "../../support/fake-slack-api";
import { eventCallback, eventRequest, postToSlackEndpoint } from "../../support/slack-requests";
import { SIGNING_SECRET, type SlackHarness, seedSlackClient, startSlackHarness } from "./harness";

// Multi-workspace mode as `aso serve` runs it with SLACK_CLIENT_ID/SECRET/STATE_SECRET and no
// SLACK_BOT_TOKEN: the OAuth install flow stores each workspace's bot token in the database, Bolt's
// `authorize` picks the token of the workspace a request comes from, and notifications find theirs.

const OAUTH = {
  clientId: "1111.2222",
  clientSecret: "oauth-client-secret",
  stateSecret: "oauth-state-secret",
};
const STATE_COOKIE = "slack-app-oauth-state";
/** A bot token as the database holds it: a ciphertext naming its key, never the token. */
const SEALED = expect.stringMatching(/^v1\.[0-9a-f]{12}\./);

/** A workspace that installs the app by itself. */
const WORKSPACE = "T0OAUTH";
/** An Enterprise Grid organization that installs org-wide, and one of its workspaces. */
const GRID = "E0GRID";
const GRID_WORKSPACE = "T0GRIDWS";
/** A workspace of another Grid organization that installs the app for itself only. */
const OTHER_GRID = "E0GRIDB";
const OTHER_GRID_WORKSPACE = "T0GRIDB";
/** A workspace linked to a client employer that never installed the app. */
const NEVER_INSTALLED = "T0NEVER";

/** What the fake Slack grants for an authorization code: the `oauth.v2.access` and `auth.test` answers. */
type Grant = {
  team: { id: string; name: string } | null;
  enterprise: { id: string; name: string } | null;
  isEnterpriseInstall: boolean;
  accessToken: string;
  botUserId: string;
  botId: string;
  url: string;
};
const GRANTS: Record<string, Grant> = {
  "code-workspace": {
    team: { id: WORKSPACE, name: "Acme OAuth" },
    enterprise: null,
    isEnterpriseInstall: false,
    accessToken: "xoxb-installed-workspace",
    botUserId: "UBOTWS",
    botId: "B0WS",
    url: "https://acme-oauth.slack.com/",
  },
  "code-grid": {
    team: null,
    enterprise: { id: GRID, name: "Grid Org" },
    isEnterpriseInstall: true,
    accessToken: "xoxb-installed-grid",
    botUserId: "UBOTGRID",
    botId: "B0GRID",
    url: "https://grid-org.enterprise.slack.com/",
  },
  "code-grid-workspace": {
    team: { id: OTHER_GRID_WORKSPACE, name: "Other Grid Workspace" },
    enterprise: { id: OTHER_GRID, name: "Other Grid Org" },
    isEnterpriseInstall: false,
    accessToken: "xoxb-installed-grid-workspace",
    botUserId: "UBOTGRIDB",
    botId: "B0GRIDB",
    url: "https://other-grid-ws.enterprise.slack.com/",
  },
};
const tokenOf = (code: string) => GRANTS[code]!.accessToken;

/** The bot scopes slack-app-manifest.yaml declares (the scopes Slack's app config grants). */
function manifestBotScopes(): string[] {
  const lines = readFileSync(new URL("../../../slack-app-manifest.yaml", import.meta.url), "utf8").split(
    "\n",
  );
  const scopes: string[] = [];
  for (const line of lines.slice(lines.findIndex((l) => /^\s+bot:\s*$/.test(l)) + 1)) {
    const item = /^\s+- (\S+)\s*$/.exec(line);
    if (!item) break;
    scopes.push(item[1]!);
  }
  return scopes;
}

type Seeded = Awaited<ReturnType<typeof seedSlackClient>>;
let db: TestDatabase;
let h: SlackHarness;
let acme: Seeded;
let gridOrg: Seeded;
let gridWorkspace: Seeded;
let never: Seeded;

beforeAll(async () => {
  db = await createTestDatabase();
  h = await startSlackHarness(db, { oauth: OAUTH });
  h.fake.answer("oauth.v2.access", ({ args }) => {
    const grant = GRANTS[String(args.code)];
    if (!grant || args.client_id !== OAUTH.clientId || args.client_secret !== OAUTH.clientSecret) {
      return { ok: false, error: "invalid_code" };
    }
    return {
      ok: true,
      app_id: "A0ASO",
      authed_user: { id: "U0INSTALLER" },
      scope: manifestBotScopes().join(","),
      token_type: "bot",
      access_token: grant.accessToken,
      bot_user_id: grant.botUserId,
      team: grant.team,
      enterprise: grant.enterprise,
      is_enterprise_install: grant.isEnterpriseInstall,
    };
  });
  h.fake.answer("auth.test", ({ token }) => {
    const grant = Object.values(GRANTS).find((g) => g.accessToken === token);
    if (!grant) return { ok: false, error: "invalid_auth" };
    return {
      ok: true,
      url: grant.url,
      team: (grant.team ?? grant.enterprise)?.name,
      user: "hr-assistant",
      team_id: (grant.team ?? grant.enterprise)?.id,
      user_id: grant.botUserId,
      bot_id: grant.botId,
      is_enterprise_install: grant.isEnterpriseInstall,
      ...(grant.enterprise ? { enterprise_id: grant.enterprise.id } : {}),
    };
  });
  // Workspaces belong to client employers through the census' `slackTeamId`, as in the other Slack
  // tests; the org-wide Grid customer is linked by its organization's id.
  acme = await seedSlackClient(db, WORKSPACE);
  gridOrg = await seedSlackClient(db, GRID);
  gridWorkspace = await seedSlackClient(db, OTHER_GRID_WORKSPACE);
  never = await seedSlackClient(db, NEVER_INSTALLED);
});
afterAll(async () => {
  await h?.close();
  await db?.cleanup();
});

/** `GET /slack/install`: the page's "Add to Slack" link and the state cookie it sets. */
async function startInstall() {
  const response = await fetch(`${h.baseUrl}/slack/install`, { redirect: "manual" });
  const href = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize\?[^"]+)"/.exec(await response.text())?.[1];
  const stateCookie = response.headers.getSetCookie().find((c) => c.startsWith(`${STATE_COOKIE}=`));
  const authorizeUrl = href ? new URL(href) : undefined;
  return {
    response,
    authorizeUrl,
    state: authorizeUrl?.searchParams.get("state") ?? undefined,
    stateCookie,
    /** `name=value`, as the browser sends it back. */
    cookie: stateCookie?.split(";")[0],
  };
}

/** Slack sending the installer's browser back: `GET /slack/oauth_redirect?code=…&state=…`. */
function oauthRedirect(query: Record<string, string>, cookie?: string) {
  return fetch(`${h.baseUrl}/slack/oauth_redirect?${new URLSearchParams(query)}`, {
    redirect: "manual",
    headers: cookie ? { cookie } : {},
  });
}

/** A whole install in one browser: the install page, then Slack's redirect back with a code. */
async function install(code: string) {
  const { state, cookie } = await startInstall();
  if (!state || !cookie) throw new Error("the install page gave no state");
  return oauthRedirect({ code, state }, cookie);
}

type Where = { teamId: string; enterpriseId?: string; orgWide?: boolean; botUserId: string };

/**
 * A signed DM to the bot as Slack delivers it to the app installed for `at`. For an org-wide install
 * the `authorizations` name the organization: team_id null, is_enterprise_install true.
 */
function dm(user: string, text: string, at: Where) {
  const event = {
    type: "message",
    channel_type: "im",
    channel: `D${user}`,
    user,
    text,
    ts: `${h.nowSeconds()}.000100`,
    team: at.teamId,
  };
  const body = {
    ...eventCallback(at.teamId, event, `Ev${randomUUID()}`),
    ...(at.enterpriseId ? { enterprise_id: at.enterpriseId } : {}),
    authorizations: [
      {
        enterprise_id: at.enterpriseId ?? null,
        team_id: at.orgWide ? null : at.teamId,
        user_id: at.botUserId,
        is_bot: true,
        is_enterprise_install: at.orgWide === true,
      },
    ],
  };
  const send = () =>
    postToSlackEndpoint(h.baseUrl, eventRequest(body, { secret: SIGNING_SECRET, timestamp: h.nowSeconds() }));
  return { eventId: body.event_id, send };
}

/** The Web API calls made since call number `from`. */
const callsSince = (from: number) => h.fake.calls.slice(from);

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 8_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The first `chat.postMessage` to `channel` since call number `from`. */
const postTo = (channel: string, from: number): Promise<SlackCall> =>
  until(
    () => callsSince(from).find((c) => c.method === "chat.postMessage" && c.args.channel === channel),
    `a chat.postMessage to ${channel}`,
  );

const textOf = (call: SlackCall) =>
  `${String(call.args.text ?? "")} ${JSON.stringify(call.args.blocks ?? [])}`;

/** Asks for the PTO balance in a DM; resolves with the reply and every Web API call the turn made. */
async function askPto(user: string, at: Where) {
  const from = h.fake.calls.length;
  const request = dm(user, "how much PTO do I have?", at);
  const response = await request.send();
  expect(response.status).toBe(200);
  const reply = await postTo(`D${user}`, from);
  return { reply, calls: callsSince(from), eventId: request.eventId };
}

/** Sends a notification through the queue (a `notify.*` job); resolves with the Web API calls it made. */
async function notifyAndWait(recipient: Recipient, channel: string) {
  const from = h.fake.calls.length;
  const text = `Notification ${randomUUID()}`;
  await h.runtime.notifier.notify({
    recipient,
    reply: { blocks: [{ kind: "text", text }] },
    idempotencyKey: `oauth-test-${randomUUID()}`,
  });
  const posted = await postTo(channel, from);
  expect(textOf(posted)).toContain(text);
  return callsSince(from);
}

describe("Slack multi-workspace mode: OAuth install and per-workspace authorize", () => {
  it("serves the install page: Slack's authorize URL with our client id, the manifest's bot scopes and a state, and sets the state cookie", async () => {
    const { response, authorizeUrl, state, stateCookie } = await startInstall();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(`${authorizeUrl?.origin}${authorizeUrl?.pathname}`).toBe("https://slack.com/oauth/v2/authorize");
    expect(authorizeUrl?.searchParams.get("client_id")).toBe(OAUTH.clientId);
    expect(authorizeUrl?.searchParams.get("scope")?.split(",")).toEqual(manifestBotScopes());
    expect(state?.length).toBeGreaterThan(20);
    // The same state in an HttpOnly cookie: the redirect back must come from this browser.
    expect(stateCookie).toBe(`${STATE_COOKIE}=${state}; Secure; HttpOnly; Path=/; Max-Age=600`);
    expect((await startInstall()).state).not.toBe(state);
  });

  it("refuses a redirect with a missing, foreign or forged state without calling Slack, and stores nothing", async () => {
    const from = h.fake.calls.length;
    const mine = await startInstall();
    const other = await startInstall();
    const forged = "eyJhbGciOiJIUzI1NiJ9.eyJub3ciOiIyMDI2In0.c2lnbmF0dXJl";
    const refused = [
      // No state at all.
      await oauthRedirect({ code: "code-workspace" }, mine.cookie),
      // A state but no cookie: not this browser's install.
      await oauthRedirect({ code: "code-workspace", state: mine.state! }),
      // Another browser's state with this browser's cookie.
      await oauthRedirect({ code: "code-workspace", state: other.state! }, mine.cookie),
      // A state not signed with our state secret, with a cookie to match.
      await oauthRedirect({ code: "code-workspace", state: forged }, `${STATE_COOKIE}=${forged}`),
    ];
    for (const response of refused) {
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("Oops, Something Went Wrong!");
    }
    expect(callsSince(from)).toEqual([]);

    // A valid state with a code Slack rejects: one oauth.v2.access call, a failure page, nothing stored.
    const rejected = await install("code-nobody-issued");
    expect(rejected.status).toBe(500);
    expect(callsSince(from).map((c) => c.method)).toEqual(["oauth.v2.access"]);
    expect(await db.prisma.slackInstallation.count()).toBe(0);
  });

  it("installs a workspace: exchanges the code with oauth.v2.access, stores the bot token and ids, shows the success page", async () => {
    const from = h.fake.calls.length;
    const response = await install("code-workspace");
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("Thank you!");
    expect(page).toContain(`slack://app?team=${WORKSPACE}&amp;id=A0ASO`);
    expect(response.headers.getSetCookie()).toContainEqual(
      expect.stringMatching(/^slack-app-oauth-state=deleted;/),
    );

    // The code exchange carries the client credentials and no token; auth.test (for the bot id) the new token.
    const calls = callsSince(from);
    expect(calls.map((c) => [c.method, c.token])).toEqual([
      ["oauth.v2.access", undefined],
      ["auth.test", tokenOf("code-workspace")],
    ]);
    expect(calls[0]!.args).toMatchObject({
      code: "code-workspace",
      client_id: OAUTH.clientId,
      client_secret: OAUTH.clientSecret,
    });

    const rows = await db.prisma.slackInstallation.findMany();
    // Encrypted at rest: neither the token column nor the stored installation object holds the token.
    expect(JSON.stringify(rows)).not.toContain(tokenOf("code-workspace"));
    expect(rows).toEqual([
      expect.objectContaining({
        teamId: WORKSPACE,
        enterpriseId: "",
        isEnterpriseInstall: false,
        botToken: SEALED,
        botId: "B0WS",
        botUserId: "UBOTWS",
      }),
    ]);
  });

  it("answers a DM from the installed workspace with that workspace's token", async () => {
    const alex = acme.employee.slackUserId;
    const { reply, calls } = await askPto(alex, { teamId: WORKSPACE, botUserId: "UBOTWS" });
    expect(textOf(reply)).toContain("40 hours");
    expect(calls.map((c) => c.token)).toEqual(calls.map(() => tokenOf("code-workspace")));
  });

  it("delivers a notification to an employee of the installed workspace with its token", async () => {
    const dana = acme.manager;
    const calls = await notifyAndWait({ kind: "employee", employeeId: dana.id }, `D${dana.slackUserId}`);
    expect(calls.map((c) => c.method)).toEqual(["conversations.open", "chat.postMessage"]);
    expect(calls.map((c) => c.token)).toEqual([tokenOf("code-workspace"), tokenOf("code-workspace")]);
  });

  it("posts to the specialists' channel with the first installation's token (the ASO's own workspace)", async () => {
    const calls = await notifyAndWait({ kind: "specialists" }, "C0SPECIAL");
    expect(calls.map((c) => [c.method, c.token])).toEqual([["chat.postMessage", tokenOf("code-workspace")]]);
  });

  it("installs an Enterprise Grid organization org-wide and serves its workspaces with the org's token", async () => {
    const from = h.fake.calls.length;
    const response = await install("code-grid");
    expect(response.status).toBe(200);
    // An org-wide install sends the admin on to the org's app management page (auth.test's url).
    expect(await response.text()).toContain(
      "https://grid-org.enterprise.slack.com/manage/organization/apps/profile/A0ASO/workspaces/add",
    );
    expect(callsSince(from).map((c) => [c.method, c.token])).toEqual([
      ["oauth.v2.access", undefined],
      ["auth.test", tokenOf("code-grid")],
    ]);
    const row = await db.prisma.slackInstallation.findUnique({
      where: { enterpriseId_teamId: { enterpriseId: GRID, teamId: "" } },
    });
    expect(row).toMatchObject({
      isEnterpriseInstall: true,
      botToken: SEALED,
      botId: "B0GRID",
      botUserId: "UBOTGRID",
    });

    // A DM from one of the org's workspaces: Slack's authorizations name the org-wide install.
    const pat = await gridOrg.add("Pat Grid", "U0GRIDPAT", ["employee"], { ptoBalanceHours: "16" });
    const asked = await askPto(pat.slackUserId, {
      teamId: GRID_WORKSPACE,
      enterpriseId: GRID,
      orgWide: true,
      botUserId: "UBOTGRID",
    });
    expect(textOf(asked.reply)).toContain("16 hours");
    expect(asked.calls.map((c) => c.token)).toEqual(asked.calls.map(() => tokenOf("code-grid")));

    // A notification to the org's employer goes out with the org's token too.
    const dana = gridOrg.manager;
    const notified = await notifyAndWait({ kind: "employee", employeeId: dana.id }, `D${dana.slackUserId}`);
    expect(notified.map((c) => c.token)).toEqual(notified.map(() => tokenOf("code-grid")));
  });

  it("installs a single workspace of a Grid organization and serves it with that workspace's token", async () => {
    const response = await install("code-grid-workspace");
    expect(response.status).toBe(200);
    const row = await db.prisma.slackInstallation.findUnique({
      where: { enterpriseId_teamId: { enterpriseId: OTHER_GRID, teamId: OTHER_GRID_WORKSPACE } },
    });
    expect(row).toMatchObject({ isEnterpriseInstall: false, botToken: SEALED });

    const alex = gridWorkspace.employee;
    const asked = await askPto(alex.slackUserId, {
      teamId: OTHER_GRID_WORKSPACE,
      enterpriseId: OTHER_GRID,
      botUserId: "UBOTGRIDB",
    });
    expect(textOf(asked.reply)).toContain("40 hours");
    expect(asked.calls.map((c) => c.token)).toEqual(asked.calls.map(() => tokenOf("code-grid-workspace")));
    // The census knows the workspace id only; the notification still finds the workspace's install.
    const notified = await notifyAndWait({ kind: "employee", employeeId: alex.id }, `D${alex.slackUserId}`);
    expect(notified.map((c) => c.token)).toEqual(notified.map(() => tokenOf("code-grid-workspace")));
  });

  it("answers nothing to a workspace that never installed the app: authorize fails, Bolt acks, nothing runs", async () => {
    const from = h.fake.calls.length;
    const sam = await never.add("Sam Never", "U0NEVERSAM", ["employee"], { ptoBalanceHours: "8" });
    const requests = [
      dm(sam.slackUserId, "how much PTO do I have?", { teamId: NEVER_INSTALLED, botUserId: "UBOTX" }),
      dm(sam.slackUserId, "how much PTO do I have?", {
        teamId: NEVER_INSTALLED,
        enterpriseId: "E0NEVER",
        orgWide: true,
        botUserId: "UBOTX",
      }),
    ];
    for (const request of requests) {
      const response = await request.send();
      // Bolt hands the authorization error to app.error (logged) and acks: 200, empty body, so Slack
      // does not redeliver an event no installed token can answer.
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("");
      // No middleware or listener ran: the event was not even recorded as delivered.
      expect(await db.prisma.idempotencyKey.count({ where: { key: `slack-event:${request.eventId}` } })).toBe(
        0,
      );
    }
    expect(callsSince(from)).toEqual([]);

    // The app goes on serving installed workspaces, and nothing went to Slack for the stranger.
    const served = await askPto(acme.employee.slackUserId, { teamId: WORKSPACE, botUserId: "UBOTWS" });
    expect(served.calls.map((c) => c.token)).toEqual(served.calls.map(() => tokenOf("code-workspace")));
    expect(await db.prisma.idempotencyKey.count({ where: { key: `slack-event:${served.eventId}` } })).toBe(1);
    expect(callsSince(from).filter((c) => c.args.channel === `D${sam.slackUserId}`)).toEqual([]);
    expect(await db.prisma.slackInstallation.count()).toBe(3);
  });
});
