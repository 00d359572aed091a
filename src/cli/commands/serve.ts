import type { Server } from "node:http";
import { systemClock } from "../../app/clock";
import { loadEnv } from "../../config/env";
import { DomainError } from "../../errors/domain-error";
import { createHttpApp, listen } from "../../http/server";
import { createLogger } from "../../log/logger";
import { startTracing } from "../../log/tracing";
import { channelMounts } from "../../main/channel-mounts";
import { queueOverview, readinessChecks, sharedMetricsState } from "../../main/operability";
import { createAppRuntime } from "../../main/runtime";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";
import { loadDemo } from "../demo-data";

const usage = "aso serve [--port N] [--workers | --no-workers]";

/**
 * `aso serve`: the HTTP server (`/healthz`, Slack, Teams, playground). In the embedded default (no
 * DATABASE_URL) it also runs the job workers and loads the demo data into an empty database, so one
 * process is the whole product. In production, `aso worker` processes run the jobs.
 */
export const serveCommand: CliCommand = {
  summary: "HTTP server (+ workers, demo data and playground in the embedded mode)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      { port: { type: "string" }, workers: { type: "boolean" }, "no-workers": { type: "boolean" } },
      usage,
    );
    const env = loadEnv({ ...io.env, ...(values.port !== undefined ? { PORT: values.port } : {}) });
    const logger = createLogger(env.LOG_LEVEL);
    const tracing = startTracing(env, "serve");
    const embedded = !env.DATABASE_URL;
    const runtime = await createAppRuntime(env, { logger, clock: systemClock });
    try {
      if (embedded) {
        if (await loadDemo(runtime.db, runtime.services.benefits))
          logger.info("demo data loaded into the empty embedded database");
      }
      const runWorkers = values.workers ?? (embedded && !values["no-workers"]);
      if (runWorkers) {
        runtime.startWorkers();
        await runtime.resumeBackgroundWork();
      }

      let draining = false;
      const mounts = await channelMounts(runtime);
      const app = createHttpApp({
        logger,
        healthCheck: async () => {
          await runtime.db.prisma.$queryRaw`SELECT 1`;
          await runtime.queue.ping();
        },
        readiness: { checks: readinessChecks(runtime), draining: () => draining },
        metrics: {
          token: env.METRICS_TOKEN,
          open: env.localDevelopment,
          shared: sharedMetricsState(runtime),
        },
        adminQueues: { token: env.ADMIN_TOKEN, open: env.localDevelopment, overview: queueOverview(runtime) },
        mounts,
      });
      const server: Server = await listen(app, env.PORT, env.HOST);
      const connections = mounts.flatMap((m) => m.connection ?? []);
      for (const connection of connections) await connection.start();
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : env.PORT;
      logger.info({ port, embedded, workers: runWorkers }, "aso serve listening");
      io.stderr.write(
        `aso serve: listening on http://localhost:${port} (${embedded ? "embedded" : "postgres"})\n`,
      );

      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once("SIGTERM", resolve);
        process.once("SIGINT", resolve);
      });
      // Stop taking work: /readyz answers 503, the listener closes and requests under way finish; then
      // (finally, below) the workers finish their active jobs before the queue and database close.
      logger.info({ signal }, "shutting down");
      draining = true;
      for (const connection of connections) await connection.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      server.closeAllConnections();
    } catch (error) {
      if (error instanceof DomainError) throw error;
      logger.error({ err: (error as Error).message }, "aso serve failed");
      throw error;
    } finally {
      await runtime.close();
      await tracing?.shutdown();
    }
    return 0;
  },
};
