import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parse as parseQuery } from "node:querystring";

/** One recorded Web API call: method name and parsed arguments (`blocks`/`view` decoded from JSON). */
export type SlackCall = { method: string; args: Record<string, unknown>; token: string | undefined };

export type FakeSlackApi = {
  /** Base URL for SLACK_API_URL, e.g. `http://127.0.0.1:4567/api/`. */
  url: string;
  calls: SlackCall[];
  /** Calls of one method, in order. */
  callsOf(method: string): SlackCall[];
  /** Resolves once `count` calls of `method` were recorded (rejects after `timeoutMs`). */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<SlackCall[]>;
  /** Answer the next `times` calls of `method` with HTTP 429 and this Retry-After. */
  rateLimit(method: string, retryAfterSeconds: number, times?: number): void;
  /** Bytes posted to each upload URL handed out by `files.getUploadURLExternal`, by file id. */
  uploads: Map<string, Buffer>;
  /** `users.info` answers: user id → email. */
  emails: Map<string, string>;
  /** Answer `method` (one the fake does not know, or instead of its own answer) with what `respond` returns. */
  answer(method: string, respond: (call: SlackCall) => Record<string, unknown>): void;
  close(): Promise<void>;
};

const JSON_FIELDS = ["blocks", "view", "attachments"];

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A fake Slack Web API on 127.0.0.1 that records every call and answers the methods the app uses:
 * `conversations.open` (DM id `D<user>`), `chat.postMessage` (increasing `ts`), `chat.update`,
 * `chat.postEphemeral`, `views.open`, `views.publish`, `users.info` (email from `emails`), the file
 * upload trio (`files.getUploadURLExternal` → a POST of the bytes to `/upload/<id>`, kept in
 * `uploads` → `files.completeUploadExternal`); any other
 * method as a test says with `answer()`.
 * Web API calls arrive form-encoded (or JSON); `blocks`/`view` are JSON strings and are decoded.
 */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: SlackCall[] = [];
  const waiters: { method: string; count: number; resolve: () => void }[] = [];
  const limits = new Map<string, { retryAfter: number; times: number }>();
  const emails = new Map<string, string>();
  const answers = new Map<string, (call: SlackCall) => Record<string, unknown>>();
  let seq = 0;
  const ts = () => `1764000000.${String(++seq).padStart(6, "0")}`;

  const uploads = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    const bytes = await readBody(req);
    const upload = /^\/upload\/(F\w+)$/.exec(req.url ?? "");
    if (upload?.[1]) {
      uploads.set(upload[1], bytes);
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("OK");
      return;
    }
    const raw = bytes.toString("utf8");
    const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0] ?? "";
    const contentType = req.headers["content-type"] ?? "";
    const args: Record<string, unknown> = contentType.includes("json")
      ? (JSON.parse(raw || "{}") as Record<string, unknown>)
      : { ...(parseQuery(raw) as Record<string, unknown>) };
    for (const field of JSON_FIELDS) {
      if (typeof args[field] === "string") {
        try {
          args[field] = JSON.parse(args[field] as string);
        } catch {
          // left as sent
        }
      }
    }
    const auth = req.headers.authorization;
    const token =
      typeof auth === "string" ? auth.replace(/^Bearer /, "") : (args.token as string | undefined);
    const limit = limits.get(method);
    if (limit && limit.times > 0) {
      limit.times -= 1;
      calls.push({ method: `${method}#429`, args, token });
      res.writeHead(429, { "retry-after": String(limit.retryAfter), "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
      return;
    }
    const call: SlackCall = { method, args, token };
    calls.push(call);
    for (const w of [...waiters]) {
      if (calls.filter((c) => c.method === w.method).length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
    const answer = answers.get(method);
    if (answer) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(answer(call)));
      return;
    }
    let body: Record<string, unknown>;
    switch (method) {
      case "conversations.open":
        body = { ok: true, channel: { id: `D${String(args.users).split(",")[0]}` } };
        break;
      case "chat.postMessage":
        body = { ok: true, channel: args.channel, ts: ts(), message: { text: args.text } };
        break;
      case "chat.update":
        body = { ok: true, channel: args.channel, ts: args.ts };
        break;
      case "chat.postEphemeral":
        body = { ok: true, message_ts: ts() };
        break;
      case "views.open":
      case "views.publish":
        body = { ok: true, view: { id: `V${++seq}` } };
        break;
      case "files.getUploadURLExternal": {
        const id = `F${++seq}`;
        const { port } = server.address() as AddressInfo;
        body = { ok: true, file_id: id, upload_url: `http://127.0.0.1:${port}/upload/${id}` };
        break;
      }
      case "files.completeUploadExternal": {
        const files = typeof args.files === "string" ? JSON.parse(args.files) : args.files;
        body = { ok: true, files };
        break;
      }
      case "users.info": {
        const email = emails.get(String(args.user));
        body = email
          ? { ok: true, user: { id: args.user, profile: { email } } }
          : { ok: true, user: { id: args.user, profile: {} } };
        break;
      }
      default:
        body = { ok: false, error: "unknown_method" };
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const callsOf = (method: string) => calls.filter((c) => c.method === method);
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    emails,
    uploads,
    callsOf,
    waitFor(method, count = 1, timeoutMs = 10_000) {
      if (callsOf(method).length >= count) return Promise.resolve(callsOf(method));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`timed out waiting for ${count} × ${method} (got ${callsOf(method).length})`));
        }, timeoutMs);
        waiters.push({
          method,
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(callsOf(method));
          },
        });
      });
    },
    answer(method, respond) {
      answers.set(method, respond);
    },
    rateLimit(method, retryAfterSeconds, times = 1) {
      limits.set(method, { retryAfter: retryAfterSeconds, times });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
