import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { MIGRATIONS_DIR, pendingMigrations } from "../../../src/db/migrate";
import { createHttpApp, type HealthCheck, listen } from "../../../src/http/server";
import { createLogger, type Logger } from "../../../src/log/logger";
import { readinessChecks, sharedMetricsState } from "../../../src/main/operability";
import { defineJob, defineProcessor, type JobContext } from "../../../src/queue/job-definition";
import type { QueueRuntime } from "../../../src/queue/queue-runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type BackendHarness, openBackendHarness, queueBackends, waitFor } from "../queue/queue-backends";

const echoJob = defineJob({
  name: "test.echo-request",
  version: 1,
  schema: z.object({ key: z.string() }),
  jobId: (p) => `echo-${p.key}`,
});
type Deps = { logger: Logger; done: string[] };
const echoProcessor = defineProcessor(echoJob, async (payload, ctx: JobContext<Deps>) => {
  ctx.deps.logger.info({ key: payload.key }, "echo job ran");
  ctx.deps.done.push(payload.key);
});

/** A logger writing JSON lines into an array. */
function memoryLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of chunk.toString().split("\n")) if (line) lines.push(JSON.parse(line));
      callback();
    },
  });
  return { logger: createLogger("info", sink), lines };
}

describe.each(queueBackends)("operability endpoints with the %s queue", (kind) => {
  let db: TestDatabase;
  let harness: BackendHarness;
  let queue: QueueRuntime;
  let server: Server;
  let base: string;
  const { logger, lines } = memoryLogger();
  const deps: Deps = { logger, done: [] };
  let queueCheck: HealthCheck;
  const dirs: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    harness = await openBackendHarness(kind);
    queue = await harness.runtime();
    const checks = readinessChecks({ db, queue });
    queueCheck = async () => {
      await checks.queue?.();
    };
    const app = createHttpApp({
      logger,
      healthCheck: async () => undefined,
      readiness: { checks: { ...checks, queue: () => queueCheck() } },
      metrics: {
        token: "a-metrics-token-long-enough",
        shared: sharedMetricsState({ db, queue }, [echoJob.queue]),
      },
      mounts: [
        {
          name: "test",
          mount(express) {
            express.post("/enqueue/:key", async (req, res) => {
              logger.info("enqueueing");
              await echoJob.enqueue(queue, { key: req.params.key });
              res.status(202).json({ queued: true });
            });
          },
        },
      ],
    });
    server = await listen(app, 0);
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await harness?.close();
    await db?.cleanup();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("answers /livez and /healthz, and /readyz once database, queue and migrations are ready", async () => {
    expect(await (await fetch(`${base}/livez`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok" });
  });

  it("answers /readyz 503 naming the check that failed", async () => {
    queueCheck = async () => {
      throw new Error("connection refused");
    };
    try {
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: "unavailable", failed: ["queue"] });
      expect(lines.find((l) => l.msg === "readiness check failed")).toMatchObject({
        check: "queue",
        err: "connection refused",
      });
    } finally {
      queueCheck = () => harness.runtime().then((q) => q.ping());
    }
  });

  it("finds a committed migration the database has not applied", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aso-migrations-"));
    dirs.push(dir);
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    mkdirSync(join(dir, "29991231000000_later"));
    writeFileSync(join(dir, "29991231000000_later", "migration.sql"), "SELECT 1;\n");
    expect(await pendingMigrations(db)).toEqual([]);
    expect(await pendingMigrations(db, dir)).toEqual(["29991231000000_later"]);
  });

  it("carries the request id into every log line of the request and of the job it enqueued", async () => {
    const group = queue.startWorkers([echoProcessor], { deps });
    try {
      const res = await fetch(`${base}/enqueue/one`, {
        method: "POST",
        headers: { "x-request-id": "req-abc.123" },
      });
      expect(res.status).toBe(202);
      expect(res.headers.get("x-request-id")).toBe("req-abc.123");
      await waitFor(() => deps.done.includes("one"));
      expect(lines.find((l) => l.msg === "enqueueing")?.requestId).toBe("req-abc.123");
      expect(lines.find((l) => l.msg === "echo job ran")?.requestId).toBe("req-abc.123");

      // No id, or one that is not a plain token: a fresh one, echoed.
      const generated = await fetch(`${base}/livez`, { headers: { "x-request-id": "bad id\twith spaces" } });
      expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await group.close();
    }
  });

  it("serves /metrics only with the bearer token: HTTP latency by route and jobs by queue and state", async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    await echoJob.enqueue(queue, { key: "waiting" });
    const res = await fetch(`${base}/metrics`, {
      headers: { authorization: "Bearer a-metrics-token-long-enough" },
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(
      /aso_http_request_duration_seconds_count\{method="GET",route="\/livez",status="200"\} \d+/,
    );
    expect(text).toContain('aso_jobs{queue="test.echo-request",state="waiting"} 1');
    expect(text).toContain("# TYPE aso_slack_ack_duration_seconds histogram");
  });
});

describe("/metrics without a token", () => {
  it("does not exist outside local development", async () => {
    const { logger } = memoryLogger();
    const server = await listen(
      createHttpApp({ logger, healthCheck: async () => undefined, metrics: {} }),
      0,
    );
    try {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
