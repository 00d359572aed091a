import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Logger } from "../log/logger";

export type HealthCheck = () => Promise<void>;

/** A handler on node's own request and response, served before express. */
export type DirectRoute = {
  method: "POST";
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): void;
};

/**
 * A channel or page that mounts its own routes on the one HTTP server (Slack, Teams, playground).
 * `direct` routes skip express altogether: Slack's endpoint, whose acks are on a 3-second clock and
 * come in bursts of clicks, where express's routing and request decoration were ~40% of an ack.
 */
export type HttpMount = { name: string; mount(app: Express): void; direct?: DirectRoute[] };

/** The server's request listener: direct routes first, then express. */
export type HttpApp = (req: IncomingMessage, res: ServerResponse) => void;

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
export function createHttpApp(options: HttpServerOptions): HttpApp {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", true);

  // Liveness: the process answers. Nothing else is checked, so a slow database never gets it restarted.
  app.get("/livez", (_req, res) => {
    res.status(200).json({ status: "ok" });
  });

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
    // A body that is not JSON, or too large, is the caller's fault: 400 or 413, quickly, at warn.
    const type = (error as { type?: unknown })?.type;
    if (type === "entity.parse.failed" || type === "entity.too.large" || type === "encoding.unsupported") {
      options.logger.warn({ type }, "HTTP request refused (body)");
      if (!res.headersSent) {
        const status = type === "entity.too.large" ? 413 : 400;
        res
          .status(status)
          .json({ error: status === 413 ? "request body too large" : "malformed request body" });
      }
      return;
    }
    options.logger.error({ err: (error as Error)?.message }, "unhandled HTTP error");
    if (!res.headersSent) res.status(500).json({ error: "internal error" });
  });

  const direct = new Map<string, DirectRoute["handle"]>();
  for (const m of options.mounts ?? [])
    for (const r of m.direct ?? []) direct.set(`${r.method} ${r.path}`, r.handle);
  if (direct.size === 0) return app;
  return (req, res) => {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const handle = direct.get(`${req.method} ${q < 0 ? url : url.slice(0, q)}`);
    if (handle) handle(req, res);
    else app(req, res);
  };
}

/** Listen on `port` (0 = any free port) and resolve once listening. */
export function listen(app: HttpApp, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once("error", reject);
    server.listen(port, host ?? "127.0.0.1", () => resolve(server));
  });
}
