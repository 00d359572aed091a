import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob, defineProcessor, type JobContext } from "../../../src/queue/job-definition";
import { type BackendHarness, openBackendHarness, queueBackends, waitFor } from "./queue-backends";

const slowJob = defineJob({
  name: "test.slow",
  version: 1,
  schema: z.object({ key: z.string() }),
  jobId: (p) => `slow-${p.key}`,
  concurrency: 1,
});

type Deps = { started: string[]; finished: string[]; holdMs: number };

const slowProcessor = defineProcessor(slowJob, async (payload, ctx: JobContext<Deps>) => {
  ctx.deps.started.push(payload.key);
  await new Promise((resolve) => setTimeout(resolve, ctx.deps.holdMs));
  ctx.deps.finished.push(payload.key);
  return payload.key;
});

describe.each(queueBackends)("graceful shutdown on the %s backend", (kind) => {
  let harness: BackendHarness;
  beforeAll(async () => {
    harness = await openBackendHarness(kind);
  });
  afterAll(async () => {
    await harness.close();
  });

  it("lets the active job finish and takes no new one", async () => {
    const runtime = await harness.runtime();
    const deps: Deps = { started: [], finished: [], holdMs: 400 };
    runtime.startWorkers([slowProcessor], { deps });
    await slowJob.enqueue(runtime, { key: "a" });
    await slowJob.enqueue(runtime, { key: "b" });
    await waitFor(() => deps.started.length === 1);

    await runtime.close({ timeoutMs: 5_000 });
    expect(deps.finished).toEqual(["a"]);
    expect(deps.started).toEqual(["a"]);

    const after = await harness.runtime({ prefix: runtime.prefix });
    const queue = after.queue(slowJob.queue);
    expect(await queue.getJobState("slow-a")).toBe("completed");
    expect(await queue.getJobState("slow-b")).toBe("waiting");
  });

  it("force-closes after the timeout, leaving the job to be picked up again", async () => {
    const runtime = await harness.runtime();
    const deps: Deps = { started: [], finished: [], holdMs: 3_000 };
    runtime.startWorkers([slowProcessor], { deps, lockDuration: 1_000, stalledInterval: 300 });
    await slowJob.enqueue(runtime, { key: "c" });
    await waitFor(() => deps.started.length === 1);

    const before = Date.now();
    await runtime.close({ timeoutMs: 200 });
    expect(Date.now() - before).toBeLessThan(2_000);
    expect(deps.finished).toEqual([]);

    const after = await harness.runtime({ prefix: runtime.prefix });
    const again: Deps = { started: [], finished: [], holdMs: 0 };
    const workers = after.startWorkers([slowProcessor], {
      deps: again,
      lockDuration: 1_000,
      stalledInterval: 300,
    });
    await waitFor(async () => (await after.queue(slowJob.queue).getJobState("slow-c")) === "completed");
    expect(again.finished).toEqual(["c"]);
    await workers.close();
  });
});
