import { type FlowJob, type Job, type JobsOptions, UnrecoverableError } from "bullmq";
import type { z } from "zod";
import { DomainError } from "../errors/domain-error";
import { formatZodIssue } from "../errors/zod-issues";
import { currentRequestId, runWithRequestId } from "../log/request-context";
import { inSpan } from "../log/tracing";

/**
 * What BullMQ stores as a job's data: the payload plus the version of the definition that enqueued it,
 * so a processor can tell an old payload from a new one after a deploy.
 */
export type JobEnvelope = {
  v: number;
  payload: unknown;
  /** The request that caused the job (src/log/request-context.ts), so its log lines name that request. */
  requestId?: string;
};

/** Retry defaults for every job: transient failures retry with exponential backoff (1 s, 2 s, 4 s, …). */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: "exponential", delay: 1_000 },
  // Keep finished jobs a while: a custom jobId blocks a duplicate only while the earlier job exists
  // (the database's unique keys are the real idempotency guarantee).
  removeOnComplete: { age: 24 * 3600, count: 5_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const satisfies JobsOptions;

/** Options a caller may set when enqueueing (jobId comes from the definition, never from here). */
export type EnqueueOptions = Omit<JobsOptions, "jobId" | "parent">;

/** What `defineJob` takes. */
export type JobSpec<S extends z.ZodType> = {
  /** Dotted constant, `<domain>.<verb-noun>`, e.g. `payroll.run-paycheck`. */
  name: string;
  /** Bump when the payload schema changes incompatibly; stored in every job. */
  version: number;
  /** zod schema of the payload; checked on enqueue and again inside the processor. */
  schema: S;
  /**
   * The business key, e.g. `paycheck-${runId}-${employeeId}`: the same payload enqueued twice yields one
   * job while the first still exists. Must not contain `:` and must not be an integer.
   */
  jobId(payload: z.output<S>): string;
  /** BullMQ queue the job goes to; defaults to `name` (one queue, hence one worker, per job). */
  queue?: string;
  /** Default BullMQ job options (attempts, backoff, priority, …) over {@link DEFAULT_JOB_OPTIONS}. */
  defaults?: EnqueueOptions;
  /** Parallel jobs per worker process for this job's queue (default 5). */
  concurrency?: number;
  /**
   * How many times a job may stall (its worker died) before it fails; BullMQ's default is once. Raise it
   * for jobs that are cheap and safe to run again.
   */
  maxStalledCount?: number;
  /**
   * A shorter lock (ms; BullMQ's default 30 000) and stalled check (ms; default 30 000) bring a dead
   * worker's jobs back sooner. A stalled job is moved back at its second check after its lock
   * expires, so these bound how long a crash delays the work.
   */
  stall?: { lockDuration: number; stalledInterval: number };
};

/** A job type: its name, payload schema, business-key jobId and how to enqueue it. */
export type JobDefinition<S extends z.ZodType = z.ZodType> = Readonly<{
  name: string;
  version: number;
  schema: S;
  queue: string;
  concurrency: number;
  maxStalledCount: number | undefined;
  stall: { lockDuration: number; stalledInterval: number } | undefined;
  defaults: EnqueueOptions;
  jobId(payload: z.output<S>): string;
  /**
   * Parse a payload: throws `UnrecoverableError` (never retried) naming the field at fault.
   * @param data the payload itself, or a {@link JobEnvelope} as stored in BullMQ.
   */
  parse(data: unknown): z.output<S>;
  /**
   * Validate `payload` (a `DomainError` `input.invalid` naming the field otherwise) and add the job under
   * its business-key jobId; resolves with the job id. Adding the same key again while the first job is
   * still kept returns the same id and runs nothing more.
   *
   * Call it only after the database transaction that produced the payload has committed: in the
   * embedded mode the queue shares the PGlite session, so an enqueue from inside
   * `prisma.$transaction(async (tx) => …)` waits for that very transaction (until its timeout).
   */
  enqueue(runtime: JobQueues, payload: z.input<S>, opts?: EnqueueOptions): Promise<string>;
  /**
   * The same job as a FlowProducer node, for `runtime.flowProducer().add(...)`: a parent completes only
   * after all its `children` have.
   */
  flowNode(
    runtime: JobQueues,
    payload: z.input<S>,
    node?: { children?: FlowJob[]; opts?: EnqueueOptions },
  ): FlowJob;
}>;

/**
 * The part of the queue runtime a definition enqueues through. Declared here, not imported, so job
 * definitions do not depend on the runtime that runs them (`QueueRuntime` satisfies it).
 */
export type JobQueues = {
  queueName(queue: string): string;
  queue(queue: string): {
    add(name: string, data: JobEnvelope, opts: JobsOptions): Promise<{ id?: string | undefined }>;
  };
};

const INTEGER = /^\d+$/;

/**
 * Define a job type. The result is what use cases enqueue with and what a processor is registered
 * against (see `defineProcessor`).
 *
 * @example
 * ```ts
 * export const RunPaycheckPayloadSchema = z.object({ runId: z.string(), employeeId: z.string() });
 * export const runPaycheckJob = defineJob({
 *   name: "payroll.run-paycheck",
 *   version: 1,
 *   schema: RunPaycheckPayloadSchema,
 *   jobId: (p) => `paycheck-${p.runId}-${p.employeeId}`,
 * });
 * await runPaycheckJob.enqueue(queue, { runId, employeeId }); // after commit
 * ```
 */
export function defineJob<S extends z.ZodType>(spec: JobSpec<S>): JobDefinition<S> {
  if (!/^[a-z0-9]+(\.[a-z0-9-]+)+$/.test(spec.name)) {
    throw new Error(`job name "${spec.name}" must be a dotted constant like payroll.run-paycheck`);
  }
  const defaults: EnqueueOptions = { ...DEFAULT_JOB_OPTIONS, ...spec.defaults };

  const parse = (data: unknown): z.output<S> => {
    const payload = isEnvelope(data) ? data.payload : data;
    const parsed = spec.schema.safeParse(payload);
    if (!parsed.success) {
      throw new UnrecoverableError(`input.invalid: ${spec.name} payload: ${formatZodIssue(parsed.error)}`);
    }
    return parsed.data;
  };

  const validJobId = (payload: z.output<S>): string => {
    const id = spec.jobId(payload);
    if (id === "" || id.includes(":") || INTEGER.test(id)) {
      throw new Error(`${spec.name}: jobId "${id}" must be non-empty, without ":" and not an integer`);
    }
    return id;
  };

  const validate = (payload: z.input<S>): z.output<S> => {
    const parsed = spec.schema.safeParse(payload);
    if (!parsed.success) {
      throw new DomainError("input.invalid", `${spec.name} payload: ${formatZodIssue(parsed.error)}`);
    }
    return parsed.data;
  };

  const definition: JobDefinition<S> = {
    name: spec.name,
    version: spec.version,
    schema: spec.schema,
    queue: spec.queue ?? spec.name,
    concurrency: spec.concurrency ?? 5,
    maxStalledCount: spec.maxStalledCount,
    stall: spec.stall,
    defaults,
    jobId: spec.jobId,
    parse,
    async enqueue(runtime, payload, opts) {
      const parsed = validate(payload);
      const envelope = envelopeOf(spec.version, parsed);
      const job = await runtime
        .queue(definition.queue)
        .add(spec.name, envelope, { ...defaults, ...opts, jobId: validJobId(parsed) });
      return job.id ?? validJobId(parsed);
    },
    flowNode(runtime, payload, node = {}) {
      const parsed = validate(payload);
      return {
        name: spec.name,
        queueName: runtime.queueName(definition.queue),
        data: envelopeOf(spec.version, parsed),
        opts: { ...defaults, ...node.opts, jobId: validJobId(parsed) },
        ...(node.children ? { children: node.children } : {}),
      };
    },
  };
  return definition;
}

function envelopeOf(v: number, payload: unknown): JobEnvelope {
  const requestId = currentRequestId();
  return requestId ? { v, payload, requestId } : { v, payload };
}

function isEnvelope(data: unknown): data is JobEnvelope {
  return typeof data === "object" && data !== null && "v" in data && "payload" in data;
}

/** What a processor gets besides its payload. */
export type JobContext<Deps> = {
  deps: Deps;
  job: {
    id: string;
    name: string;
    /** Attempts already made before this one (0 on the first run). */
    attemptsMade: number;
    /** Total attempts allowed. */
    attempts: number;
    /** Version of the definition that enqueued this payload. */
    payloadVersion: number;
  };
  /** Adds a line to the job's BullMQ log (no personal data). */
  log(line: string): Promise<void>;
  /** Reports progress (0–100 or an object) for dashboards and the CLI. */
  progress(value: number | object): Promise<void>;
  /** For a flow parent: its children's return values, keyed by `<queue>:<jobId>`. */
  childrenValues<T = unknown>(): Promise<Record<string, T>>;
  /** Aborted when the worker is force-closed; long processors should stop at the next safe point. */
  signal: AbortSignal | undefined;
};

/**
 * A processor: a plain async function of the (already re-parsed) payload. Rethrow transient errors (they
 * are retried with backoff); a `DomainError` or `UnrecoverableError` fails the job for good.
 */
export type JobProcessor<P, R, Deps> = (payload: P, ctx: JobContext<Deps>) => Promise<R>;

/** A job definition with its processor, as listed in `jobs/registry.ts`. */
export type RegisteredProcessor<Deps> = {
  definition: JobDefinition;
  process: JobProcessor<unknown, unknown, Deps>;
};

/**
 * Pair a definition with its processor for the registry.
 *
 * @example
 * ```ts
 * export const runPaycheckProcessor = defineProcessor(runPaycheckJob, async (payload, ctx: JobContext<JobDeps>) => {
 *   const paycheck = await ctx.deps.db.prisma.paycheck.findUnique(...);
 *   ...
 *   return { paycheckId };
 * });
 * ```
 */
export function defineProcessor<S extends z.ZodType, R, Deps>(
  definition: JobDefinition<S>,
  process: JobProcessor<z.output<S>, R, Deps>,
): RegisteredProcessor<Deps> {
  return {
    definition: definition as unknown as JobDefinition,
    process: process as JobProcessor<unknown, R, Deps>,
  };
}

/**
 * Runs one BullMQ job through its registered processor: re-parses the payload (invalid → unrecoverable),
 * maps `DomainError` to `UnrecoverableError` (a domain rejection never succeeds on retry) and rethrows
 * anything else so BullMQ retries it.
 */
export async function runRegisteredJob<Deps>(
  registered: RegisteredProcessor<Deps>,
  job: Job,
  deps: Deps,
  signal?: AbortSignal,
): Promise<unknown> {
  const { definition } = registered;
  const payload = definition.parse(job.data);
  const context: JobContext<Deps> = {
    deps,
    job: {
      id: job.id ?? "",
      name: job.name,
      attemptsMade: job.attemptsMade,
      attempts: job.opts.attempts ?? 1,
      payloadVersion: isEnvelope(job.data) ? job.data.v : 0,
    },
    log: async (line) => {
      await job.log(line);
    },
    progress: (value) => job.updateProgress(value),
    childrenValues: <T>() => job.getChildrenValues() as Promise<Record<string, T>>,
    signal,
  };
  const data: unknown = job.data;
  const requestId = isEnvelope(data) && typeof data.requestId === "string" ? data.requestId : undefined;
  try {
    return await runWithRequestId(requestId, () =>
      inSpan(
        `job ${job.name}`,
        {
          "job.id": job.id ?? "",
          "job.attempt": job.attemptsMade + 1,
          ...(requestId ? { "request.id": requestId } : {}),
        },
        () => registered.process(payload, context),
      ),
    );
  } catch (error) {
    if (error instanceof DomainError) {
      const unrecoverable = new UnrecoverableError(`${error.code}: ${error.message}`);
      unrecoverable.cause = error;
      throw unrecoverable;
    }
    throw error;
  }
}

/**
 * Adapt processors written against a domain's own deps (e.g. `{ payroll: PayrollDeps }`) to the deps the
 * workers are started with (`JobDeps`): `derive` runs once per deps object, not once per job.
 *
 * @example
 * ```ts
 * // jobs/registry.ts
 * ...withDeps(payrollProcessors, (deps: JobDeps) => ({ payroll: payrollDepsFrom(deps) })),
 * ```
 */
export function withDeps<From extends object, To>(
  processors: readonly RegisteredProcessor<To>[],
  derive: (deps: From) => To,
): RegisteredProcessor<From>[] {
  const cache = new WeakMap<From, To>();
  const depsFor = (deps: From): To => {
    let derived = cache.get(deps);
    if (derived === undefined) {
      derived = derive(deps);
      cache.set(deps, derived);
    }
    return derived;
  };
  return processors.map((registered) => ({
    definition: registered.definition,
    process: (payload, ctx) => registered.process(payload, { ...ctx, deps: depsFor(ctx.deps) }),
  }));
}
