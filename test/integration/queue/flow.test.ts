import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob, defineProcessor, type JobContext } from "../../../src/queue/job-definition";
import { type BackendHarness, openBackendHarness, queueBackends, waitFor } from "./queue-backends";

const runJob = defineJob({
  name: "test.flow-run",
  version: 1,
  schema: z.object({ runId: z.string() }),
  jobId: (p) => `run-${p.runId}`,
});
const partJob = defineJob({
  name: "test.flow-part",
  version: 1,
  schema: z.object({ runId: z.string(), index: z.number().int() }),
  jobId: (p) => `part-${p.runId}-${p.index}`,
});

type Deps = { order: string[] };

const runProcessor = defineProcessor(runJob, async (payload, ctx: JobContext<Deps>) => {
  const values = await ctx.childrenValues<{ cents: number }>();
  ctx.deps.order.push(`run-${payload.runId}`);
  return { parts: Object.keys(values).length, cents: Object.values(values).reduce((s, v) => s + v.cents, 0) };
});
const partProcessor = defineProcessor(partJob, async (payload, ctx: JobContext<Deps>) => {
  await new Promise((resolve) => setTimeout(resolve, 20 * payload.index));
  ctx.deps.order.push(`part-${payload.index}`);
  return { cents: 100 * (payload.index + 1) };
});

describe.each(queueBackends)("a flow on the %s backend", (kind) => {
  let harness: BackendHarness;
  beforeAll(async () => {
    harness = await openBackendHarness(kind);
  });
  afterAll(async () => {
    await harness.close();
  });

  it("completes the parent after all its children, with their results", async () => {
    const runtime = await harness.runtime();
    const deps: Deps = { order: [] };
    const workers = runtime.startWorkers([runProcessor, partProcessor], { deps });
    const children = [0, 1, 2].map((index) => partJob.flowNode(runtime, { runId: "r1", index }));
    const tree = await runtime.flowProducer().add(runJob.flowNode(runtime, { runId: "r1" }, { children }));
    expect(tree.job.id).toBe("run-r1");

    const queue = runtime.queue(runJob.queue);
    await waitFor(async () => (await queue.getJobState("run-r1")) === "completed");
    expect(deps.order).toEqual(["part-0", "part-1", "part-2", "run-r1"]);
    expect((await queue.getJob("run-r1"))?.returnvalue).toEqual({ parts: 3, cents: 600 });
    await workers.close();
  });
});
