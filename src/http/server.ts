import type { Server } from "node:http";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Logger } from "../log/logger";

export type HealthCheck = () => Promise<void>;

/** A channel or page that mounts its own routes on the one HTTP server (Slack, Teams, playground). */
export type HttpMount = { name: string; mount(app: Express): void };

export type HttpServerOptions = {
  logger: Logger;
  /** Throws when a dependency (database, queue) is unreachable. */
  healthCheck: HealthCheck;
  mounts?: HttpMount[];
};

/**
 * The one HTTP server of `aso serve`: `/healthz`, then whatever the channels mount
 * (`POST /slack/events`, `POST /api/messages`, `GET /`). Bodies are parsed by each mount, because
 * Slack signatures are computed over the raw body.
 */
export function createHttpApp(options: HttpServerOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", true);

  app.get("/healthz", async (_req, res) => {
    try {
      await options.healthCheck();
      res.status(200).json({ status: "ok" });
    } catch (error) {
      options.logger.warn({ err: (error as Error).message }, "health check failed");
      res.status(503).json({ status: "unavailable" });
    }
  });

  for (const m of options.mounts ?? []) m.mount(app);

  app.use((_req, res) => {
    res.status(404).json({ error: "not found" });
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    options.logger.error({ err: (error as Error)?.message }, "unhandled HTTP error");
    if (!res.headersSent) res.status(500).json({ error: "internal error" });
  });
  return app;
}

/** Listen on `port` (0 = any free port) and resolve once listening. */
export function listen(app: Express, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host ?? "0.0.0.0", (error?: Error) => {
      if (error) reject(error);
      else resolve(server);
    });
    server.once("error", reject);
  });
}
