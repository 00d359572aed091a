import { type Job, UnrecoverableError } from "bullmq";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "../../../src/errors/domain-error";
import {
  defineJob,
  defineProcessor,
  type JobContext,
  runRegisteredJob,
  withDeps,
} from "../../../src/queue/job-definition";

const payJob = defineJob({
  name: "payroll.run-paycheck",
  version: 2,
  schema: z.object({ runId: z.string().min(1), employeeId: z.string().min(1) }),
  jobId: (p) => `paycheck-${p.runId}-${p.employeeId}`,
});

function fakeJob(data: unknown, attemptsMade = 0): Job {
  return {
    id: "paycheck-r-e",
    name: payJob.name,
    data,
    attemptsMade,
    opts: { attempts: 5 },
    log: async () => 0,
    updateProgress: async () => undefined,
    getChildrenValues: async () => ({}),
  } as unknown as Job;
}

describe("defineJob", () => {
  it("defaults the queue to the job name and gives retries with backoff", () => {
    expect(payJob.queue).toBe("payroll.run-paycheck");
    expect(payJob.defaults).toMatchObject({ attempts: 5, backoff: { type: "exponential", delay: 1_000 } });
  });

  it("refuses a name that is not a dotted constant", () => {
    expect(() =>
      defineJob({ name: "RunPaycheck", version: 1, schema: z.object({}), jobId: () => "x" }),
    ).toThrow(/dotted constant/);
  });

  it("parses a stored envelope and a bare payload alike", () => {
    const payload = { runId: "r", employeeId: "e" };
    expect(payJob.parse({ v: 2, payload })).toEqual(payload);
    expect(payJob.parse(payload)).toEqual(payload);
  });

  it("turns an invalid payload into an UnrecoverableError naming the field", () => {
    expect(() => payJob.parse({ v: 2, payload: { runId: "r" } })).toThrow(UnrecoverableError);
    expect(() => payJob.parse({ v: 2, payload: { runId: "r" } })).toThrow(
      /^input\.invalid: payroll\.run-paycheck payload: employeeId: /,
    );
  });

  it("builds a flow node with the business-key jobId and the prefixed queue", () => {
    const runtime = { queueName: (q: string) => `p1.${q}` } as never;
    const node = payJob.flowNode(runtime, { runId: "r", employeeId: "e" });
    expect(node).toMatchObject({
      name: "payroll.run-paycheck",
      queueName: "p1.payroll.run-paycheck",
      data: { v: 2, payload: { runId: "r", employeeId: "e" } },
      opts: { jobId: "paycheck-r-e", attempts: 5 },
    });
  });

  it("refuses a jobId BullMQ cannot store", () => {
    const bad = defineJob({
      name: "x.y",
      version: 1,
      schema: z.object({ n: z.number() }),
      jobId: (p) => String(p.n),
    });
    const runtime = { queueName: (q: string) => q } as never;
    expect(() => bad.flowNode(runtime, { n: 12 })).toThrow(/not an integer/);
  });
});

describe("runRegisteredJob", () => {
  const deps = { calls: [] as unknown[] };

  it("gives the processor the re-parsed payload and the job's context", async () => {
    const registered = defineProcessor(payJob, async (payload, ctx) => ({ payload, job: ctx.job }));
    const result = await runRegisteredJob(
      registered,
      fakeJob({ v: 1, payload: { runId: "r", employeeId: "e" } }, 2),
      deps,
    );
    expect(result).toEqual({
      payload: { runId: "r", employeeId: "e" },
      job: {
        id: "paycheck-r-e",
        name: "payroll.run-paycheck",
        attemptsMade: 2,
        attempts: 5,
        payloadVersion: 1,
      },
    });
  });

  it("turns a DomainError into an UnrecoverableError carrying its code", async () => {
    const registered = defineProcessor(payJob, async () => {
      throw new DomainError("payroll.unsupported_state", "no withholding module for ZZ");
    });
    const run = runRegisteredJob(
      registered,
      fakeJob({ v: 2, payload: { runId: "r", employeeId: "e" } }),
      deps,
    );
    await expect(run).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(run).rejects.toThrow("payroll.unsupported_state: no withholding module for ZZ");
  });

  it("rethrows other errors as they are, so they are retried", async () => {
    const transient = new Error("ECONNRESET");
    const registered = defineProcessor(payJob, async () => {
      throw transient;
    });
    await expect(
      runRegisteredJob(registered, fakeJob({ v: 2, payload: { runId: "r", employeeId: "e" } }), deps),
    ).rejects.toBe(transient);
  });
});

describe("withDeps", () => {
  it("hands each processor the deps derived once from the workers' deps", async () => {
    let derived = 0;
    const registered = defineProcessor(
      payJob,
      async (_payload, ctx: JobContext<{ label: string }>) => ctx.deps.label,
    );
    const [adapted] = withDeps([registered], (deps: { name: string }) => {
      derived += 1;
      return { label: `deps of ${deps.name}` };
    });
    const deps = { name: "worker" };
    const job = fakeJob({ v: 2, payload: { runId: "r", employeeId: "e" } });
    expect(await runRegisteredJob(adapted!, job, deps)).toBe("deps of worker");
    expect(await runRegisteredJob(adapted!, job, deps)).toBe("deps of worker");
    expect(derived).toBe(1);
  });
});
