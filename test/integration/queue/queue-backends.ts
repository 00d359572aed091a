import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { loadEnv } from "../../../src/config/env";
import {
  createQueueRuntime,
  type QueueBackendKind,
  type QueueRuntime,
} from "../../../src/queue/queue-runtime";

const env = loadEnv();

/**
 * The backends the queue tests run on: the embedded one in the `embedded` vitest project (which blanks
 * the URLs); Redis and BullMQ's PostgreSQL backend on a real pg.Pool in the `services` project, for each
 * URL that is set.
 */
export const queueBackends: QueueBackendKind[] =
  env.REDIS_URL || env.DATABASE_URL
    ? [...(env.REDIS_URL ? (["redis"] as const) : []), ...(env.DATABASE_URL ? (["postgres"] as const) : [])]
    : ["embedded"];

export type BackendHarness = {
  /** A runtime with a queue prefix unique to this call (so each test gets its own queues). */
  runtime(opts?: { prefix?: string }): Promise<QueueRuntime>;
  /** Closes every runtime it opened, then the embedded database. */
  close(): Promise<void>;
  env: { REDIS_URL?: string; DATABASE_URL?: string };
  pglite: PGlite | undefined;
};

/** A unique queue prefix for one test. */
export function uniquePrefix(): string {
  return `t${randomUUID().replaceAll("-", "").slice(0, 12)}`;
}

/** Opens the shared pieces for one backend (one in-memory PGlite for the embedded one). */
export async function openBackendHarness(kind: QueueBackendKind, dataDir?: string): Promise<BackendHarness> {
  const backendEnv =
    kind === "redis"
      ? { REDIS_URL: env.REDIS_URL }
      : kind === "postgres"
        ? { DATABASE_URL: env.DATABASE_URL }
        : {};
  const pglite = kind === "embedded" ? await PGlite.create(dataDir ?? "memory://") : undefined;
  const opened: QueueRuntime[] = [];
  return {
    env: backendEnv,
    pglite,
    async runtime(opts = {}) {
      const runtime = await createQueueRuntime({
        env: backendEnv,
        db: { kind: kind === "embedded" ? "embedded" : "postgres", pglite },
        prefix: opts.prefix ?? uniquePrefix(),
      });
      opened.push(runtime);
      return runtime;
    },
    async close() {
      for (const runtime of opened) await runtime.close({ timeoutMs: 1_000 });
      await pglite?.close();
    },
  };
}

/** Resolves when `predicate` holds, polling every 20 ms; rejects after `timeoutMs`. */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
