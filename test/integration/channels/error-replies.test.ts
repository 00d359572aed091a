import { randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { playgroundMount } from "../../../src/channels/playground/playground-channel";
import { loadEnv } from "../../../src/config/env";
import type { IntentClassifier } from "../../../src/conversation/classifier";
import { type ErrorCode, ErrorCodes } from "../../../src/errors/codes";
import { DomainError } from "../../../src/errors/domain-error";
import { createHttpApp, listen } from "../../../src/http/server";
import { channelMounts } from "../../../src/main/channel-mounts";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type ConnectorCall, startFakeBotConnector } from "../../support/fake-bot-connector";
import type { SlackCall } from "../../support/fake-slack-api";
import { eventCallback, eventRequest, postToSlackEndpoint } from "../../support/slack-requests";
import {
  SIGNING_SECRET,
  type SlackHarness,
  seedSlackClient,
  startSlackHarness,
  TEAM,
} from "../slack/harness";
import { seedClient } from "../timesheets/fixtures";

/**
 * Every error code, thrown inside a chat turn with an operator message full of internal detail,
 * reaches the person on Slack, Teams and the playground as the code's plain reply only.
 */
const CODES = Object.keys(ErrorCodes) as ErrorCode[];
const SECRET_ID = randomUUID();
const operatorMessage = (code: ErrorCode) =>
  `${code}: row ${SECRET_ID} failed (--client 12-3456789, employeeId is required)`;

function failingClassifier(current: { code: ErrorCode }): IntentClassifier {
  return {
    classify: async () => {
      throw new DomainError(current.code, operatorMessage(current.code));
    },
  } as IntentClassifier;
}

function expectSafe(shown: string, code: ErrorCode) {
  expect(shown).toContain(ErrorCodes[code].reply);
  expect(shown).not.toContain(SECRET_ID);
  expect(shown).not.toContain("--client");
  expect(shown).not.toContain("employeeId");
  expect(shown).not.toContain(code);
}

describe("error replies on Slack", () => {
  let db: TestDatabase;
  let h: SlackHarness;
  let user: string;
  const current = { code: CODES[0]! };
  beforeAll(async () => {
    db = await createTestDatabase();
    h = await startSlackHarness(db);
    const seed = await seedSlackClient(db);
    user = seed.employee.slackUserId;
    h.runtime.conversation.classifier = failingClassifier(current);
  });
  afterAll(async () => {
    await h?.close();
    await db?.cleanup();
  });

  it("shows each code's plain reply and nothing of the operator message", async () => {
    const textOf = (call: SlackCall) =>
      `${String(call.args.text ?? "")} ${JSON.stringify(call.args.blocks ?? [])}`;
    for (const [i, code] of CODES.entries()) {
      current.code = code;
      const before = h.fake.callsOf("chat.postMessage").length;
      const body = eventCallback(
        TEAM,
        {
          type: "message",
          channel_type: "im",
          channel: `D${user}`,
          user,
          text: `question ${i}`,
          ts: `${h.nowSeconds()}.${1000 + i}`,
        },
        `Ev${i}${randomBytes(3).toString("hex")}`,
      );
      const res = await postToSlackEndpoint(
        h.baseUrl,
        eventRequest(body, { secret: SIGNING_SECRET, timestamp: h.nowSeconds() }),
      );
      expect(res.status).toBe(200);
      const calls = await h.fake.waitFor("chat.postMessage", before + 1);
      expectSafe(textOf(calls[before]!), code);
    }
  });
});

describe("error replies on Teams and the playground", () => {
  let db: TestDatabase;
  let connector: Awaited<ReturnType<typeof startFakeBotConnector>>;
  let server: Server;
  let base: string;
  let close: () => Promise<void>;
  let employeeRef: string;
  const aad = randomUUID();
  const TENANT = "11111111-2222-3333-4444-555555555555";
  const current = { code: CODES[0]! };

  beforeAll(async () => {
    db = await createTestDatabase();
    connector = await startFakeBotConnector();
    const env = loadEnv({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      TEAMS_AUTH_DISABLED: "true",
      REDIS_URL: process.env.REDIS_URL,
      DATABASE_URL: process.env.DATABASE_URL,
    });
    const { createAppRuntime } = await import("../../../src/main/runtime");
    const { createLogger } = await import("../../../src/log/logger");
    const { fixedClock } = await import("../../../src/core/clock");
    const runtime = await createAppRuntime(env, {
      logger: createLogger("silent"),
      clock: fixedClock("2026-11-30T15:00:00Z"),
      db,
      queuePrefix: `errs${randomBytes(4).toString("hex")}`,
    });
    runtime.conversation.classifier = failingClassifier(current);
    const playground = playgroundMount(
      { ...runtime, env: { ...env, DATABASE_URL: undefined } },
      {
        buildOnDemand: false,
        pollMs: 100,
      },
    );
    const app = createHttpApp({
      logger: runtime.logger,
      healthCheck: async () => {},
      mounts: [...channelMounts(runtime), ...(playground ? [playground] : [])],
    });
    server = await listen(app, 0, "127.0.0.1");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const seeded = await seedClient(db);
    await db.prisma.clientEmployer.update({
      where: { id: seeded.client.id },
      data: { teamsTenantId: TENANT },
    });
    const employee = await seeded.add("Alex Example", ["employee"], { managerId: seeded.manager.id });
    await db.prisma.employee.update({ where: { id: employee.id }, data: { teamsUserId: aad } });
    employeeRef = `employee:${employee.id}`;
    close = async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await runtime.close();
    };
  });
  afterAll(async () => {
    await close?.();
    await connector?.close();
    await db?.cleanup();
  });

  it("Teams shows each code's plain reply and nothing of the operator message", async () => {
    const conversationId = `a:personal-${aad}`;
    const shown = (call: ConnectorCall) => JSON.stringify([call.body.text, call.body.attachments]);
    for (const code of CODES) {
      current.code = code;
      const before = connector.sentTo(conversationId).length;
      const res = await fetch(`${base}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          type: "message",
          id: randomUUID(),
          text: "a question",
          channelId: "msteams",
          serviceUrl: connector.url,
          timestamp: new Date().toISOString(),
          from: { id: "29:alex", aadObjectId: aad, name: "Alex Example" },
          recipient: { id: "28:hr-bot", name: "HR assistant" },
          conversation: { id: conversationId, conversationType: "personal", tenantId: TENANT },
          channelData: { tenant: { id: TENANT } },
        }),
      });
      expect(res.status).toBeLessThan(300);
      await connector.waitFor(() => connector.sentTo(conversationId).length > before);
      expectSafe(shown(connector.sentTo(conversationId)[before]!), code);
    }
  });

  it("the playground shows each code's plain reply and nothing of the operator message", async () => {
    for (const code of CODES) {
      current.code = code;
      const res = await fetch(`${base}/api/playground/turn`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ persona: employeeRef, text: "a question" }),
      });
      expect(res.status).toBe(200);
      const { messages } = (await res.json()) as { messages: { author: string }[] };
      expectSafe(JSON.stringify(messages.filter((m) => m.author === "assistant")), code);
    }
  });
});
