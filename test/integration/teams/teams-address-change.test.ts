import { randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import { createHttpApp, listen } from "../../../src/http/server";
import { createLogger } from "../../../src/log/logger";
import { channelMounts } from "../../../src/main/channel-mounts";
import { type AppRuntime, createAppRuntime } from "../../../src/main/runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type ConnectorCall, startFakeBotConnector } from "../../support/fake-bot-connector";
import { seedClient } from "../timesheets/fixtures";

/**
 * "update my mailing address" in Teams personal chat, over the Bot Framework HTTP endpoint: the form
 * card, its submission (Action.Execute with the inputs), the preview of the move and the confirm
 * click, which alone changes the address.
 */
const clock = fixedClock("2026-11-30T15:00:00Z");
const TENANT = "11111111-2222-3333-4444-666666666666";
const BOT = { id: "28:hr-bot", name: "HR assistant" };
const alex = { mri: "29:alex-address", aad: randomUUID(), name: "Alex Address" };
const personalId = `a:personal-${alex.aad}`;

let db: TestDatabase;
let connector: Awaited<ReturnType<typeof startFakeBotConnector>>;
let runtime: AppRuntime;
let server: Server;
let base: string;
let employeeId: string;

function activity(extra: Record<string, unknown>) {
  return {
    channelId: "msteams",
    serviceUrl: connector.url,
    timestamp: new Date().toISOString(),
    from: { id: alex.mri, aadObjectId: alex.aad, name: alex.name },
    recipient: BOT,
    conversation: { id: personalId, conversationType: "personal", tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: "en-US",
    ...extra,
  };
}

async function post(body: unknown) {
  const res = await fetch(`${base}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

function shown(call: ConnectorCall): string {
  return JSON.stringify([call.body.text, call.body.attachments]);
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

/** Runs a card action (with extra input values) and returns what Alex sees after it. */
async function execute(action: Record<string, unknown>, inputs: Record<string, string> = {}) {
  const before = connector.sentTo(personalId).length;
  const res = await post(
    activity({
      type: "invoke",
      name: "adaptiveCard/action",
      id: randomUUID(),
      value: {
        action: {
          type: "Action.Execute",
          verb: action.verb,
          data: { ...(action.data as object), ...inputs },
        },
        trigger: "manual",
      },
    }),
  );
  expect(res.status).toBe(200);
  // Replies come in the invoke's answer or as new messages; wait briefly for the latter.
  const deadline = Date.now() + 5_000;
  while (connector.sentTo(personalId).length === before && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 25));
  return {
    text: `${JSON.stringify(res.body)}\n${connector.sentTo(personalId).slice(before).map(shown).join("\n")}`,
    calls: connector.sentTo(personalId).slice(before),
    body: res.body,
  };
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
    logger: createLogger("silent"),
    clock,
    db,
    queuePrefix: `teamsaddr${randomBytes(4).toString("hex")}`,
  });
  runtime.startWorkers();
  const app = createHttpApp({
    logger: runtime.logger,
    healthCheck: async () => {},
    mounts: await channelMounts(runtime),
  });
  server = await listen(app, 0, "127.0.0.1");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const seeded = await seedClient(db);
  await db.prisma.clientEmployer.update({ where: { id: seeded.client.id }, data: { teamsTenantId: TENANT } });
  const employee = await seeded.add("Alex Address", ["employee"], { managerId: seeded.manager.id });
  employeeId = employee.id;
  await db.prisma.employee.update({
    where: { id: employeeId },
    data: {
      teamsUserId: alex.aad,
      homeAddress: { street: "9 Elm St", city: "Camden", state: "NJ", zip: "08102" },
    },
  });
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeAllConnections();
  await runtime?.close();
  await connector?.close();
  await db?.cleanup();
});

describe("an address change in Teams", () => {
  it("shows the form card, previews a move within the state, and changes the address only on Confirm", async () => {
    const before = connector.sentTo(personalId).length;
    expect(
      (await post(activity({ type: "message", id: randomUUID(), text: "change my mailing address" }))).status,
    ).toBe(200);
    await connector.waitFor(() => connector.sentTo(personalId).length > before);
    const formCall = connector.sentTo(personalId).find((c) => findAction(c.body.attachments, "Review"))!;
    expect(shown(formCall)).toContain("Change your address");
    const review = findAction(formCall.body.attachments, "Review")!;

    const input = (field: string, value: string) => ({ [`personal-address.${field}`]: value });
    const bad = await execute(review, {
      ...input("street", "77 Broad St"),
      ...input("city", "Columbus"),
      ...input("state", "ZZ"),
      ...input("zip", "43215"),
    });
    expect(bad.text).toContain("State: must be a US state code such as PA");

    const good = await execute(review, {
      ...input("street", "77 Broad St"),
      ...input("city", "Columbus"),
      ...input("state", "OH"),
      ...input("zip", "43215"),
    });
    expect(good.text).toContain("Columbus taxes its residents");
    const confirmCall = [
      ...good.calls,
      { body: { attachments: good.body } } as unknown as ConnectorCall,
    ].find((c) => findAction(c.body.attachments, "Confirm"))!;
    const confirm = findAction(confirmCall.body.attachments, "Confirm")!;
    expect(
      (await db.prisma.employee.findUniqueOrThrow({ where: { id: employeeId } })).homeAddress,
    ).toMatchObject({
      city: "Camden",
    });

    const done = await execute(confirm);
    expect(done.text).toContain("Your address is updated");
    const after = await db.prisma.employee.findUniqueOrThrow({ where: { id: employeeId } });
    expect(after.homeAddress).toEqual({ street: "77 Broad St", city: "Columbus", state: "OH", zip: "43215" });
    // A move of state: one low-priority case for the ASO, without the street.
    const cases = await db.prisma.case.findMany({ where: { employeeId } });
    expect(cases.map((c) => [c.category, c.priority])).toEqual([["tax", "low"]]);
    expect(cases[0]!.summary).not.toContain("Broad");
  });
});
