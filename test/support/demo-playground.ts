import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import { loadDemoData } from "../../src/app/census/load-demo";
import { systemClock } from "../../src/app/clock";
import { playgroundMount } from "../../src/channels/playground/playground-channel";
import { loadEnv } from "../../src/config/env";
import type { Reply } from "../../src/conversation/reply";
import { createHttpApp, listen } from "../../src/http/server";
import { createLogger } from "../../src/log/logger";
import { type AppRuntime, createAppRuntime } from "../../src/main/runtime";
import { createTestDatabase, type TestDatabase } from "./database";

/** The demo census behind the playground's HTTP API, with the job workers running. */
export type DemoPlayground = {
  db: TestDatabase;
  runtime: AppRuntime;
  /** One chat turn as `persona`; the assistant's replies (the persona's own words left out). */
  turn(persona: string, body: { text?: string; command?: { name: string; args: object } }): Promise<Reply[]>;
  close(): Promise<void>;
};

export async function startDemoPlayground(extraEnv: Record<string, string> = {}): Promise<DemoPlayground> {
  const db = await createTestDatabase();
  const env = loadEnv({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    REDIS_URL: process.env.REDIS_URL,
    ...extraEnv,
  });
  const runtime = await createAppRuntime(env, {
    logger: createLogger(process.env.PLAYGROUND_TEST_LOG ?? "silent"),
    clock: systemClock,
    db,
    queuePrefix: `play${randomBytes(4).toString("hex")}`,
  });
  await loadDemoData(db, { clock: systemClock });
  runtime.startWorkers();
  const mount = playgroundMount(
    { ...runtime, env: { ...env, DATABASE_URL: undefined } },
    { buildOnDemand: false, pollMs: 100 },
  );
  const app = createHttpApp({ logger: runtime.logger, healthCheck: async () => {}, mounts: [mount!] });
  const server: Server = await listen(app, 0, "127.0.0.1");
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    db,
    runtime,
    async turn(persona, body) {
      const res = await fetch(`${base}/api/playground/turn`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ persona, ...body }),
      });
      expect(res.status).toBe(200);
      const { messages } = (await res.json()) as { messages: { author: string; reply: Reply }[] };
      return messages.filter((m) => m.author !== "user").map((m) => m.reply);
    },
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await runtime.close();
      await db.cleanup();
    },
  };
}
