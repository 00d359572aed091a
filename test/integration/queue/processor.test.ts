import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "../../../src/errors/domain-error";
import { defineJob, defineProcessor, type JobContext } from "../../../src/queue/job-definition";
import { type BackendHarness, openBackendHarness, queueBackends, waitFor } from "./queue-backends";

type Deps = { seen: { payload: unknown; attemptsMade: number }[]; failUntilAttempt: number };

const DoubleSchema = z.object({ key: z.string(), amount: z.string().regex(/^\d+\.\d{2}$/) });
const doubleJob = defineJob({
  name: "test.double-amount",
  version: 1,
  schema: DoubleSchema,
  jobId: (p) => `double-${p.key}`,
  defaults: { attempts: 3, backoff: { type: "fixed", delay: 10 } },
});

const doubleProcessor = defineProcessor(doubleJob, async (payload, ctx: JobContext<Deps>) => {
  ctx.deps.seen.push({ payload, attemptsMade: ctx.job.attemptsMade });
  if (payload.key.startsWith("domain")) throw new DomainError("record.not_found", "no such employee");
  if (payload.key.startsWith("flaky") && ctx.job.attemptsMade + 1 < ctx.deps.failUntilAttempt) {
    throw new Error("connection reset");
  }
  const [whole, cents] = payload.amount.split(".") as [string, string];
  const total = (BigInt(whole) * 100n + BigInt(cents)) * 2n;
  return { doubled: `${total / 100n}.${String(total % 100n).padStart(2, "0")}` };
});

describe.each(queueBackends)("a job processor on the %s backend", (kind) => {
  let harness: BackendHarness;
  beforeAll(async () => {
    harness = await openBackendHarness(kind);
  });
  afterAll(async () => {
    await harness.close();
  });

  async function run(payloads: unknown[], failUntilAttempt = 0) {
    const runtime = await harness.runtime();
    const deps: Deps = { seen: [], failUntilAttempt };
    const workers = runtime.startWorkers([doubleProcessor], { deps });
    const ids: string[] = [];
    for (const payload of payloads) {
      // Bypass enqueue's validation to put bad payloads on the queue, as an old producer might.
      const id = await runtime
        .queue(doubleJob.queue)
        .add(doubleJob.name, { v: 1, payload }, { ...doubleJob.defaults, jobId: `raw-${ids.length}` })
        .then((job) => job.id!);
      ids.push(id);
    }
    const queue = runtime.queue(doubleJob.queue);
    await waitFor(async () => {
      const states = await Promise.all(ids.map((id) => queue.getJobState(id)));
      return states.every((s) => s === "completed" || s === "failed");
    });
    const jobs = await Promise.all(ids.map((id) => queue.getJob(id)));
    await workers.close();
    return { deps, jobs, runtime };
  }

  it("runs the processor with the re-parsed payload and stores its result", async () => {
    const runtime = await harness.runtime();
    const deps: Deps = { seen: [], failUntilAttempt: 0 };
    const workers = runtime.startWorkers([doubleProcessor], { deps });
    const id = await doubleJob.enqueue(runtime, { key: "a1", amount: "12.34" });
    expect(id).toBe("double-a1");
    const queue = runtime.queue(doubleJob.queue);
    await waitFor(async () => (await queue.getJobState(id)) === "completed");
    expect((await queue.getJob(id))?.returnvalue).toEqual({ doubled: "24.68" });
    expect(deps.seen).toEqual([{ payload: { key: "a1", amount: "12.34" }, attemptsMade: 0 }]);
    await workers.close();
  });

  it("refuses to enqueue an invalid payload, naming the field", async () => {
    const runtime = await harness.runtime();
    await expect(doubleJob.enqueue(runtime, { key: "a2", amount: "12.3" })).rejects.toThrow(
      /test\.double-amount payload: amount: /,
    );
    expect(await runtime.queue(doubleJob.queue).count()).toBe(0);
  });

  it("fails an invalid stored payload at once, without retrying", async () => {
    const { deps, jobs } = await run([{ key: "bad", amount: 12 }]);
    expect(deps.seen).toEqual([]);
    expect(jobs[0]?.failedReason).toMatch(/^input\.invalid: test\.double-amount payload: amount: /);
    expect(jobs[0]?.attemptsMade).toBe(1);
  });

  it("fails a domain rejection at once, without retrying", async () => {
    const { deps, jobs } = await run([{ key: "domain-1", amount: "1.00" }]);
    expect(deps.seen).toHaveLength(1);
    expect(jobs[0]?.failedReason).toBe("record.not_found: no such employee");
    expect(jobs[0]?.attemptsMade).toBe(1);
  });

  it("retries a transient error and then succeeds", async () => {
    const { deps, jobs } = await run([{ key: "flaky-1", amount: "1.50" }], 3);
    expect(deps.seen.map((s) => s.attemptsMade)).toEqual([0, 1, 2]);
    expect(jobs[0]?.returnvalue).toEqual({ doubled: "3.00" });
  });

  it("runs a job added twice with the same business key once", async () => {
    const runtime = await harness.runtime();
    const deps: Deps = { seen: [], failUntilAttempt: 0 };
    const first = await doubleJob.enqueue(runtime, { key: "dup", amount: "5.00" });
    const second = await doubleJob.enqueue(runtime, { key: "dup", amount: "5.00" });
    expect(second).toBe(first);
    const workers = runtime.startWorkers([doubleProcessor], { deps });
    const queue = runtime.queue(doubleJob.queue);
    await waitFor(async () => (await queue.getJobState(first)) === "completed");
    // Once completed (and still retained), the same key is still refused.
    await doubleJob.enqueue(runtime, { key: "dup", amount: "5.00" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(deps.seen).toHaveLength(1);
    expect(await queue.getJobCounts("completed", "waiting", "active")).toEqual({
      completed: 1,
      waiting: 0,
      active: 0,
    });
    await workers.close();
  });

  it("answers ping", async () => {
    const runtime = await harness.runtime();
    await expect(runtime.ping()).resolves.toBeUndefined();
  });
});
