import type { JobType } from "bullmq";
import { jobProcessors } from "../../jobs/registry";
import { pendingMigrations } from "../db/migrate";
import { payRunProgress } from "../db/payroll-run-repository";
import type { QueueOverview } from "../http/admin-queues";
import type { HealthCheck } from "../http/server";
import type { SharedState } from "../log/metrics";
import type { AppRuntime } from "./runtime";

/** BullMQ's job states, as `getJobCounts` names them. */
const JOB_STATES: JobType[] = [
  "waiting",
  "active",
  "delayed",
  "prioritized",
  "waiting-children",
  "completed",
  "failed",
];

/** What `/readyz` checks: each check throws when its dependency is not ready. */
export function readinessChecks(runtime: Pick<AppRuntime, "db" | "queue">): Record<string, HealthCheck> {
  return {
    database: async () => {
      await runtime.db.prisma.$queryRaw`SELECT 1`;
    },
    queue: () => runtime.queue.ping(),
    migrations: async () => {
      const pending = await pendingMigrations(runtime.db);
      if (pending.length) throw new Error(`${pending.length} migration(s) not applied: run aso migrate`);
    },
  };
}

/** Every queue a registered processor listens on. */
function registeredQueues(): string[] {
  return [...new Set(jobProcessors.map((p) => p.definition.queue))].sort();
}

/** The queue's and database's state for `/metrics`: jobs by queue and state, pay runs under way. */
export function sharedMetricsState(
  runtime: Pick<AppRuntime, "db" | "queue">,
  queues: readonly string[] = registeredQueues(),
): SharedState {
  return {
    jobCounts: () =>
      Promise.all(
        queues.map(async (queue) => ({
          queue,
          counts: await runtime.queue.queue(queue).getJobCounts(...JOB_STATES),
        })),
      ),
    payRunProgress: () => payRunProgress(runtime.db),
  };
}

/** How many failed jobs per queue the admin view lists (newest first). */
const FAILED_SHOWN = 20;
/** A failure reason is an internal message for operators; long ones (stacks) are cut. */
const REASON_CHARS = 300;

/**
 * What `GET /admin/queues` shows ASO admins: per queue, its jobs by state and its latest failed jobs
 * (name, id, attempts, when, why). Job payloads are never shown: they carry employees' ids and inputs.
 */
export function queueOverview(
  runtime: Pick<AppRuntime, "queue">,
  queues: readonly string[] = registeredQueues(),
): () => Promise<QueueOverview> {
  return async () => ({
    backend: runtime.queue.backend,
    queues: await Promise.all(
      queues.map(async (name) => {
        const queue = runtime.queue.queue(name);
        const [counts, failed] = await Promise.all([
          queue.getJobCounts(...JOB_STATES),
          queue.getFailed(0, FAILED_SHOWN - 1),
        ]);
        return {
          queue: name,
          counts: Object.fromEntries(JOB_STATES.map((state) => [state, counts[state] ?? 0])),
          failed: failed.map((job) => ({
            id: String(job.id),
            name: job.name,
            attemptsMade: job.attemptsMade,
            failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
            reason: (job.failedReason ?? "").slice(0, REASON_CHARS),
          })),
        };
      }),
    ),
  });
}
