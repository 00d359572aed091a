import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "../../../src/errors/domain-error";
import { createHttpApp, listen } from "../../../src/http/server";
import { createLogger } from "../../../src/log/logger";
import { queueOverview } from "../../../src/main/operability";
import { defineJob, defineProcessor } from "../../../src/queue/job-definition";
import type { QueueRuntime } from "../../../src/queue/queue-runtime";
import { type BackendHarness, openBackendHarness, queueBackends, waitFor } from "../queue/queue-backends";

// The ASO admins' read-only queue view: counts by state and the latest failed jobs, behind a bearer
// token, on every queue backend; job payloads never appear.

const TOKEN = "an-admin-token-long-enough";
const SECRET_INPUT = "payload-only-value-991";

const brittleJob = defineJob({
  name: "test.admin-brittle",
  version: 1,
  schema: z.object({ key: z.string(), note: z.string() }),
  jobId: (p) => `brittle-${p.key}`,
});
const brittleProcessor = defineProcessor(brittleJob, async (payload) => {
  if (payload.key.startsWith("fail")) throw new DomainError("input.invalid", `<b>${payload.key}</b> refused`);
});

const address = (server: Server) => {
  const a = server.address();
  return `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
};

describe.each(queueBackends)("/admin/queues with the %s queue", (kind) => {
  let harness: BackendHarness;
  let queue: QueueRuntime;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    harness = await openBackendHarness(kind);
    queue = await harness.runtime();
    server = await listen(
      createHttpApp({
        logger: createLogger("silent"),
        healthCheck: async () => undefined,
        adminQueues: { token: TOKEN, overview: queueOverview({ queue }, [brittleJob.queue]) },
      }),
      0,
    );
    base = address(server);
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await harness?.close();
  });

  it("refuses a missing or wrong token", async () => {
    expect((await fetch(`${base}/admin/queues`)).status).toBe(401);
    const wrong = await fetch(`${base}/admin/queues`, { headers: { authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
  });

  it("shows counts by state and the failed jobs, without their payloads", async () => {
    const group = queue.startWorkers([brittleProcessor], { deps: {} });
    try {
      await brittleJob.enqueue(queue, { key: "ok-1", note: SECRET_INPUT });
      await brittleJob.enqueue(queue, { key: "fail-1", note: SECRET_INPUT });
      const q = queue.queue(brittleJob.queue);
      await waitFor(async () => (await q.getFailedCount()) === 1 && (await q.getCompletedCount()) === 1);
    } finally {
      await group.close();
    }
    await brittleJob.enqueue(queue, { key: "later", note: SECRET_INPUT });

    const res = await fetch(`${base}/admin/queues`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(SECRET_INPUT);
    const body = JSON.parse(text);
    expect(body.backend).toBe(kind);
    expect(body.queues).toHaveLength(1);
    const [view] = body.queues;
    expect(view.queue).toBe(brittleJob.queue);
    expect(view.counts).toMatchObject({ waiting: 1, active: 0, completed: 1, failed: 1 });
    expect(view.failed).toEqual([
      {
        id: "brittle-fail-1",
        name: brittleJob.name,
        attemptsMade: 1,
        failedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        reason: "input.invalid: <b>fail-1</b> refused",
      },
    ]);

    // A browser gets the same as a page, with the reason escaped.
    const page = await fetch(`${base}/admin/queues`, {
      headers: { authorization: `Bearer ${TOKEN}`, accept: "text/html" },
    });
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain("&#60;b&#62;fail-1&#60;/b&#62; refused");
    expect(html).not.toContain("<b>fail-1");
    expect(html).not.toContain(SECRET_INPUT);
  });
});

describe("/admin/queues without a token", () => {
  it("does not exist outside local development", async () => {
    const overview = async () => ({ backend: "embedded", queues: [] });
    const server = await listen(
      createHttpApp({
        logger: createLogger("silent"),
        healthCheck: async () => undefined,
        adminQueues: { overview },
      }),
      0,
    );
    try {
      expect((await fetch(`${address(server)}/admin/queues`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
