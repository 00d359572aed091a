import { jobProcessors } from "../../../jobs/registry";
import type { Env } from "../../config/env";
import type { Clock } from "../../core/clock";
import { type Database, openDatabase } from "../../db/database";
import { DomainError } from "../../errors/domain-error";
import { createLogger } from "../../log/logger";
import { payrollRunJob } from "../../queue/payroll-run.job";
import { payrollRunChunkJob } from "../../queue/payroll-run-chunk.job";
import { payrollRunPaycheckJob } from "../../queue/payroll-run-paycheck.job";
import { createQueueRuntime, type QueueRuntime, type WorkerGroup } from "../../queue/queue-runtime";
import { createDomainServices } from "../domain-services";
import type { Notifier } from "../notifier";
import { createPayrollDeps, type PayrollDeps } from "./payroll-deps";
import { type PayRunWatchdog, startPayRunWatchdog } from "./resume-pay-run";
import { requireQueue } from "./start-pay-run";

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error)
    .split("\n")[0]!
    .slice(0, 200);
}

export type PayrollSession = {
  deps: PayrollDeps;
  db: Database;
  queue?: QueueRuntime;
  workers?: WorkerGroup;
  watchdog?: PayRunWatchdog;
  close(): Promise<void>;
};

const noNotifier: Notifier = {
  notify: async () => {
    throw new Error("payroll jobs send no notifications");
  },
};

/**
 * Opens what a payroll command needs: the database, and with `queue` the job queue plus in-process
 * workers for the payroll jobs and the pay-run watchdog (in the embedded mode nothing else can run
 * them; with Redis or PostgreSQL, `aso worker` processes share the work). A queue that does not answer
 * is refused at once (`queue.unavailable`), before any worker starts.
 */
export async function openPayrollSession(
  env: Env,
  options: {
    clock: Clock;
    /** Open the queue: `true` with in-process payroll workers and the watchdog, `"producer"` without. */
    queue?: boolean | "producer";
    /** Watchdog interval (ms, default 15 000). */
    watchdogIntervalMs?: number;
    concurrency?: number;
    db?: Database;
    prefix?: string;
    /** Worker lock settings (tests shorten them to see stalled jobs recovered quickly). */
    lockDuration?: number;
    stalledInterval?: number;
    /** The paycheck engine instead of the payroll core's (tests: a slowed engine). */
    computePaycheck?: PayrollDeps["computePaycheck"];
  },
): Promise<PayrollSession> {
  const db = options.db ?? (await openDatabase(env));
  const engine = options.computePaycheck ? { computePaycheck: options.computePaycheck } : {};
  if (!options.queue) {
    const deps = createPayrollDeps(db, { clock: options.clock, ...engine });
    return { deps, db, close: async () => (options.db ? undefined : db.close()) };
  }
  const logger = createLogger(env.LOG_LEVEL === "info" ? "error" : env.LOG_LEVEL);
  const closeDb = async () => {
    if (!options.db) await db.close();
  };
  let queue: QueueRuntime;
  try {
    queue = await createQueueRuntime({
      env,
      db,
      logger,
      ...(options.prefix ? { prefix: options.prefix } : {}),
    });
  } catch (error) {
    await closeDb();
    throw new DomainError("queue.unavailable", `the job queue is unreachable: ${firstLine(error)}`, {
      cause: error,
    });
  }
  try {
    // Fail fast, before any worker starts retrying against a queue that is not there.
    await requireQueue(queue);
  } catch (error) {
    await queue.close({ timeoutMs: 1_000 }).catch(() => undefined);
    await closeDb();
    throw error;
  }
  if (options.queue === "producer") {
    const deps = createPayrollDeps(db, { clock: options.clock, ...engine });
    return {
      deps,
      db,
      queue,
      async close() {
        await queue.close({ timeoutMs: 10_000 });
        await closeDb();
      },
    };
  }
  // The invocation's one set of bundles: the command and the in-process workers share its payroll
  // bundle (paycheck writer, run contexts).
  const services = createDomainServices({
    db,
    queue,
    clock: options.clock,
    logger,
    notifier: noNotifier,
    env,
    ...engine,
  });
  const deps = services.payroll;
  const workers = queue.startWorkers(jobProcessors, {
    deps: { db, queue, clock: options.clock, logger, notifier: noNotifier, deliveries: [], services },
    only: [payrollRunJob.name, payrollRunChunkJob.name, payrollRunPaycheckJob.name],
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.lockDuration ? { lockDuration: options.lockDuration } : {}),
    ...(options.stalledInterval ? { stalledInterval: options.stalledInterval } : {}),
  });
  const watchdog = startPayRunWatchdog(
    { ...deps, queue },
    { logger, ...(options.watchdogIntervalMs ? { intervalMs: options.watchdogIntervalMs } : {}) },
  );
  return {
    deps,
    db,
    queue,
    workers,
    watchdog,
    async close() {
      watchdog.stop();
      await queue.close({ timeoutMs: 10_000 });
      await closeDb();
    },
  };
}
