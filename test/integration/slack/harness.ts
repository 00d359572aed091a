import { randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { slackMount } from "../../../src/channels/slack/slack-channel";
import { loadEnv } from "../../../src/config/env";
import { type Clock, fixedClock } from "../../../src/core/clock";
import type { Database } from "../../../src/db/database";
import { createHttpApp, listen } from "../../../src/http/server";
import { createLogger } from "../../../src/log/logger";
import { type AppRuntime, createAppRuntime } from "../../../src/main/runtime";
import type { WorkerGroup } from "../../../src/queue/queue-runtime";
import { type FakeSlackApi, startFakeSlackApi } from "../../support/fake-slack-api";
import type { FakeSlackSocket } from "../../support/fake-slack-socket";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const TEAM = "T0ACME";
export const BOT_USER = "UBOT";

export type SlackHarness = {
  runtime: AppRuntime;
  fake: FakeSlackApi;
  baseUrl: string;
  clock: Clock & { set(next: Date | string): void; advance(ms: number): void };
  /** Seconds since the epoch by the app's clock (what a fresh Slack request carries). */
  nowSeconds(): number;
  /** Milliseconds from each request's arrival at the server's listener to its response (acks). */
  serverTimes: number[];
  close(): Promise<void>;
};

/**
 * The real app as `aso serve` builds it — runtime (database, queue, workers, conversation engine),
 * Slack mounted on the HTTP server on a free port — talking to a fake Slack Web API.
 */
/** The app-level token of the Socket Mode harness. */
export const APP_TOKEN = "xapp-1-test";

export async function startSlackHarness(
  db: Database,
  options: {
    at?: string;
    workConcurrency?: number;
    concurrency?: number;
    logLevel?: string;
    /** Multi-workspace mode: these OAuth settings instead of a bot token (installations in the database). */
    oauth?: { clientId: string; clientSecret: string; stateSecret: string };
    /** Socket Mode: events come over this fake Slack WebSocket instead of `POST /slack/events`. */
    socket?: FakeSlackSocket;
    /** Run only these jobs in this process (others are left to another process, as `aso worker`). */
    onlyJobs?: readonly string[];
  } = {},
): Promise<SlackHarness> {
  const fake = await startFakeSlackApi();
  const clock = fixedClock(options.at ?? "2026-11-25T15:00:00Z");
  const env = loadEnv({
    NODE_ENV: "test",
    LOG_LEVEL: options.logLevel ?? "silent",
    DATABASE_URL: process.env.DATABASE_URL ?? "",
    REDIS_URL: process.env.REDIS_URL ?? "",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    ...(options.oauth
      ? {
          SLACK_CLIENT_ID: options.oauth.clientId,
          SLACK_CLIENT_SECRET: options.oauth.clientSecret,
          SLACK_STATE_SECRET: options.oauth.stateSecret,
          DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
        }
      : { SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_BOT_ID: "B0BOT", SLACK_BOT_USER_ID: BOT_USER }),
    SLACK_API_URL: fake.url,
    SLACK_SPECIALISTS_CHANNEL: "C0SPECIAL",
    ...(options.socket ? { SLACK_SOCKET_MODE: "true", SLACK_APP_TOKEN: APP_TOKEN } : {}),
  });
  const socket = options.socket;
  if (socket) fake.answer("apps.connections.open", () => ({ ok: true, url: socket.url }));
  const logger = createLogger(env.LOG_LEVEL);
  const runtime = await createAppRuntime(env, {
    logger,
    clock,
    db,
    queuePrefix: `slack${randomBytes(4).toString("hex")}`,
    channels: { retries: 0, minIntervalMs: 0 },
  });
  const workers: WorkerGroup = runtime.startWorkers({
    lockDuration: 5_000,
    stalledInterval: 5_000,
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.onlyJobs ? { only: options.onlyJobs } : {}),
  });
  const mount = slackMount(runtime, {
    retries: 0,
    ...(options.workConcurrency ? { workConcurrency: options.workConcurrency } : {}),
  });
  if (!mount) throw new Error("slack did not mount");
  const serverTimes: number[] = [];
  const app = createHttpApp({ logger, healthCheck: async () => undefined, mounts: [mount] });
  const timed: typeof app = (req, res) => {
    const t0 = performance.now();
    res.once("finish", () => serverTimes.push(performance.now() - t0));
    app(req, res);
  };
  const server: Server = await listen(timed, 0, "127.0.0.1");
  const { port } = server.address() as AddressInfo;
  await mount.connection?.start();
  return {
    runtime,
    fake,
    baseUrl: `http://127.0.0.1:${port}`,
    clock,
    nowSeconds: () => Math.floor(clock.now().getTime() / 1000),
    serverTimes,
    async close() {
      await mount.connection?.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await workers.close({ timeoutMs: 5_000 });
      await runtime.close();
      await fake.close();
    },
  };
}

export type SeededPerson = { id: string; name: string; slackUserId: string; email: string };

/** A client employer on Slack workspace `teamId`, with a manager and an employee reporting to them. */
export async function seedSlackClient(db: Database, teamId = TEAM, options: { employees?: number } = {}) {
  const client = await db.prisma.clientEmployer.create({
    data: {
      ein: `${(randomBytes(1)[0]! % 90) + 10}-${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`,
      name: "Acme",
      state: "PA",
      payFrequency: "biweekly",
      sutaRate: "0.0307",
      sutaWageBase: "10000",
      wcClassCode: "8810",
      wcRatePer100: "0.25",
      wcExperienceMod: "1.00",
      timezone: "America/New_York",
      workweekStartDay: 0,
      settings: {},
      slackTeamId: teamId,
    },
  });
  const add = async (
    name: string,
    slackUserId: string | null,
    roles: string[],
    extra: { managerId?: string; ptoBalanceHours?: string; email?: string } = {},
  ): Promise<SeededPerson> => {
    const id = randomUUID();
    const email = extra.email ?? `${id.slice(0, 8)}@example.test`;
    await db.prisma.employee.create({
      data: {
        id,
        clientId: client.id,
        externalId: `E-${id.slice(0, 8)}`,
        name,
        email,
        managerId: extra.managerId ?? null,
        roles,
        hireDate: new Date("2024-03-01T00:00:00Z"),
        workState: "PA",
        payType: roles.includes("manager") ? "salary" : "hourly",
        payRate: "25.00",
        federalW4: {},
        ptoBalanceHours: extra.ptoBalanceHours ?? "0",
        slackUserId,
      },
    });
    return { id, name, slackUserId: slackUserId ?? "", email };
  };
  const manager = await add("Dana Lee", "U0DANA", ["employee", "manager"]);
  const employee = await add("Alex Kim", "U0ALEX", ["employee"], {
    managerId: manager.id,
    ptoBalanceHours: "40",
  });
  const others: SeededPerson[] = [];
  for (let i = 0; i < (options.employees ?? 0); i += 1) {
    others.push(await add(`Worker ${i}`, `U0W${i}`, ["employee"], { managerId: manager.id }));
  }
  return { client, add, manager, employee, others };
}
