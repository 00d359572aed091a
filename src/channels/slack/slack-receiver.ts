import { parse as parseQuery } from "node:querystring";
import { type App, HTTPResponseAck, type Receiver, verifySlackRequest } from "@slack/bolt";
import express, { type Request, type RequestHandler, type Response } from "express";
import type { Clock } from "../../app/clock";
import type { Logger } from "../../log/logger";
import { boltLogger } from "./bolt-logger";

export type SlackReceiverOptions = {
  signingSecret: string;
  /** Signature timestamps are checked against this clock (±5 minutes, Slack's rule). */
  clock: Clock;
  logger: Logger;
  /** Largest accepted body. */
  bodyLimit?: string;
};

/** Parses Slack's three body shapes: JSON (Events API), `payload=` form (interactivity), form (slash commands). */
export function parseSlackBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const form = parseQuery(raw) as Record<string, string | string[] | undefined>;
  if (typeof form.payload === "string") return JSON.parse(form.payload) as Record<string, unknown>;
  return form as Record<string, unknown>;
}

/**
 * Bolt's HTTP entry as an express handler on the one server of `aso serve`: raw body → signature check
 * (HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret, timestamp within five minutes of
 * the injected clock) → parse → `app.processEvent`. A bad or stale signature gets 401 and nothing runs.
 * The HTTP response is written as soon as a listener calls `ack()`; the work continues after it.
 */
export class SlackHttpReceiver implements Receiver {
  #app: App | undefined;
  readonly #options: SlackReceiverOptions;
  /** Requests received and not yet answered (the work after acks yields to them). */
  pending = 0;

  constructor(options: SlackReceiverOptions) {
    this.#options = options;
  }

  init(app: App): void {
    this.#app = app;
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  /** The express handlers for `POST /slack/events`. */
  handlers(): RequestHandler[] {
    const count: RequestHandler = (_req, res, next) => {
      this.pending += 1;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        this.pending -= 1;
      };
      res.once("finish", finish);
      res.once("close", finish);
      next();
    };
    return [count, express.raw({ type: () => true, limit: this.#options.bodyLimit ?? "1mb" }), this.#handle];
  }

  readonly #handle = async (req: Request, res: Response): Promise<void> => {
    const { logger } = this.#options;
    const raw = Buffer.isBuffer(req.body) ? req.body.toString("utf8") : "";
    const contentType = req.headers["content-type"];
    // Slack's SSL check carries no signature and needs only a 200.
    if (!contentType?.includes("application/json") && parseQuery(raw).ssl_check === "1") {
      res.status(200).end();
      return;
    }
    const signature = req.headers["x-slack-signature"];
    const timestamp = Number(req.headers["x-slack-request-timestamp"]);
    try {
      verifySlackRequest({
        signingSecret: this.#options.signingSecret,
        body: raw,
        headers: {
          "x-slack-signature": typeof signature === "string" ? signature : "",
          "x-slack-request-timestamp": timestamp,
        },
        nowMilliseconds: this.#options.clock.now().getTime(),
      });
    } catch (error) {
      logger.warn({ reason: (error as Error).message }, "slack request rejected: bad signature");
      res.status(401).json({ error: "invalid signature" });
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = parseSlackBody(raw, contentType);
    } catch {
      res.status(400).json({ error: "invalid body" });
      return;
    }
    if (body.type === "url_verification" && typeof body.challenge === "string") {
      res.status(200).json({ challenge: body.challenge });
      return;
    }
    const app = this.#app;
    if (!app) {
      res.status(503).json({ error: "not ready" });
      return;
    }
    const ack = new HTTPResponseAck({
      logger: boltLogger(logger),
      processBeforeResponse: false,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    const retryHeader = req.headers["x-slack-retry-num"];
    const retryNum = typeof retryHeader === "string" ? Number.parseInt(retryHeader, 10) : undefined;
    const retryReason = req.headers["x-slack-retry-reason"];
    try {
      await app.processEvent({
        body,
        ack: ack.bind(),
        ...(retryNum !== undefined && Number.isFinite(retryNum) ? { retryNum } : {}),
        ...(typeof retryReason === "string" ? { retryReason } : {}),
      });
    } catch (error) {
      logger.error({ err: (error as Error).message }, "slack event failed");
      if (!res.headersSent) res.status(500).end();
    }
  };
}
