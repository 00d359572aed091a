import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One call the bot made to the Bot Connector. */
export type ConnectorCall = {
  method: string;
  path: string;
  /** Decoded conversation id, when the path has one. */
  conversationId?: string;
  /** For updates (PUT) and replies: the activity id in the path. */
  activityId?: string;
  body: Record<string, unknown>;
  authorization?: string;
  /** The HTTP status the fake answered with. */
  status?: number;
};

export type RosterMember = {
  id: string;
  aadObjectId: string;
  email?: string;
  userPrincipalName?: string;
  name?: string;
};

/**
 * A fake Bot Connector service on 127.0.0.1: point activities' `serviceUrl` at `url`. It records
 * `POST /v3/conversations/{id}/activities[/{replyToId}]` (send), `PUT …/activities/{id}` (update) and
 * `POST /v3/conversations` (create a personal chat), answers roster lookups
 * (`GET /v3/conversations/{id}/members/{userId}`) from `roster`, and can fail the next N sends with
 * a status (e.g. 429) to test retries.
 */
export async function startFakeBotConnector(): Promise<{
  url: string;
  calls: ConnectorCall[];
  roster: Map<string, RosterMember>;
  failNext(count: number, status: number): void;
  /** Sent activities (POSTs) to one conversation. */
  sentTo(conversationId: string): ConnectorCall[];
  waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}> {
  const calls: ConnectorCall[] = [];
  const roster = new Map<string, RosterMember>();
  let failures = { count: 0, status: 500 };
  let sequence = 0;

  const read = (req: IncomingMessage) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        try {
          resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {});
        } catch {
          resolve({ raw: text });
        }
      });
    });

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer(async (req, res) => {
    const body = await read(req);
    const path = (req.url ?? "").split("?")[0] ?? "";
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    const call: ConnectorCall = {
      method: req.method ?? "",
      path,
      body,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    if (parts[0] === "v3" && parts[1] === "conversations" && parts[2]) call.conversationId = parts[2];
    if (parts[3] === "activities" && parts[4]) call.activityId = parts[4];
    if (req.method === "GET" && parts[3] === "members" && parts[4]) {
      const member = roster.get(parts[4]);
      if (!member)
        return json(res, 404, { error: { code: "MemberNotFoundInConversation", message: "not found" } });
      return json(res, 200, member);
    }
    calls.push(call);
    if (req.method === "POST" && parts.length === 2 && parts[1] === "conversations") {
      sequence += 1;
      return json(res, 200, { id: `a:created-${sequence}`, activityId: "" });
    }
    if (failures.count > 0 && req.method === "POST") {
      failures = { ...failures, count: failures.count - 1 };
      call.status = failures.status;
      return json(res, failures.status, { error: { code: "Throttled", message: "slow down" } });
    }
    sequence += 1;
    call.status = 200;
    return json(res, 200, {
      id: call.activityId && req.method === "PUT" ? call.activityId : `activity-${sequence}`,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    roster,
    failNext(count, status) {
      failures = { count, status };
    },
    sentTo(conversationId) {
      return calls.filter(
        (c) => c.method === "POST" && c.conversationId === conversationId && c.path.includes("/activities"),
      );
    },
    async waitFor(predicate, timeoutMs = 15_000) {
      const start = Date.now();
      while (!predicate(calls)) {
        if (Date.now() - start > timeoutMs)
          throw new Error(
            `fake connector: timed out; calls: ${JSON.stringify(calls.map((c) => `${c.method} ${c.path}`))}`,
          );
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
