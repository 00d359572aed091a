import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Logger } from "../log/logger";
import { httpRequestSeconds, METRICS_CONTENT_TYPE, renderMetrics, type SharedState } from "../log/metrics";
import { requestIdFrom, runWithRequestId } from "../log/request-context";
import { startRequestSpan } from "../log/tracing";
import { type QueueOverview, renderQueueOverview } from "./admin-queues";

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
export type HttpMount = {
  name: string;
  mount(app: Express): void;
  direct?: DirectRoute[];
  /**
   * A connection the mount keeps besides its routes (Slack's Socket Mode WebSocket): opened once the
   * server listens, closed when it drains.
   */
  connection?: { start(): Promise<void>; stop(): Promise<void> };
};

/** The server's request listener: direct routes first, then express. */
export type HttpApp = (req: IncomingMessage, res: ServerResponse) => void;

export type HttpServerOptions = {
  logger: Logger;
  /** Throws when a dependency (database, queue) is unreachable. */
  healthCheck: HealthCheck;
  mounts?: HttpMount[];
  /**
   * What `/readyz` checks, by name (database, queue, migrations): each throws when not ready. While
   * `draining()` holds (shutdown began) it answers 503 so a load balancer stops sending requests.
   */
  readiness?: { checks: Record<string, HealthCheck>; draining?: () => boolean };
  /**
   * `/metrics` (Prometheus). Served only with a bearer token, or openly in local development; absent
   * both, the route does not exist (404), so metrics are never public by default.
   */
  metrics?: { token?: string | undefined; open?: boolean; shared?: SharedState };
  /**
   * `/admin/queues`, the ASO admins' read-only queue view (JSON, or a page for a browser's Accept).
   * Served only with a bearer token, or openly in local development; absent both, the route does not
   * exist (404).
   */
  adminQueues?: { token?: string | undefined; open?: boolean; overview: () => Promise<QueueOverview> };
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

  app.get("/readyz", async (_req, res) => {
    const readiness = options.readiness;
    if (readiness?.draining?.()) return void res.status(503).json({ status: "draining" });
    const failed: string[] = [];
    await Promise.all(
      Object.entries(readiness?.checks ?? { dependencies: options.healthCheck }).map(
        async ([name, check]) => {
          try {
            await check();
          } catch (error) {
            failed.push(name);
            options.logger.warn({ check: name, err: (error as Error).message }, "readiness check failed");
          }
        },
      ),
    );
    if (failed.length === 0) return void res.status(200).json({ status: "ok" });
    res.status(503).json({ status: "unavailable", failed: failed.sort() });
  });

  /**
   * An operator's route: served with a bearer token, or openly in local development; absent both, not
   * registered at all (404). A wrong or missing token gets 401 before `handle` runs.
   */
  const guarded = <A extends { token?: string | undefined; open?: boolean }>(
    path: string,
    access: A | undefined,
    handle: (req: Request, res: Response, access: A) => Promise<void>,
  ) => {
    if (!access || !(access.token || access.open)) return;
    app.get(path, async (req, res) => {
      if (access.token && !sameToken(req.headers.authorization, `Bearer ${access.token}`)) {
        return void res.status(401).json({ error: "unauthorized" });
      }
      await handle(req, res, access);
    });
  };

  guarded("/metrics", options.metrics, async (_req, res, metrics) => {
    try {
      const text = await renderMetrics(metrics.shared);
      res.status(200).type(METRICS_CONTENT_TYPE).send(text);
    } catch (error) {
      options.logger.warn({ err: (error as Error).message }, "metrics scrape failed");
      res.status(503).json({ error: "metrics unavailable" });
    }
  });

  guarded("/admin/queues", options.adminQueues, async (req, res, adminQueues) => {
    try {
      const overview = await adminQueues.overview();
      res.set("cache-control", "no-store");
      if (req.accepts(["json", "html"]) === "html")
        res.status(200).type("html").send(renderQueueOverview(overview));
      else res.status(200).json(overview);
    } catch (error) {
      options.logger.warn({ err: (error as Error).message }, "queue overview failed");
      res.status(503).json({ error: "queues unavailable" });
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
  return (req, res) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    res.setHeader("x-request-id", requestId);
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    const handle = direct.get(`${req.method} ${path}`);
    const span = startRequestSpan(req.method ?? "GET", requestId);
    res.once("finish", () => {
      // The matched route's pattern, never the raw path: one series per route, no ids in labels.
      const matched = (req as Partial<Request>).route?.path;
      const route = handle
        ? path
        : typeof matched === "string"
          ? `${(req as Request).baseUrl ?? ""}${matched}`
          : "unmatched";
      httpRequestSeconds.observe(
        { method: req.method ?? "GET", route, status: String(res.statusCode) },
        (performance.now() - started) / 1000,
      );
      span.end(route, res.statusCode);
    });
    runWithRequestId(requestId, () => (handle ? handle(req, res) : app(req, res)));
  };
}

function sameToken(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Listen on `port` (0 = any free port) and resolve once listening. */
export function listen(app: HttpApp, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once("error", reject);
    server.listen(port, host ?? "127.0.0.1", () => resolve(server));
  });
}
