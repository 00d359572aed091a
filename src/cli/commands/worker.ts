import type { Server } from "node:http";
import { jobProcessors } from "../../../jobs/registry";
import { systemClock } from "../../app/clock";
import { loadEnv } from "../../config/env";
import { DomainError } from "../../errors/domain-error";
import { createHttpApp, listen } from "../../http/server";
import { createLogger } from "../../log/logger";
import { startTracing } from "../../log/tracing";
import { readinessChecks, sharedMetricsState } from "../../main/operability";
import { createAppRuntime } from "../../main/runtime";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";

const usage = "aso worker [--only JOB_NAME,...] [--concurrency N] [--shutdown-timeout SECONDS]";

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new DomainError("cli.usage", `${flag} must be a positive integer\nusage: ${usage}`);
  }
  return n;
}

/** Resolves on the first SIGTERM or SIGINT; a second one exits at once. */
function shutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off("SIGTERM", onSignal);
      process.off("SIGINT", onSignal);
      process.once("SIGTERM", () => process.exit(143));
      process.once("SIGINT", () => process.exit(130));
      resolve(signal);
    };
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
  });
}

/**
 * `aso worker`: runs every registered job processor (jobs/registry.ts) until SIGTERM/SIGINT, then stops
 * taking jobs, lets the active ones finish (up to --shutdown-timeout, default 30 s; a job still running
 * then is left to another worker's stalled-job check) and closes the queue and the database.
 */
export const workerCommand: CliCommand = {
  summary: "run the job workers until SIGTERM/SIGINT",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      {
        only: { type: "string" },
        concurrency: { type: "string" },
        "shutdown-timeout": { type: "string" },
      },
      usage,
    );
    const only = values.only?.split(",").map((name) => name.trim());
    const unknown = only?.filter((name) => !jobProcessors.some((p) => p.definition.name === name));
    if (unknown?.length) {
      throw new DomainError("cli.usage", `unknown job name(s): ${unknown.join(", ")}\nusage: ${usage}`);
    }
    const concurrency = positiveInteger(values.concurrency, "--concurrency");
    const timeoutMs = (positiveInteger(values["shutdown-timeout"], "--shutdown-timeout") ?? 30) * 1_000;

    const env = loadEnv(io.env);
    const logger = createLogger(env.LOG_LEVEL);
    const tracing = startTracing(env, "worker");
    const signal = shutdownSignal();
    const app = await createAppRuntime(env, { logger, clock: systemClock });
    let probes: Server | undefined;
    try {
      // A worker serves no traffic; with WORKER_METRICS_PORT it answers /livez, /readyz and /metrics,
      // so what happens only in workers (delivery failures) reaches Prometheus too.
      if (env.WORKER_METRICS_PORT !== undefined) {
        const http = createHttpApp({
          logger,
          healthCheck: async () => app.queue.ping(),
          readiness: { checks: readinessChecks(app) },
          metrics: { token: env.METRICS_TOKEN, open: env.localDevelopment, shared: sharedMetricsState(app) },
        });
        probes = await listen(http, env.WORKER_METRICS_PORT, env.HOST);
      }
      const workers = app.startWorkers({
        ...(only ? { only } : {}),
        ...(concurrency ? { concurrency } : {}),
      });
      logger.info(
        { backend: app.queue.backend, queues: workers.workers.map((w) => w.name) },
        "workers started",
      );
      await app.resumeBackgroundWork();
      io.stderr.write(
        `aso worker: ${workers.workers.length} queue(s) on ${app.queue.backend}; SIGTERM to stop\n`,
      );
      const received = await signal;
      logger.info({ signal: received, timeoutMs }, "stopping workers");
      // Stops the workers with our timeout; app.close() then finds the queue closed.
      await app.queue.close({ timeoutMs });
    } finally {
      probes?.close();
      await app.close();
      await tracing?.shutdown();
    }
    logger.info("workers stopped");
    return 0;
  },
};
