import { jobProcessors } from "../../../jobs/registry";
import type { Env } from "../../config/env";
import { type Database, openDatabase } from "../../db/database";
import { createLogger } from "../../log/logger";
import { payrollRunJob } from "../../queue/payroll-run.job";
import { payrollRunChunkJob } from "../../queue/payroll-run-chunk.job";
import { payrollRunPaycheckJob } from "../../queue/payroll-run-paycheck.job";
import { createQueueRuntime, type QueueRuntime, type WorkerGroup } from "../../queue/queue-runtime";
import type { Clock } from "../clock";
import { createDomainServices } from "../domain-services";
import type { Notifier } from "../notifier";
import { createPayrollDeps, type PayrollDeps, setPayrollDeps } from "./payroll-deps";

export type PayrollSession = {
  deps: PayrollDeps;
  db: Database;
  queue?: QueueRuntime;
  workers?: WorkerGroup;
  close(): Promise<void>;
};

const noNotifier: Notifier = {
  notify: async () => {
    throw new Error("payroll jobs send no notifications");
  },
};

/**
 * Opens what a payroll command needs: the database, and with `queue` the job queue plus in-process
 * workers for the payroll jobs (in the embedded mode nothing else can run them; with Redis or
 * PostgreSQL, `aso worker` processes share the work).
 */
export async function openPayrollSession(
  env: Env,
  options: {
    clock: Clock;
    queue?: boolean;
    concurrency?: number;
    db?: Database;
    prefix?: string;
    /** Worker lock settings (tests shorten them to see stalled jobs recovered quickly). */
    lockDuration?: number;
    stalledInterval?: number;
  },
): Promise<PayrollSession> {
  const db = options.db ?? (await openDatabase(env));
  const deps = createPayrollDeps(db, { clock: options.clock });
  setPayrollDeps(deps);
  if (!options.queue) {
    return { deps, db, close: async () => (options.db ? undefined : db.close()) };
  }
  const logger = createLogger(env.LOG_LEVEL === "info" ? "error" : env.LOG_LEVEL);
  const queue = await createQueueRuntime({
    env,
    db,
    logger,
    ...(options.prefix ? { prefix: options.prefix } : {}),
  });
  const workers = queue.startWorkers(jobProcessors, {
    deps: {
      db,
      queue,
      clock: options.clock,
      logger,
      notifier: noNotifier,
      deliveries: [],
      services: createDomainServices({ db, queue, clock: options.clock, logger, notifier: noNotifier }),
    },
    only: [payrollRunJob.name, payrollRunChunkJob.name, payrollRunPaycheckJob.name],
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.lockDuration ? { lockDuration: options.lockDuration } : {}),
    ...(options.stalledInterval ? { stalledInterval: options.stalledInterval } : {}),
  });
  return {
    deps,
    db,
    queue,
    workers,
    async close() {
      await queue.close({ timeoutMs: 10_000 });
      if (!options.db) await db.close();
    },
  };
}
