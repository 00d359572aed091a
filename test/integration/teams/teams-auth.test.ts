import { generateKeyPairSync, type KeyObject, randomBytes, randomUUID, sign } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeamsAdapter } from "../../../src/channels/teams/teams-adapter";
import { teamsMount } from "../../../src/channels/teams/teams-channel";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import { createHttpApp, listen } from "../../../src/http/server";
import { createLogger } from "../../../src/log/logger";
import { type AppRuntime, createAppRuntime } from "../../../src/main/runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { startFakeBotConnector } from "../../support/fake-bot-connector";

type Connector = Awaited<ReturnType<typeof startFakeBotConnector>>;

let db: TestDatabase;
let connector: Connector;
let runtime: AppRuntime;
let server: Server;
let base: string;
let keys: Server;
const APP_ID = randomUUID();
const signing = generateKeyPairSync("rsa", { modulusLength: 2048 });
const stranger = generateKeyPairSync("rsa", { modulusLength: 2048 });
const KID = "test-key-1";

/** An RS256 JWT as the Bot Connector service signs them. */
function jwt(claims: Record<string, unknown>, key: KeyObject = signing.privateKey, kid = KID): string {
  const encode = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const body = `${encode({ alg: "RS256", typ: "JWT", kid })}.${encode({
    iss: "https://api.botframework.com",
    aud: APP_ID,
    nbf: now - 60,
    exp: now + 3600,
    ...claims,
  })}`;
  return `${body}.${sign("RSA-SHA256", Buffer.from(body), key).toString("base64url")}`;
}

beforeAll(async () => {
  db = await createTestDatabase();
  connector = await startFakeBotConnector();
  // A local OpenID configuration + JWKS holding the public key our tokens are signed with.
  keys = createServer((req, res) => {
    const port = (keys.address() as AddressInfo).port;
    res.writeHead(200, { "content-type": "application/json" });
    if (req.url === "/.well-known/openidconfiguration") {
      res.end(
        JSON.stringify({ issuer: "https://api.botframework.com", jwks_uri: `http://127.0.0.1:${port}/keys` }),
      );
      return;
    }
    const jwk = signing.publicKey.export({ format: "jwk" });
    res.end(
      JSON.stringify({ keys: [{ ...jwk, kid: KID, kty: "RSA", use: "sig", endorsements: ["msteams"] }] }),
    );
  });
  await new Promise<void>((resolve) => keys.listen(0, "127.0.0.1", resolve));
  const keysPort = (keys.address() as AddressInfo).port;
  const env = loadEnv({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    MICROSOFT_APP_ID: APP_ID,
    MICROSOFT_APP_PASSWORD: "not-a-real-secret",
    MICROSOFT_APP_TENANT_ID: randomUUID(),
    REDIS_URL: process.env.REDIS_URL,
    DATABASE_URL: process.env.DATABASE_URL,
  });
  runtime = await createAppRuntime(env, {
    logger: createLogger("silent"),
    clock: fixedClock("2026-11-30T15:00:00Z"),
    db,
    queuePrefix: `teamsauth${randomBytes(4).toString("hex")}`,
  });
  const mount = teamsMount(runtime, {
    auth: { openIdMetadataUrl: `http://127.0.0.1:${keysPort}/.well-known/openidconfiguration` },
  });
  const app = createHttpApp({ logger: runtime.logger, healthCheck: async () => {}, mounts: [mount] });
  server = await listen(app, 0, "127.0.0.1");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeAllConnections();
  await runtime?.close();
  await connector?.close();
  keys?.closeAllConnections();
  await new Promise<void>((resolve) => (keys ? keys.close(() => resolve()) : resolve()));
  await db?.cleanup();
});

function message(text: string) {
  return {
    type: "message",
    id: randomUUID(),
    channelId: "msteams",
    serviceUrl: connector.url,
    from: { id: "29:someone", aadObjectId: randomUUID() },
    recipient: { id: "28:bot" },
    conversation: { id: "a:personal-x", conversationType: "personal" },
    text,
  };
}

async function post(body: unknown, headers: Record<string, string>) {
  return fetch(`${base}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

describe("Teams with credentials configured", () => {
  it("answers 401 to a request without a token, and runs nothing", async () => {
    const res = await post(message("hi"), {});
    expect(res.status).toBe(401);
    expect(connector.calls).toHaveLength(0);
  });

  it("answers 400 to a body that is not an activity and 413 to one over the limit, quickly, and runs nothing", async () => {
    const raw = (body: string) =>
      fetch(`${base}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    expect((await raw("{not json")).status).toBe(400);
    expect((await raw("[1,2,3]")).status).toBe(400);
    expect((await raw(JSON.stringify({ text: "no type" }))).status).toBe(400);
    expect((await raw(JSON.stringify({ type: "message", text: "x".repeat(2 * 1024 * 1024) }))).status).toBe(
      413,
    );
    expect(connector.calls).toHaveLength(0);
  });

  it("answers 401 to tokens that are not valid Bot Framework JWTs, and runs nothing", async () => {
    const activity = message("hi");
    const unsigned = `${jwt({ serviceurl: connector.url }).split(".").slice(0, 2).join(".")}.`;
    const cases: Record<string, string> = {
      "not a JWT": "Bearer not-a-jwt",
      "wrong scheme": `Basic ${jwt({ serviceurl: connector.url })}`,
      "unsigned (alg none)": `Bearer ${unsigned}`,
      "signed by another key": `Bearer ${jwt({ serviceurl: connector.url }, stranger.privateKey)}`,
      "for another bot": `Bearer ${jwt({ serviceurl: connector.url, aud: randomUUID() })}`,
      expired: `Bearer ${jwt({ serviceurl: connector.url, exp: Math.floor(Date.now() / 1000) - 3600, nbf: 0 })}`,
      "another serviceUrl": `Bearer ${jwt({ serviceurl: "https://smba.example.invalid/" })}`,
      "another issuer": `Bearer ${jwt({ serviceurl: connector.url, iss: "https://evil.example" })}`,
    };
    for (const [what, authorization] of Object.entries(cases)) {
      const res = await post(activity, { authorization });
      expect(res.status, what).toBe(401);
    }
    expect(connector.calls).toHaveLength(0);
    expect(await db.prisma.teamsConversationRef.count()).toBe(0);
  });

  it("accepts a valid token: the activity runs (an install stores the conversation reference)", async () => {
    const install = {
      ...message(""),
      type: "installationUpdate",
      action: "add",
      conversation: { id: "a:personal-installed", conversationType: "personal", tenantId: "t-1" },
    };
    const res = await post(install, { authorization: `Bearer ${jwt({ serviceurl: connector.url })}` });
    expect(res.status).toBe(200);
    expect(
      await db.prisma.teamsConversationRef.count({ where: { conversationId: "a:personal-installed" } }),
    ).toBe(1);
  });
});

describe("createTeamsAdapter", () => {
  it("refuses TEAMS_AUTH_DISABLED in production even if validation was bypassed", () => {
    expect(() =>
      createTeamsAdapter(
        {
          localDevelopment: false,
          TEAMS_AUTH_DISABLED: true,
          MICROSOFT_APP_ID: undefined,
          MICROSOFT_APP_PASSWORD: undefined,
          MICROSOFT_APP_TENANT_ID: undefined,
        },
        createLogger("silent"),
      ),
    ).toThrow(/production/);
  });

  it("requires MICROSOFT_APP_PASSWORD with MICROSOFT_APP_ID", () => {
    expect(() => loadEnv({ MICROSOFT_APP_ID: randomUUID() })).toThrow(/MICROSOFT_APP_PASSWORD/);
  });

  it("is refused by env validation in production", () => {
    expect(() => loadEnv({ NODE_ENV: "production", TEAMS_AUTH_DISABLED: "true" })).toThrow(
      /TEAMS_AUTH_DISABLED/,
    );
  });
});
