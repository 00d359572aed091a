import { randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoDocumentsDir } from "../../../src/app/census/load-demo";
import { recordHours } from "../../../src/app/timesheets/record-hours";
import { submitTimesheet } from "../../../src/app/timesheets/submit-timesheet";
import { createTimesheetDeps } from "../../../src/app/timesheets/wiring";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import { createKnowledgeRepository } from "../../../src/db/knowledge-repository";
import { createHttpApp, listen } from "../../../src/http/server";
import { ingestDirectory } from "../../../src/knowledge/ingest";
import { createLogger } from "../../../src/log/logger";
import { channelMounts } from "../../../src/main/channel-mounts";
import { type AppRuntime, createAppRuntime } from "../../../src/main/runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type ConnectorCall, startFakeBotConnector } from "../../support/fake-bot-connector";
import { seedClient } from "../timesheets/fixtures";

// Decisions happen on Mon 2026-11-30 about the week of Sun 2026-11-22.
const clock = fixedClock("2026-11-30T15:00:00Z");
const TENANT = "11111111-2222-3333-4444-555555555555";
const BOT = { id: "28:hr-bot", name: "HR assistant" };

type Connector = Awaited<ReturnType<typeof startFakeBotConnector>>;
type TeamsUser = { mri: string; aad: string; name: string };

let db: TestDatabase;
let connector: Connector;
let runtime: AppRuntime;
let server: Server;
let base: string;
let seeded: Awaited<ReturnType<typeof seedClient>>;
let employee: Awaited<ReturnType<Awaited<ReturnType<typeof seedClient>>["add"]>>;

const alexUser: TeamsUser = { mri: "29:alex", aad: randomUUID(), name: "Alex Example" };
const miaUser: TeamsUser = { mri: "29:mia", aad: randomUUID(), name: "Mia Manager" };
const samUser: TeamsUser = { mri: "29:sam", aad: randomUUID(), name: "Sam Sample" };
const personalId = (u: TeamsUser) => `a:personal-${u.aad}`;
const CHANNEL = "19:general@thread.tacv2";

function mention(user: TeamsUser, text: string, rootId: string, extra: Record<string, unknown> = {}) {
  return activity(user, {
    type: "message",
    id: randomUUID(),
    text: `<at>HR assistant</at> ${text}`,
    entities: [{ type: "mention", mentioned: BOT, text: "<at>HR assistant</at>" }],
    conversation: { id: `${CHANNEL};messageid=${rootId}`, conversationType: "channel", tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: "19:team" }, channel: { id: CHANNEL } },
    ...extra,
  });
}

function activity(user: TeamsUser, extra: Record<string, unknown>) {
  return {
    channelId: "msteams",
    serviceUrl: connector.url,
    timestamp: new Date().toISOString(),
    from: { id: user.mri, aadObjectId: user.aad, name: user.name },
    recipient: BOT,
    conversation: { id: personalId(user), conversationType: "personal", tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: "en-US",
    ...extra,
  };
}

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

const say = (user: TeamsUser, text: string, id = randomUUID()) =>
  post(activity(user, { type: "message", id, text }));

/** Everything a recorded activity shows: its text and every string inside its cards. */
function shown(call: ConnectorCall): string {
  const strings: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(call.body.text);
  walk(call.body.attachments);
  return strings.join("\n");
}

function findAction(card: unknown, title: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  const walk = (v: unknown) => {
    if (found || !v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (o.type === "Action.Execute" && o.title === title) found = o;
    else Object.values(o).forEach(walk);
  };
  walk(card);
  return found;
}

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
  runtime = await createAppRuntime(env, {
    logger: createLogger(process.env.TEAMS_TEST_LOG ?? "silent"),
    clock,
    db,
    queuePrefix: `teams${randomBytes(4).toString("hex")}`,
  });
  runtime.startWorkers();
  const app = createHttpApp({
    logger: runtime.logger,
    healthCheck: async () => {},
    mounts: await channelMounts(runtime),
  });
  server = await listen(app, 0, "127.0.0.1");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  seeded = await seedClient(db);
  await db.prisma.clientEmployer.update({ where: { id: seeded.client.id }, data: { teamsTenantId: TENANT } });
  employee = await seeded.add("Alex Example", ["employee"], { managerId: seeded.manager.id });
  // Alex is known by AAD object id; Mia is found by her UPN on first contact (roster lookup).
  await db.prisma.employee.update({ where: { id: employee.id }, data: { teamsUserId: alexUser.aad } });
  const sam = await seeded.add("Sam Sample", ["employee"], {
    managerId: seeded.manager.id,
    ptoBalanceHours: "24",
  });
  await db.prisma.employee.update({ where: { id: sam.id }, data: { teamsUserId: samUser.aad } });
  const mia = await db.prisma.employee.findUniqueOrThrow({ where: { id: seeded.manager.id } });
  connector.roster.set(miaUser.mri, {
    id: miaUser.mri,
    aadObjectId: miaUser.aad,
    userPrincipalName: mia.email,
  });
  await ingestDirectory(
    createKnowledgeRepository(db.prisma),
    seeded.client.id,
    demoDocumentsDir("12-3456789"),
  );
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeAllConnections();
  await runtime?.close();
  await connector?.close();
  await db?.cleanup();
});

describe("Teams over HTTP (POST /api/messages, TEAMS_AUTH_DISABLED=true)", () => {
  it("tells an unknown user they are not set up, and nothing else", async () => {
    const stranger: TeamsUser = { mri: "29:stranger", aad: randomUUID(), name: "Stranger" };
    const res = await say(stranger, "what is my deductible?");
    expect(res.status).toBe(200);
    const sent = connector.sentTo(personalId(stranger));
    expect(sent).toHaveLength(1);
    expect(shown(sent[0]!)).toMatch(/not set up/);
  });

  it("answers an employee's benefits question in personal chat with citations", async () => {
    const res = await say(alexUser, "How much is an emergency room visit on the PPO Gold plan?");
    expect(res.status).toBe(200);
    const sent = connector.sentTo(personalId(alexUser));
    expect(sent.length).toBeGreaterThanOrEqual(1);
    const text = sent.map(shown).join("\n");
    expect(text).toMatch(/Sources/);
    // "<document> — <section>" and the quoted passage, from the client's ingested plan documents.
    expect(text).toMatch(/(sbc-ppo-gold|benefits-handbook|sbc-hdhp-hsa)\.md — \S/);
    expect(text).toMatch(/“[^”]{20,}”/);
    // The reply went to the activity's serviceUrl, in the same conversation.
    expect(sent[0]!.path).toContain(encodeURIComponent(personalId(alexUser)));
  });

  it("runs nothing twice when Teams redelivers a message with the same id", async () => {
    const id = randomUUID();
    const before = connector.sentTo(personalId(alexUser)).length;
    await say(alexUser, "hi", id);
    const after = connector.sentTo(personalId(alexUser)).length;
    expect(after).toBeGreaterThan(before);
    await say(alexUser, "hi", id);
    expect(connector.sentTo(personalId(alexUser)).length).toBe(after);
  });

  it("lets a manager approve a timesheet with Action.Execute; the card says who approved; a duplicated invoke changes nothing; its refresh answers only her", async () => {
    // Mia talks to the bot once: she is linked by UPN and her conversation reference is stored.
    await say(miaUser, "hello");
    expect(connector.sentTo(personalId(miaUser)).length).toBeGreaterThanOrEqual(1);
    const linked = await db.prisma.employee.findUniqueOrThrow({ where: { id: seeded.manager.id } });
    expect(linked.teamsUserId).toBe(miaUser.aad);

    const deps = createTimesheetDeps({ db, queue: runtime.queue, clock, notifier: runtime.notifier });
    await recordHours(deps, employee.actor, {
      days: [
        { date: "2026-11-23", hours: "8" },
        { date: "2026-11-24", hours: "8" },
      ],
    });
    const submitted = await submitTimesheet(deps, employee.actor, { date: "2026-11-24" });
    expect(submitted.outcome).toBe("submitted");

    // The approval card reaches Mia's personal chat proactively (notify.deliver job → Teams).
    let cardCall: ConnectorCall | undefined;
    await connector.waitFor(() => {
      cardCall = connector.sentTo(personalId(miaUser)).find((c) => findAction(c.body.attachments, "Approve"));
      return Boolean(cardCall);
    });
    const card = (cardCall!.body.attachments as { content: Record<string, unknown> }[])[0]!.content;
    expect(shown(cardCall!)).toContain("Alex Example");
    expect(card.refresh).toMatchObject({ userIds: [miaUser.mri] });
    const approve = findAction(card, "Approve")!;
    expect(approve.verb).toBe("timesheet.approve");
    const cardActivityId = `activity-${connector.calls.indexOf(cardCall!) + 1}`;

    // View details: answered in a new message; the card (with its buttons) is not replaced.
    const view = findAction(card, "View details")!;
    const sentBefore = connector.sentTo(personalId(miaUser)).length;
    const detailsRes = await post(
      activity(miaUser, {
        type: "invoke",
        name: "adaptiveCard/action",
        id: randomUUID(),
        replyToId: cardActivityId,
        value: { action: { type: "Action.Execute", verb: view.verb, data: view.data }, trigger: "manual" },
      }),
    );
    expect(detailsRes.status).toBe(200);
    expect(detailsRes.body).toMatchObject({
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
    });
    await connector.waitFor(() => connector.sentTo(personalId(miaUser)).length > sentBefore);
    const detailsCard = connector.sentTo(personalId(miaUser))[sentBefore]!;
    expect(shown(detailsCard)).toContain("Mon Nov 23");
    expect(shown(detailsCard)).toContain("16 h worked");
    expect(
      connector.calls.some((c) => c.method === "PUT" && c.path.endsWith(`/activities/${cardActivityId}`)),
    ).toBe(false);
    expect((await db.prisma.timesheet.findFirstOrThrow({ where: { employeeId: employee.id } })).status).toBe(
      "submitted",
    );

    const invoke = activity(miaUser, {
      type: "invoke",
      name: "adaptiveCard/action",
      id: randomUUID(),
      replyToId: cardActivityId,
      value: {
        action: { type: "Action.Execute", verb: approve.verb, data: approve.data },
        trigger: "manual",
      },
    });
    const first = await post(invoke);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    const refreshed = JSON.stringify(first.body);
    expect(refreshed).toMatch(/Approved by Mia Manager at 2026-11-30 10:00 EST/);
    expect(refreshed).toContain("Alex Example");
    expect(refreshed).not.toContain('Action.Execute","verb":"timesheet.approve');
    const sheet = await db.prisma.timesheet.findFirstOrThrow({ where: { employeeId: employee.id } });
    expect(sheet.status).toBe("approved");

    // Teams re-sends the same invoke (same activity id): same answer, nothing changes.
    const callsBefore = connector.calls.filter((c) => c.method === "POST").length;
    const decisionsBefore = await db.prisma.auditLog.count();
    const again = await post(invoke);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(connector.calls.filter((c) => c.method === "POST").length).toBe(callsBefore);
    expect(await db.prisma.auditLog.count()).toBe(decisionsBefore);

    // A second click (new activity id) is answered from the domain: already approved, by whom.
    const later = await post({ ...invoke, id: randomUUID() });
    expect(JSON.stringify(later.body)).toMatch(/Already approved by Mia Manager/);
    expect((await db.prisma.timesheet.findFirstOrThrow({ where: { id: sheet.id } })).status).toBe("approved");
    expect(await db.prisma.auditLog.count()).toBe(decisionsBefore);

    // The card's automatic refresh answers Mia, whom it was shown to, with the decided card; anyone
    // else who learns the card's key (another employee, the same key from a channel) gets nothing.
    const refreshOf = (user: TeamsUser) =>
      post(
        activity(user, {
          type: "invoke",
          name: "adaptiveCard/action",
          id: randomUUID(),
          value: {
            action: {
              type: "Action.Execute",
              verb: "aso.refresh",
              data: (card.refresh as { action: { data: unknown } }).action.data,
            },
            trigger: "automatic",
          },
        }),
      );
    const mias = await refreshOf(miaUser);
    expect(mias.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    expect(JSON.stringify(mias.body)).toMatch(/approved by Mia Manager/i);
    for (const other of [alexUser, samUser]) {
      const refused = await refreshOf(other);
      expect(refused.body).toMatchObject({
        statusCode: 200,
        type: "application/vnd.microsoft.activity.message",
      });
      expect(JSON.stringify(refused.body)).not.toContain("Alex Example");
    }
  });

  it("answers an @mention in a channel in its thread, and sends personal data to personal chat only", async () => {
    const root = "1700000000001";
    const res = await post(mention(samUser, "how much PTO do I have?", root));
    expect(res.status).toBe(200);
    const thread = connector.sentTo(`${CHANNEL};messageid=${root}`);
    expect(thread).toHaveLength(1);
    expect(shown(thread[0]!)).toMatch(/personal chat/);
    expect(shown(thread[0]!)).not.toMatch(/\d+ hours/);
    // Sam never talked to the bot: a personal chat is created (POST /v3/conversations) and stored.
    const created = connector.calls.find((c) => c.method === "POST" && c.path === "/v3/conversations");
    expect(created?.body).toMatchObject({
      isGroup: false,
      bot: { id: BOT.id },
      members: [{ id: samUser.mri }],
      tenantId: TENANT,
    });
    const personal = connector.calls.filter(
      (c) => c.conversationId?.startsWith("a:created-") && c.method === "POST",
    );
    expect(personal.map(shown).join("\n")).toMatch(/hours/i);
    expect(
      await db.prisma.teamsConversationRef.count({ where: { aadObjectId: samUser.aad, kind: "personal" } }),
    ).toBe(1);
  });

  it("ignores channel messages that do not mention the bot", async () => {
    // Only calls about this message count: the previous test's proactive delivery may still land.
    const thread = `${CHANNEL};messageid=1700000000002`;
    const res = await post({
      ...mention(samUser, "lunch anyone?", "1700000000002"),
      entities: [],
      text: "lunch anyone?",
    });
    expect(res.status).toBe(200);
    const aboutThisMessage = connector.calls.filter(
      (c) => c.conversationId !== undefined && decodeURIComponent(c.conversationId) === thread,
    );
    expect(aboutThisMessage).toHaveLength(0);
  });

  it("retries a proactive message Teams throttled (429) through the queue, and delivers it once", async () => {
    connector.failNext(2, 429);
    await runtime.notifier.notify({
      recipient: { kind: "employee", employeeId: employee.id },
      reply: { personal: true, blocks: [{ kind: "text", text: "Reminder: your timesheet is due Friday." }] },
      idempotencyKey: `teams-test-429-${randomUUID()}`,
    });
    const attempts = () =>
      connector.sentTo(personalId(alexUser)).filter((c) => shown(c).includes("is due Friday"));
    await connector.waitFor(() => attempts().some((c) => c.status === 200), 30_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(attempts().filter((c) => c.status === 429).length).toBe(2);
    expect(attempts().filter((c) => c.status === 200)).toHaveLength(1);
  }, 40_000);
});
