import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/app/clock";
import { playgroundMount } from "../../../src/channels/playground/playground-channel";
import { loadEnv } from "../../../src/config/env";
import type { Reply, ReplyBlock } from "../../../src/conversation/reply";
import { createHttpApp, listen } from "../../../src/http/server";
import { createLogger } from "../../../src/log/logger";
import { type AppRuntime, createAppRuntime } from "../../../src/main/runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { seedClient } from "../timesheets/fixtures";
import { pdfText, postPaycheck } from "./support";

let db: TestDatabase;
let runtime: AppRuntime;
let server: Server;
let base: string;
let seed: Awaited<ReturnType<typeof seedClient>>;
let alex: Awaited<ReturnType<Awaited<ReturnType<typeof seedClient>>["add"]>>;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = loadEnv({ NODE_ENV: "test", LOG_LEVEL: "silent", REDIS_URL: process.env.REDIS_URL });
  runtime = await createAppRuntime(env, {
    logger: createLogger("silent"),
    clock: fixedClock("2026-12-04T15:00:00Z"),
    db,
    queuePrefix: `pgd${randomBytes(4).toString("hex")}`,
  });
  const mount = playgroundMount(
    { ...runtime, env: { ...env, DATABASE_URL: undefined, PLAYGROUND_ENABLED: false } },
    {
      buildOnDemand: false,
      pollMs: 100,
    },
  );
  if (!mount) throw new Error("playground did not mount");
  server = await listen(
    createHttpApp({ logger: runtime.logger, healthCheck: async () => {}, mounts: [mount] }),
    0,
    "127.0.0.1",
  );
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  seed = await seedClient(db, { name: "Acme Tools" });
  alex = await seed.add("Alex Kim", ["employee"], { managerId: seed.manager.id, ptoBalanceHours: "24" });
  await postPaycheck(db, { clientId: seed.client.id, employeeId: alex.id }, "2026-11-20", {
    start: "2026-11-01",
    end: "2026-11-14",
  });
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  await runtime?.close();
  await db?.cleanup();
});

async function turn(persona: string, text: string): Promise<Reply[]> {
  const res = await fetch(`${base}/api/playground/turn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ persona, text }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: { reply: Reply }[] }).messages.map((m) => m.reply);
}

const documentIn = (replies: Reply[]) =>
  replies
    .flatMap((r) => r.blocks)
    .find((b): b is Extract<ReplyBlock, { kind: "document" }> => b.kind === "document");

describe("documents in the playground", () => {
  it("links the pay stub for the asker's session only; another persona, even with the id, gets a 404", async () => {
    const replies = await turn(`employee:${alex.id}`, "send me my pay stub");
    const doc = documentIn(replies);
    expect(doc?.fileName).toBe("pay-stub-2026-11-20.pdf");
    const own = await fetch(
      `${base}/api/playground/documents/${doc!.documentId}?persona=employee:${alex.id}`,
    );
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    const text = await pdfText(Buffer.from(await own.arrayBuffer()));
    expect(text).toContain("Alex Kim");
    expect(text).toContain("Acme Tools");
    expect(text).toMatch(/Vacation 24\b/);

    for (const other of [`employee:${seed.manager.id}`, `employee:${seed.admin.id}`]) {
      const res = await fetch(`${base}/api/playground/documents/${doc!.documentId}?persona=${other}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("Alex");
    }
  });

  it("sends the asker's W-2 for the last finished year, and says a year still running has none yet", async () => {
    await postPaycheck(db, { clientId: seed.client.id, employeeId: alex.id }, "2025-12-19", {
      start: "2025-11-30",
      end: "2025-12-13",
    });
    const replies = await turn(`employee:${alex.id}`, "can you send me a copy of my W-2?");
    const doc = documentIn(replies);
    expect(doc?.fileName).toBe("w2-2025.pdf");
    const own = await fetch(
      `${base}/api/playground/documents/${doc!.documentId}?persona=employee:${alex.id}`,
    );
    const text = await pdfText(Buffer.from(await own.arrayBuffer()));
    expect(text).toContain("Alex Kim");
    expect(text).toContain("Acme Tools");
    // 80 hours at $25.00: the paycheck's gross is the year's box 1 wages (no pre-tax deductions).
    expect(text).toContain("2000.00");
    const running = await turn(`employee:${alex.id}`, "send me my 2026 W-2");
    expect(documentIn(running)).toBeUndefined();
    expect(JSON.stringify(running)).toContain("available after the year ends");
  });

  it("gives a manager asking for a stub their own (none yet), never a report's", async () => {
    const replies = await turn(`employee:${seed.manager.id}`, `send me Alex Kim's pay stub`);
    expect(documentIn(replies)).toBeUndefined();
    expect(JSON.stringify(replies)).not.toContain("pay-stub-2026-11-20");
  });
});
