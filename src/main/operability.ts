import type { JobType } from "bullmq";
import { jobProcessors } from "../../jobs/registry";
import { pendingMigrations } from "../db/migrate";
import { payRunProgress } from "../db/payroll-run-repository";
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

/** The queue's and database's state for `/metrics`: jobs by queue and state, pay runs under way. */
export function sharedMetricsState(
  runtime: Pick<AppRuntime, "db" | "queue">,
  queues: readonly string[] = [...new Set(jobProcessors.map((p) => p.definition.queue))].sort(),
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
