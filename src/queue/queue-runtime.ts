import type { PGlite } from "@electric-sql/pglite";
import {
  createPostgresBackend,
  type FlowProducer,
  type IQueueBackend,
  type Job,
  type Queue,
  FlowProducer as RedisFlowProducer,
  Queue as RedisQueue,
  Worker as RedisWorker,
  runMigrations,
  UnrecoverableError,
  type Worker,
  withBackend,
} from "bullmq";
import { Redis } from "ioredis";
import pg from "pg";
import type { Env } from "../config/env";
import type { Logger } from "../log/logger";
import { type JobEnvelope, type RegisteredProcessor, runRegisteredJob } from "./job-definition";
import { PGlitePgPool } from "./pglite-pool";

/**
 * Where the jobs live: `redis` (production, REDIS_URL), `postgres` (no REDIS_URL but DATABASE_URL:
 * BullMQ's PostgreSQL backend on a pg.Pool) or `embedded` (neither: BullMQ's PostgreSQL backend on the
 * embedded PGlite).
 */
export type QueueBackendKind = "redis" | "postgres" | "embedded";

/** The part of `Database` (src/db/database.ts) the queue needs. */
export type QueueDatabase = { kind: "embedded" | "postgres"; pglite?: PGlite | undefined };

/** A BullMQ queue of job envelopes, whichever backend it runs on. */
export type AppQueue = Queue<
  JobEnvelope,
  unknown,
  string,
  JobEnvelope,
  unknown,
  string,
  IQueueBackend,
  unknown
>;
type AppWorker = Worker<JobEnvelope, unknown, string, IQueueBackend>;
type AppFlowProducer = FlowProducer<IQueueBackend, unknown>;

export type QueueRuntimeOptions = {
  env: Pick<Env, "REDIS_URL" | "DATABASE_URL">;
  db: QueueDatabase;
  /** Prepended to every queue name (`<prefix>.<queue>`): tests pass a unique one. */
  prefix?: string;
  /** PostgreSQL schema holding BullMQ's tables (default `bullmq`; never the app's `public`). */
  schema?: string;
  logger?: Logger;
};

export type StartWorkersOptions<Deps> = {
  deps: Deps;
  /** Only run these job names (default: all given processors). */
  only?: readonly string[];
  /** Overrides every definition's concurrency. */
  concurrency?: number;
  /** How long a job's lock lasts without renewal (ms, BullMQ default 30 000); tests use less. */
  lockDuration?: number;
  /** How often stalled jobs (lock expired: the worker died) are moved back to wait (ms, default 30 000). */
  stalledInterval?: number;
  /** How many times a job may stall before it fails (default: the definitions' own, else BullMQ's 1). */
  maxStalledCount?: number;
};

/** The workers started by {@link QueueRuntime.startWorkers}. */
export type WorkerGroup = {
  readonly workers: readonly AppWorker[];
  /**
   * Graceful stop: take no new jobs, let active ones finish; after `timeoutMs` (default 30 s) force-close
   * (a force-closed job's lock expires and another worker picks it up as stalled).
   */
  close(opts?: { timeoutMs?: number }): Promise<void>;
};

/** The one queue API the app uses; see `createQueueRuntime`. */
export type QueueRuntime = {
  readonly backend: QueueBackendKind;
  readonly prefix: string;
  /** The BullMQ name of a queue: the prefix applied. */
  queueName(queue: string): string;
  /** The (cached) BullMQ queue; `queue` is the unprefixed name, e.g. a definition's `queue`. */
  queue(queue: string): AppQueue;
  /** The (cached) FlowProducer for parent/children jobs (nodes from `definition.flowNode`). */
  flowProducer(): AppFlowProducer;
  /** Run the processors: one BullMQ worker per queue, dispatching by job name. */
  startWorkers<Deps>(
    processors: readonly RegisteredProcessor<Deps>[],
    opts: StartWorkersOptions<Deps>,
  ): WorkerGroup;
  /** Resolves when the backend answers (for /healthz); rejects otherwise. */
  ping(): Promise<void>;
  /** Graceful shutdown: stops the workers (see {@link WorkerGroup.close}), then closes queues and connections. */
  close(opts?: { timeoutMs?: number }): Promise<void>;
};

type Backend = {
  kind: QueueBackendKind;
  Queue: new (name: string, opts: object) => AppQueue;
  Worker: new (
    name: string,
    processor: (job: Job<JobEnvelope>, token?: string, signal?: AbortSignal) => Promise<unknown>,
    opts: object,
  ) => AppWorker;
  FlowProducer: new (opts: object) => AppFlowProducer;
  /** For queues and the flow producer (enqueueing fails fast when the backend is down). */
  connection: object;
  /** For workers (they block and retry forever while the backend is down). */
  workerConnection: object;
  ping(): Promise<void>;
  close(): Promise<void>;
};

const DEFAULT_SCHEMA = "bullmq";
/** /healthz must answer promptly even when the backend hangs (Redis away, a long PGlite transaction). */
const PING_TIMEOUT_MS = 3_000;

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Open the job queue for this process.
 * - `REDIS_URL` set → BullMQ on Redis (ioredis);
 * - else `DATABASE_URL` set → BullMQ's PostgreSQL backend on its own `pg.Pool` (search_path = the BullMQ
 *   schema);
 * - else → BullMQ's PostgreSQL backend on the embedded PGlite (`db.pglite`), through {@link PGlitePgPool}.
 *
 * On PostgreSQL/PGlite, BullMQ's own migrations run first, into their own schema.
 *
 * @example
 * ```ts
 * const db = await openDatabase(env);
 * const queue = await createQueueRuntime({ env, db, logger });
 * await runPaycheckJob.enqueue(queue, { runId, employeeId }); // after the transaction commits
 * const workers = queue.startWorkers(jobProcessors, { deps: { db, queue, clock, logger, notifier } });
 * // on SIGTERM:
 * await queue.close({ timeoutMs: 30_000 }); // workers finish their active jobs, then connections close
 * await db.close();
 * ```
 */
export async function createQueueRuntime(options: QueueRuntimeOptions): Promise<QueueRuntime> {
  const backend = await openBackend(options);
  const prefix = options.prefix ?? "";
  if (prefix.includes(":")) throw new Error(`queue prefix "${prefix}" may not contain ":"`);
  const queues = new Map<string, AppQueue>();
  const groups = new Set<WorkerGroup>();
  let flowProducer: AppFlowProducer | undefined;
  let closing: Promise<void> | undefined;
  const log = options.logger;

  const queueName = (queue: string) => (prefix ? `${prefix}.${queue}` : queue);

  const runtime: QueueRuntime = {
    backend: backend.kind,
    prefix,
    queueName,
    queue(queue) {
      let found = queues.get(queue);
      if (!found) {
        found = new backend.Queue(queueName(queue), { connection: backend.connection });
        found.on("error", (error) => log?.error({ err: error, queue }, "queue error"));
        queues.set(queue, found);
      }
      return found;
    },
    flowProducer() {
      if (!flowProducer) {
        flowProducer = new backend.FlowProducer({ connection: backend.connection });
        flowProducer.on("error", (error) => log?.error({ err: error }, "flow producer error"));
      }
      return flowProducer;
    },
    startWorkers(processors, opts) {
      const byQueue = new Map<string, Map<string, RegisteredProcessor<typeof opts.deps>>>();
      for (const registered of processors) {
        const { definition } = registered;
        if (opts.only && !opts.only.includes(definition.name)) continue;
        const names = byQueue.get(definition.queue) ?? new Map();
        if (names.has(definition.name)) throw new Error(`job ${definition.name} is registered twice`);
        names.set(definition.name, registered);
        byQueue.set(definition.queue, names);
      }
      const workers: AppWorker[] = [];
      for (const [queue, names] of byQueue) {
        const concurrency =
          opts.concurrency ?? Math.max(...[...names.values()].map((r) => r.definition.concurrency));
        const stalls = [...names.values()].flatMap((r) =>
          r.definition.maxStalledCount === undefined ? [] : [r.definition.maxStalledCount],
        );
        const maxStalledCount = opts.maxStalledCount ?? (stalls.length ? Math.max(...stalls) : undefined);
        // The shortest stall settings of the queue's definitions (a caller's options win).
        const stallOf = [...names.values()].flatMap((r) => (r.definition.stall ? [r.definition.stall] : []));
        const lockDuration =
          opts.lockDuration ?? (stallOf.length ? Math.min(...stallOf.map((s) => s.lockDuration)) : undefined);
        const stalledInterval =
          opts.stalledInterval ??
          (stallOf.length ? Math.min(...stallOf.map((s) => s.stalledInterval)) : undefined);
        const worker = new backend.Worker(
          queueName(queue),
          async (job, _token, signal) => {
            const registered = names.get(job.name);
            if (!registered) throw new UnrecoverableError(`no processor for job ${job.name} on ${queue}`);
            return runRegisteredJob(registered, job, opts.deps, signal);
          },
          {
            connection: backend.workerConnection,
            concurrency,
            ...(lockDuration !== undefined ? { lockDuration } : {}),
            ...(stalledInterval !== undefined ? { stalledInterval } : {}),
            ...(maxStalledCount !== undefined ? { maxStalledCount } : {}),
          },
        );
        worker.on("error", (error) => log?.error({ err: error, queue }, "worker error"));
        worker.on("failed", (job, error) =>
          log?.warn(
            { queue, job: job?.name, jobId: job?.id, attemptsMade: job?.attemptsMade, reason: error.message },
            "job failed",
          ),
        );
        worker.on("stalled", (jobId) => log?.warn({ queue, jobId }, "job stalled; retrying"));
        workers.push(worker);
      }
      const group: WorkerGroup = {
        workers,
        close: async ({ timeoutMs = 30_000 } = {}) => {
          groups.delete(group);
          await closeWorkers(workers, timeoutMs, log);
        },
      };
      groups.add(group);
      return group;
    },
    ping: () =>
      withTimeout(backend.ping(), PING_TIMEOUT_MS, `queue backend (${backend.kind}) did not answer`),
    close(opts) {
      closing ??= (async () => {
        await Promise.all([...groups].map((group) => group.close(opts)));
        await Promise.all([...queues.values()].map((queue) => queue.close()));
        await flowProducer?.close();
        await backend.close();
      })();
      return closing;
    },
  };
  return runtime;
}

async function closeWorkers(workers: readonly AppWorker[], timeoutMs: number, log?: Logger): Promise<void> {
  // Stop fetching on every worker at once, and wait for their active jobs together.
  const drained = Promise.all(workers.map((worker) => worker.pause(false)));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const outcome = await Promise.race([drained.then(() => "drained" as const), timedOut]);
  clearTimeout(timer);
  if (outcome === "drained") {
    await Promise.all(workers.map((worker) => worker.close(false)));
    return;
  }
  // Too slow: abort the processors' signals, stop renewing locks and leave. Each unfinished job's lock
  // expires and another worker's stalled-job check puts it back in the queue.
  log?.warn({ timeoutMs }, "active jobs did not finish in time; force-closing workers");
  for (const worker of workers) worker.cancelAllJobs("worker shutting down");
  await Promise.all(workers.map((worker) => worker.close(true)));
}

async function openBackend(options: QueueRuntimeOptions): Promise<Backend> {
  const { env, db } = options;
  if (env.REDIS_URL) return openRedis(env.REDIS_URL);
  const schema = options.schema ?? DEFAULT_SCHEMA;
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL, schema);
  if (!db.pglite) throw new Error("embedded queue needs the embedded database (db.pglite)");
  return openEmbedded(db.pglite, schema);
}

function openRedis(url: string): Backend {
  // Producers fail fast while Redis is away (an enqueue error reaches the use case); workers block and
  // must retry forever, which BullMQ requires as maxRetriesPerRequest: null. BullMQ duplicates the worker
  // connection for each worker's blocking client and leaves both of these to us.
  const producer = new Redis(url, { maxRetriesPerRequest: 2 });
  const workers = new Redis(url, { maxRetriesPerRequest: null });
  // Connection errors surface through ping(), failed enqueues and the BullMQ objects' own error events.
  producer.on("error", () => undefined);
  workers.on("error", () => undefined);
  return {
    kind: "redis",
    Queue: RedisQueue as unknown as Backend["Queue"],
    Worker: RedisWorker as unknown as Backend["Worker"],
    FlowProducer: RedisFlowProducer as unknown as Backend["FlowProducer"],
    connection: producer,
    workerConnection: workers,
    ping: async () => {
      const answer = await producer.ping();
      if (answer !== "PONG") throw new Error(`redis answered ${answer}`);
    },
    close: async () => {
      // QUIT queues behind any command Redis never answered (a PING to a Redis that accepts connections
      // but does not reply): past the timeout, drop the connection rather than hang the process.
      await Promise.all(
        [producer, workers].map((c) =>
          withTimeout(c.quit(), PING_TIMEOUT_MS, "redis did not answer QUIT").catch(() => c.disconnect()),
        ),
      );
    },
  };
}

async function migrate(pool: { connect(): Promise<{ release(): void }> }, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await runMigrations(client as unknown as Parameters<typeof runMigrations>[0], schema);
  } finally {
    client.release();
  }
}

function postgresBackend(
  kind: "postgres" | "embedded",
  pool: PGlitePgPool | pg.Pool,
  close: () => Promise<void>,
): Backend {
  const classes = withBackend(createPostgresBackend);
  return {
    kind,
    Queue: classes.Queue as unknown as Backend["Queue"],
    Worker: classes.Worker as unknown as Backend["Worker"],
    FlowProducer: classes.FlowProducer as unknown as Backend["FlowProducer"],
    connection: pool,
    workerConnection: pool,
    ping: async () => {
      await pool.query("SELECT 1 FROM migration LIMIT 1");
    },
    close,
  };
}

async function openEmbedded(pglite: PGlite, schema: string): Promise<Backend> {
  const pool = new PGlitePgPool(pglite, schema);
  await migrate(pool, schema);
  // The PGlite instance belongs to the database layer: closing the queue leaves it open.
  return postgresBackend("embedded", pool, () => pool.end());
}

/** `?schema=` in DATABASE_URL is the app's (Prisma's) schema, not a libpq option: drop it. */
function withoutSchemaParameter(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete("schema");
  return parsed.toString();
}

async function openPostgres(url: string, schema: string): Promise<Backend> {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  // BullMQ's SQL uses unqualified names: pin this pool's search_path to the BullMQ schema. Each worker
  // keeps one client checked out for LISTEN, hence the headroom.
  const pool = new pg.Pool({
    connectionString: withoutSchemaParameter(url),
    options: `-c search_path="${schema}"`,
    max: 20,
    keepAlive: true,
  });
  pool.on("error", () => undefined); // an idle client dropping; the next query reconnects
  try {
    await migrate(pool, schema);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return postgresBackend("postgres", pool, () => pool.end());
}
