import { randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseDeskDeps, createQueueCaseJobs } from "../../../src/app/cases/case-desk-deps";
import { claimCase } from "../../../src/app/cases/claim-case";
import { openCase } from "../../../src/app/cases/open-case";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import { createCaseRepository } from "../../../src/db/case-repository";
import { createHttpApp, listen } from "../../../src/http/server";
import { createLogger } from "../../../src/log/logger";
import { channelMounts } from "../../../src/main/channel-mounts";
import { type AppRuntime, createAppRuntime } from "../../../src/main/runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type ConnectorCall, startFakeBotConnector } from "../../support/fake-bot-connector";
import { type CaseWorld, seedCaseWorld } from "../cases/case-fixtures";

const TENANT = "99999999-2222-3333-4444-555555555555";
const ASO_TENANT = "aso-tenant";
const CHANNEL = "19:hr-specialists@thread.tacv2";
const BOT = { id: "28:hr-bot", name: "HR assistant" };

let db: TestDatabase;
let connector: Awaited<ReturnType<typeof startFakeBotConnector>>;
let runtime: AppRuntime;
let server: Server;
let base: string;
let world: CaseWorld;
const alexAad = randomUUID();
const danaAad = randomUUID();

const post = async (body: unknown) => {
  const res = await fetch(`${base}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  await res.text();
  return res.status;
};

const common = () => ({
  channelId: "msteams",
  serviceUrl: connector.url,
  recipient: BOT,
  locale: "en-US",
  timestamp: new Date().toISOString(),
});

function shown(call: ConnectorCall): string {
  return JSON.stringify({ text: call.body.text, attachments: call.body.attachments });
}

beforeAll(async () => {
  db = await createTestDatabase();
  connector = await startFakeBotConnector();
  const env = loadEnv({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    TEAMS_AUTH_DISABLED: "true",
    TEAMS_SPECIALISTS_CONVERSATION_ID: CHANNEL,
    REDIS_URL: process.env.REDIS_URL,
    DATABASE_URL: process.env.DATABASE_URL,
  });
  runtime = await createAppRuntime(env, {
    logger: createLogger("silent"),
    clock: fixedClock("2026-03-03T15:00:00Z"),
    db,
    queuePrefix: `teamssp${randomBytes(4).toString("hex")}`,
  });
  runtime.startWorkers();
  const app = createHttpApp({
    logger: runtime.logger,
    healthCheck: async () => {},
    mounts: await channelMounts(runtime),
  });
  server = await listen(app, 0, "127.0.0.1");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  world = await seedCaseWorld(db.prisma);
  await db.prisma.clientEmployer.update({ where: { id: world.clientId }, data: { teamsTenantId: TENANT } });
  await db.prisma.employee.update({
    where: { id: world.employee.employeeId },
    data: { teamsUserId: alexAad },
  });
  await db.prisma.staff.update({ where: { id: world.specialist.staffId }, data: { teamsUserId: danaAad } });
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeAllConnections();
  await runtime?.close();
  await connector?.close();
  await db?.cleanup();
});

describe("HR specialists in a Teams channel", () => {
  it("posts a new case in the specialists' channel and relays between the case thread and the employee's personal chat", async () => {
    // The app is added to the ASO's team: the channel's reference is stored.
    expect(
      await post({
        ...common(),
        type: "conversationUpdate",
        id: randomUUID(),
        from: { id: "29:installer", aadObjectId: danaAad },
        membersAdded: [BOT],
        conversation: { id: CHANNEL, conversationType: "channel", tenantId: ASO_TENANT },
        channelData: { tenant: { id: ASO_TENANT }, team: { id: CHANNEL }, eventType: "teamMemberAdded" },
      }),
    ).toBe(200);
    // Alex installed the app (personal scope).
    const alexChat = `a:personal-${alexAad}`;
    expect(
      await post({
        ...common(),
        type: "installationUpdate",
        action: "add",
        id: randomUUID(),
        from: { id: "29:alex", aadObjectId: alexAad },
        conversation: { id: alexChat, conversationType: "personal", tenantId: TENANT },
        channelData: { tenant: { id: TENANT } },
      }),
    ).toBe(200);

    const clock = runtime.clock;
    const deps: CaseDeskDeps = {
      cases: createCaseRepository(db.prisma),
      jobs: createQueueCaseJobs(runtime.queue, clock),
      clock,
      logger: runtime.logger,
    };
    const opened = await openCase(deps, {
      actor: world.employee,
      origin: "talk_to_human",
      transcript: [{ role: "employee", text: "I need help with my W-2, my SSN is 123-45-6789" }],
    });

    // The case card starts a thread in the specialists' channel.
    let card: ConnectorCall | undefined;
    await connector.waitFor(() => {
      card = connector.sentTo(CHANNEL).find((c) => shown(c).includes(opened.reference));
      return Boolean(card);
    });
    const root = `activity-${connector.calls.indexOf(card!) + 1}`;
    const thread = `${CHANNEL};messageid=${root}`;
    // The delivery remembers the thread right after the post returns.
    let remembered: string | undefined;
    for (let i = 0; i < 200 && !remembered; i++) {
      remembered = (await db.prisma.teamsCaseThread.findUnique({ where: { caseId: opened.caseId } }))
        ?.activityId;
      if (!remembered) await new Promise((r) => setTimeout(r, 25));
    }
    expect(remembered).toBe(root);

    await claimCase(deps, { actor: world.specialist, caseId: opened.caseId });
    await connector.waitFor(() =>
      connector.sentTo(alexChat).some((c) => shown(c).includes("picked up your case")),
    );

    // Dana answers in the case thread (no @mention needed there).
    expect(
      await post({
        ...common(),
        type: "message",
        id: randomUUID(),
        text: "Your W-2 is on its way by mail.",
        from: { id: "29:dana", aadObjectId: danaAad, name: "Dana Lee" },
        conversation: { id: thread, conversationType: "channel", tenantId: ASO_TENANT },
        channelData: { tenant: { id: ASO_TENANT }, team: { id: CHANNEL }, channel: { id: CHANNEL } },
      }),
    ).toBe(200);
    await connector.waitFor(() =>
      connector.sentTo(alexChat).some((c) => shown(c).includes("Your W-2 is on its way by mail.")),
    );

    // Alex replies in personal chat: relayed into the case thread, not answered by the bot.
    const before = connector.sentTo(alexChat).length;
    expect(
      await post({
        ...common(),
        type: "message",
        id: randomUUID(),
        text: "Thanks, got it. My account is 000123456789, routing 021000021.",
        from: { id: "29:alex", aadObjectId: alexAad, name: "Alex Example" },
        conversation: { id: alexChat, conversationType: "personal", tenantId: TENANT },
        channelData: { tenant: { id: TENANT } },
      }),
    ).toBe(200);
    await connector.waitFor(() => connector.sentTo(thread).some((c) => shown(c).includes("Thanks, got it")));
    expect(connector.sentTo(alexChat).length).toBe(before);
    // Personal numbers never reach the specialists' channel, the case's rows or the audit log.
    const posted = connector.calls.map(shown).join("\n");
    const stored = JSON.stringify([
      await db.prisma.case.findUnique({
        where: { id: opened.caseId },
        select: { summary: true, transcript: true },
      }),
      await db.prisma.caseMessage.findMany({ where: { caseId: opened.caseId }, select: { body: true } }),
      await db.prisma.auditLog.findMany({
        where: { subjectId: opened.caseId },
        select: { before: true, after: true },
      }),
    ]);
    for (const personal of ["123-45-6789", "123456789", "000123456789", "021000021"]) {
      expect(posted).not.toContain(personal);
      expect(stored).not.toContain(personal);
    }
  });
});
