import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import type { Job } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createHttpApp, listen } from "../../../src/http/server";
import { createLogger } from "../../../src/log/logger";
import { startTracing, type Tracing } from "../../../src/log/tracing";
import { defineJob, defineProcessor, runRegisteredJob } from "../../../src/queue/job-definition";

type OtlpSpan = {
  name: string;
  status?: { code?: number };
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
};
type OtlpExport = { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};

const failingJob = defineJob({
  name: "test.traced-failure",
  version: 1,
  schema: z.object({ note: z.string() }),
  jobId: (p) => p.note,
});
const doneJob = defineJob({
  name: "test.traced",
  version: 1,
  schema: z.object({ note: z.string() }),
  jobId: (p) => p.note,
});

/** A BullMQ job as the worker hands it over, enough for `runRegisteredJob`. */
const jobOf = (name: string, data: unknown) =>
  ({
    id: `${name}-1`,
    name,
    data,
    attemptsMade: 0,
    opts: { attempts: 1 },
    log: async () => 0,
    updateProgress: async () => undefined,
    getChildrenValues: async () => ({}),
  }) as unknown as Job;

/** Traces reach a collector only when OTLP is configured, named by route and job, never by content. */
describe("OpenTelemetry traces", () => {
  let collector: Server;
  let endpoint: string;
  const received: OtlpExport[] = [];
  let tracing: Tracing | undefined;
  let server: Server;

  beforeAll(async () => {
    collector = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += String(c);
      });
      req.on("end", () => {
        if (req.url === "/v1/traces") received.push(JSON.parse(body) as OtlpExport);
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    const quiet = new Writable({ write: (_c, _e, cb) => cb() });
    server = await listen(
      createHttpApp({ logger: createLogger("info", quiet), healthCheck: async () => undefined }),
      0,
    );
  });
  afterAll(async () => {
    await tracing?.shutdown();
    server?.close();
    collector?.close();
  });

  it("exports nothing and starts nothing without an endpoint", () => {
    expect(startTracing({}, "serve")).toBeUndefined();
  });

  it("exports a span per request by route pattern and a span per job run, with its outcome", async () => {
    const started = startTracing(
      { OTEL_EXPORTER_OTLP_ENDPOINT: `${endpoint}/`, OTEL_SERVICE_NAME: "aso-test" },
      "serve",
    );
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await fetch(`${base}/livez`, { headers: { "x-request-id": "req-trace-1" } })).status).toBe(200);
    expect((await fetch(`${base}/employees/123-45-6789`)).status).toBe(404);
    const seen: string[] = [];
    await runRegisteredJob(
      defineProcessor(doneJob, async (p) => {
        seen.push(p.note);
      }),
      jobOf(doneJob.name, { v: 1, payload: { note: "my salary is ninety grand" }, requestId: "req-trace-1" }),
      {},
    );
    await expect(
      runRegisteredJob(
        defineProcessor(failingJob, async () => {
          throw new Error("SSN 123-45-6789 rejected");
        }),
        jobOf(failingJob.name, { v: 1, payload: { note: "x" } }),
        {},
      ),
    ).rejects.toThrow();
    expect(seen).toEqual(["my salary is ninety grand"]);
    await started?.shutdown();
    tracing = undefined;

    const spans = received.flatMap((e) =>
      e.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)),
    );
    const byName = new Map(spans.map((s) => [s.name, s]));
    expect([...byName.keys()].sort()).toEqual(
      [`GET /livez`, `GET unmatched`, `job ${doneJob.name}`, `job ${failingJob.name}`].sort(),
    );
    const live = byName.get("GET /livez")!;
    expect(attribute(live, "request.id")).toBe("req-trace-1");
    expect(attribute(live, "http.response.status_code")).toBe(200);
    expect(attribute(byName.get(`job ${doneJob.name}`)!, "request.id")).toBe("req-trace-1");
    expect(byName.get(`job ${failingJob.name}`)!.status?.code).toBe(2);
    // Neither a raw path, a payload nor an error message leaves the process.
    const exported = JSON.stringify(received);
    for (const secret of ["123-45-6789", "salary", "ninety", "rejected"])
      expect(exported).not.toContain(secret);
    expect(exported).toContain("aso-test");
  });
});
