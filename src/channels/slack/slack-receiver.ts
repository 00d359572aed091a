import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import { type App, HTTPResponseAck, type Receiver } from "@slack/bolt";
import type { Clock } from "../../core/clock";
import type { Logger } from "../../log/logger";
import { slackAckSeconds } from "../../log/metrics";
import { boltLogger } from "./bolt-logger";
import { slackSignatureProblem } from "./verify-signature";

export type SlackReceiverOptions = {
  signingSecret: string;
  /** Signature timestamps are checked against this clock (±5 minutes, Slack's rule). */
  clock: Clock;
  logger: Logger;
  /** Largest accepted body (default 1 MiB). */
  bodyLimitBytes?: number;
  /**
   * Payloads the app always acknowledges with an empty 200 (its listeners call `ack()` with nothing):
   * those are answered as soon as their signature checks, and Bolt runs them afterwards, through
   * `schedule`. Anything else (a slash command, whose ack carries the reply) waits for Bolt's ack.
   */
  acksEmpty?: (body: Record<string, unknown>) => boolean;
  /** Where the Bolt run of an early-acknowledged payload goes (default: at once). */
  schedule?: (task: () => Promise<void>) => void;
};

/**
 * A burst: BURST_REQUESTS requests within BURST_WINDOW_MS (over 64 a second). Steady traffic below that
 * never makes the work after acks wait; a burst of clicks does, until it has passed.
 */
const BURST_REQUESTS = 16;
const BURST_WINDOW_MS = 250;

/** Parses Slack's three body shapes: JSON (Events API), `payload=` form (interactivity), form (slash commands). */
export function parseSlackBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  // Interactivity is exactly `payload=<url-encoded JSON>`: decoded directly, without a generic form parse.
  if (raw.startsWith("payload=") && !raw.includes("&"))
    return JSON.parse(decodeURIComponent(raw.slice(8).replace(/\+/g, " "))) as Record<string, unknown>;
  const form = parseQuery(raw) as Record<string, string | string[] | undefined>;
  if (typeof form.payload === "string") return JSON.parse(form.payload) as Record<string, unknown>;
  return form as Record<string, unknown>;
}

/**
 * Bolt's HTTP entry on the one server of `aso serve`, a direct route on node's request (no express):
 * raw body → signature check (HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret, timestamp
 * within five minutes of the injected clock; {@link slackSignatureProblem}) → parse → `app.processEvent`. A bad or stale signature gets 401 and nothing runs.
 * The HTTP response is written as soon as a listener calls `ack()`; the work continues after it. Payloads
 * whose ack is always empty (`acksEmpty`) get their 200 before Bolt runs at all: Bolt's middleware costs
 * more than the check and the ack together, and under a burst of clicks it would delay the next acks.
 */
export class SlackHttpReceiver implements Receiver {
  #app: App | undefined;
  readonly #options: SlackReceiverOptions;
  /** Requests received and not yet answered (the work after acks yields to them). */
  #pending = 0;
  /** Arrival times of the last BURST_REQUESTS requests (a ring). */
  readonly #arrivals = new Array<number>(BURST_REQUESTS).fill(Number.NEGATIVE_INFINITY);
  #nextArrival = 0;

  constructor(options: SlackReceiverOptions) {
    this.#options = options;
  }

  init(app: App): void {
    this.#app = app;
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  /**
   * Whether acks are going on: a request is waiting for its ack, or a burst of requests is under way
   * (the oldest of the last BURST_REQUESTS arrived within BURST_WINDOW_MS). Work that can wait yields
   * while this holds, so a burst of clicks is acknowledged before it is worked on.
   */
  busy(): boolean {
    return this.#pending > 0 || Date.now() - this.#arrivals[this.#nextArrival]! < BURST_WINDOW_MS;
  }

  /** The handler for `POST /slack/events`, on node's request and response (it reads the raw body itself). */
  readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    // Pending until the response (the ack) is written, not until Bolt's listeners finish their work.
    this.#pending += 1;
    this.#arrivals[this.#nextArrival] = Date.now();
    this.#nextArrival = (this.#nextArrival + 1) % BURST_REQUESTS;
    const arrived = performance.now();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.#pending -= 1;
      slackAckSeconds.observe({ status: String(res.statusCode) }, (performance.now() - arrived) / 1000);
    };
    res.once("finish", finish);
    res.once("close", finish);
    this.#answer(req, res).catch((error: Error) => {
      this.#options.logger.error({ err: error.message }, "slack request failed");
      if (!res.headersSent) reply(res, 500);
    });
  };

  async #answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.#options;
    let bytes: Buffer;
    try {
      bytes = await readBody(req, this.#options.bodyLimitBytes ?? 1024 * 1024);
    } catch {
      reply(res, 413, { error: "body too large" });
      return;
    }
    const raw = bytes.toString("utf8");
    const contentType = req.headers["content-type"];
    // Slack's SSL check carries no signature and needs only a 200.
    if (
      raw.includes("ssl_check=") &&
      !contentType?.includes("application/json") &&
      parseQuery(raw).ssl_check === "1"
    ) {
      reply(res, 200);
      return;
    }
    const signature = req.headers["x-slack-signature"];
    const timestamp = req.headers["x-slack-request-timestamp"];
    const problem = slackSignatureProblem({
      signingSecret: this.#options.signingSecret,
      body: bytes,
      signature: typeof signature === "string" ? signature : undefined,
      timestamp: typeof timestamp === "string" ? timestamp : undefined,
      nowMs: this.#options.clock.now().getTime(),
    });
    if (problem) {
      logger.warn({ reason: problem }, "slack request rejected: bad signature");
      reply(res, 401, { error: "invalid signature" });
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = parseSlackBody(raw, contentType);
    } catch {
      reply(res, 400, { error: "invalid body" });
      return;
    }
    // Slack sends typed payloads (events, interactions) or slash commands; anything else would only
    // wait for an ack no listener gives.
    if (typeof body.type !== "string" && typeof body.command !== "string") {
      logger.warn({ event: "slack.malformed" }, "slack request refused: not a Slack payload");
      reply(res, 400, { error: "invalid body" });
      return;
    }
    if (body.type === "url_verification" && typeof body.challenge === "string") {
      reply(res, 200, { challenge: body.challenge });
      return;
    }
    const app = this.#app;
    if (!app) {
      reply(res, 503, { error: "not ready" });
      return;
    }
    const retryHeader = req.headers["x-slack-retry-num"];
    const retryNum = typeof retryHeader === "string" ? Number.parseInt(retryHeader, 10) : undefined;
    const retryReason = req.headers["x-slack-retry-reason"];
    const retry = {
      ...(retryNum !== undefined && Number.isFinite(retryNum) ? { retryNum } : {}),
      ...(typeof retryReason === "string" ? { retryReason } : {}),
    };
    if (this.#options.acksEmpty?.(body)) {
      reply(res, 200);
      const run = () =>
        app.processEvent({ body, ack: async () => undefined, ...retry }).catch((error: Error) => {
          logger.error({ err: error.message }, "slack event failed");
        });
      if (this.#options.schedule) this.#options.schedule(run);
      else void run();
      return;
    }
    const ack = new HTTPResponseAck({
      logger: boltLogger(logger),
      processBeforeResponse: false,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    try {
      await app.processEvent({ body, ack: ack.bind(), ...retry });
    } catch (error) {
      logger.error({ err: (error as Error).message }, "slack event failed");
      if (!res.headersSent) reply(res, 500);
    }
  }
}

/** Writes a response: an empty one, or JSON. */
function reply(res: ServerResponse, status: number, json?: object): void {
  if (json === undefined) {
    res.writeHead(status, { "content-length": 0 }).end();
    return;
  }
  const body = JSON.stringify(json);
  res
    .writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(body),
    })
    .end(body);
}

/** The request's body, refusing more than `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        reject(new Error("body too large"));
        return;
      }
      chunks.push(chunk);
    });
    req.once("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    req.once("error", reject);
  });
}
