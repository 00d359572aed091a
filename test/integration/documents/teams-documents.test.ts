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
import { pdfText, postPaycheck } from "./support";

const TENANT = "11111111-2222-3333-4444-666666666666";
const BOT = { id: "28:hr-bot", name: "HR assistant" };
const CHANNEL = "19:general@thread.tacv2";
const alex = { mri: "29:alex", aad: randomUUID(), name: "Alex Example" };
const personalId = `a:personal-${alex.aad}`;

let db: TestDatabase;
let connector: Awaited<ReturnType<typeof startFakeBotConnector>>;
let runtime: AppRuntime;
let server: Server;
let base: string;

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
    clock: fixedClock("2026-12-04T15:00:00Z"),
    db,
    queuePrefix: `teamsdoc${randomBytes(4).toString("hex")}`,
  });
  runtime.startWorkers();
  const app = createHttpApp({
    logger: runtime.logger,
    healthCheck: async () => {},
    mounts: await channelMounts(runtime),
  });
  server = await listen(app, 0, "127.0.0.1");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const seeded = await seedClient(db, { name: "Acme Teams Co" });
  await db.prisma.clientEmployer.update({ where: { id: seeded.client.id }, data: { teamsTenantId: TENANT } });
  const person = await seeded.add("Alex Example", ["employee"], {
    managerId: seeded.manager.id,
    ptoBalanceHours: "16",
  });
  await db.prisma.employee.update({ where: { id: person.id }, data: { teamsUserId: alex.aad } });
  await postPaycheck(db, { clientId: seeded.client.id, employeeId: person.id }, "2026-11-20", {
    start: "2026-11-01",
    end: "2026-11-14",
  });
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeAllConnections();
  await runtime?.close();
  await connector?.close();
  await db?.cleanup();
});

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
    type: "message",
    id: randomUUID(),
    ...extra,
  };
}

async function post(body: unknown) {
  const res = await fetch(`${base}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

type Attachment = { contentType: string; contentUrl?: string; name?: string };
const pdfsIn = (calls: ConnectorCall[]) =>
  calls.flatMap((c) =>
    ((c.body.attachments ?? []) as Attachment[]).filter((a) => a.contentType === "application/pdf"),
  );

describe("documents in Teams", () => {
  it("attaches the pay stub PDF to the reply in the personal chat", async () => {
    await post(activity({ text: "send me my pay stub" }));
    const [pdf] = pdfsIn(connector.sentTo(personalId));
    expect(pdf?.name).toBe("pay-stub-2026-11-20.pdf");
    const bytes = Buffer.from(pdf!.contentUrl!.replace(/^data:application\/pdf;base64,/, ""), "base64");
    const text = await pdfText(bytes);
    expect(text).toContain("Alex Example");
    expect(text).toContain("Acme Teams Co");
    expect(text).toMatch(/Vacation 16\b/);
  });

  it("sends a letter asked for in a channel to the personal chat only", async () => {
    const before = pdfsIn(connector.sentTo(personalId)).length;
    const root = randomUUID();
    await post(
      activity({
        text: "<at>HR assistant</at> I need an employment verification letter",
        entities: [{ type: "mention", mentioned: BOT, text: "<at>HR assistant</at>" }],
        conversation: { id: `${CHANNEL};messageid=${root}`, conversationType: "channel", tenantId: TENANT },
        channelData: { tenant: { id: TENANT }, team: { id: "19:team" }, channel: { id: CHANNEL } },
      }),
    );
    const personal = pdfsIn(connector.sentTo(personalId));
    expect(personal).toHaveLength(before + 1);
    expect(personal.at(-1)?.name).toBe("employment-verification-2026-12-04.pdf");
    const inChannel = connector.calls.filter((c) => c.path.includes(encodeURIComponent(CHANNEL)));
    expect(inChannel.length).toBeGreaterThan(0);
    expect(pdfsIn(inChannel)).toEqual([]);
  });
});
