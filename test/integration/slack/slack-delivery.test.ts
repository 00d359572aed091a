import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeliveryTarget } from "../../../src/app/notifications/channel-delivery";
import { createPacer } from "../../../src/channels/pacer";
import { createSlackClients, type SlackConfig } from "../../../src/channels/slack/slack-clients";
import { createSlackDelivery } from "../../../src/channels/slack/slack-delivery";
import { createSlackThreadRepository } from "../../../src/db/slack-thread-repository";
import { createLogger } from "../../../src/log/logger";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type FakeSlackApi, startFakeSlackApi } from "../../support/fake-slack-api";

let db: TestDatabase;
let fake: FakeSlackApi;

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeSlackApi();
});
afterAll(async () => {
  await fake?.close();
  await db?.cleanup();
});

function delivery(options: { minIntervalMs?: number; retries?: number } = {}) {
  const config: SlackConfig = {
    signingSecret: "s",
    botToken: "xoxb-1",
    botId: "B1",
    botUserId: "UBOT",
    oauth: undefined,
    socketMode: undefined,
    apiUrl: fake.url,
    specialistsChannel: "C0SPECIAL",
  };
  const logger = createLogger("silent");
  return createSlackDelivery({
    clients: createSlackClients(config, { logger, retries: options.retries ?? 0 }),
    threads: createSlackThreadRepository(db.prisma),
    specialistsChannel: "C0SPECIAL",
    logger,
    minIntervalMs: options.minIntervalMs ?? 0,
  });
}

const employee = (slackUserId: string | null): DeliveryTarget => ({
  recipient: { kind: "employee", employeeId: randomUUID() },
  slackTeamId: "T0ACME",
  slackUserId,
});

describe("Slack delivery of notifications", () => {
  it("DMs a person through conversations.open + chat.postMessage and returns the message's address", async () => {
    const address = await delivery().send(employee("U0ALEX"), { blocks: [{ kind: "text", text: "Hello" }] });
    expect(address).toMatchObject({ channel: "DU0ALEX", team: "T0ACME" });
    expect(fake.callsOf("conversations.open").at(-1)?.args.users).toBe("U0ALEX");
    const posted = fake.callsOf("chat.postMessage").at(-1)!;
    expect(posted.args.channel).toBe("DU0ALEX");
    expect(posted.token).toBe("xoxb-1");
    expect(address?.ts).toMatch(/^\d+\.\d+$/);
  });

  it("cannot reach someone without a Slack id (another channel may)", async () => {
    expect(await delivery().send(employee(null), { blocks: [{ kind: "text", text: "x" }] })).toBeUndefined();
  });

  it("threads a case's notifications in the specialists' channel", async () => {
    const d = delivery();
    const caseId = randomUUID();
    const target: DeliveryTarget = { recipient: { kind: "specialists", caseId } };
    const first = await d.send(target, { blocks: [{ kind: "text", text: "New case HR-1001" }] });
    const second = await d.send(target, { blocks: [{ kind: "text", text: "Employee wrote again" }] });
    const posts = fake.callsOf("chat.postMessage").slice(-2);
    expect(posts[0]?.args.channel).toBe("C0SPECIAL");
    expect(posts[0]?.args.thread_ts).toBeUndefined();
    expect(posts[1]?.args.thread_ts).toBe(first?.ts);
    expect(second?.channel).toBe("C0SPECIAL");
    expect(await createSlackThreadRepository(db.prisma).caseOfThread("C0SPECIAL", first!.ts!)).toBe(caseId);
  });

  it("updates a message in place with chat.update", async () => {
    await delivery().update(
      { channel: "D1", ts: "1.2" },
      { blocks: [{ kind: "status", tone: "success", text: "Approved" }] },
    );
    const update = fake.callsOf("chat.update").at(-1)!;
    expect(update.args).toMatchObject({ channel: "D1", ts: "1.2" });
    expect(JSON.stringify(update.args.blocks)).toContain("Approved");
  });

  it("waits for Retry-After when Slack answers 429, then delivers", async () => {
    fake.rateLimit("chat.postMessage", 1, 1);
    const t0 = Date.now();
    const address = await delivery({ retries: 1 }).send(employee("U0RATE"), {
      blocks: [{ kind: "text", text: "after the limit" }],
    });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(address?.channel).toBe("DU0RATE");
    expect(fake.callsOf("chat.postMessage#429")).toHaveLength(1);
  });

  it("spaces posts to one channel by the pacing interval, other channels unaffected", async () => {
    const pace = createPacer(150);
    const t0 = Date.now();
    await Promise.all([pace("C1"), pace("C1"), pace("C1"), pace("C2")]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    const t1 = Date.now();
    await pace("C3");
    expect(Date.now() - t1).toBeLessThan(50);
  });
});
