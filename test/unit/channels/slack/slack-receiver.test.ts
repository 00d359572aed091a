import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SlackHttpReceiver } from "../../../../src/channels/slack/slack-receiver";
import { createLogger } from "../../../../src/log/logger";

const clock = { now: () => new Date() };

/** A request with no valid signature (answered 401 at once) and a response that records its status. */
function exchange(receiver: SlackHttpReceiver) {
  const req = Object.assign(new PassThrough(), { headers: {}, method: "POST", url: "/slack/events" });
  const res = Object.assign(new EventEmitter(), {
    statusCode: 0,
    headersSent: false,
    writeHead(status: number) {
      res.statusCode = status;
      res.headersSent = true;
      return res;
    },
    end() {
      res.emit("finish");
      return res;
    },
  });
  receiver.handle(req as unknown as IncomingMessage, res as unknown as ServerResponse);
  return { req, res };
}

/** Ends the request and waits (without moving the clock, unlike vi.waitFor) for its 401. */
async function answered(r: ReturnType<typeof exchange>) {
  r.req.end();
  for (let i = 0; i < 100 && r.res.statusCode === 0; i++)
    await new Promise((resolve) => setImmediate(resolve));
  expect(r.res.statusCode).toBe(401);
}

describe("SlackHttpReceiver.busy", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("holds while an ack is pending and during a burst, not for steady traffic", async () => {
    const receiver = new SlackHttpReceiver({ signingSecret: "s", clock, logger: createLogger("silent") });
    expect(receiver.busy()).toBe(false);

    // A request whose body has not arrived yet is pending: busy until it is answered.
    const open = exchange(receiver);
    expect(receiver.busy()).toBe(true);
    await answered(open);
    expect(receiver.busy()).toBe(false);

    // Steady traffic: one request every 100 ms never makes a burst.
    for (let i = 0; i < 30; i++) {
      vi.advanceTimersByTime(100);
      await answered(exchange(receiver));
      expect(receiver.busy()).toBe(false);
    }

    // A burst: 16 requests 5 ms apart (the first at +5 ms, the last at +80 ms). Busy until 250 ms after
    // the 16th-last of them, the first.
    for (let i = 0; i < 16; i++) {
      vi.advanceTimersByTime(5);
      await answered(exchange(receiver));
    }
    expect(receiver.busy()).toBe(true);
    vi.advanceTimersByTime(170); // +250: the first burst request is 245 ms old
    expect(receiver.busy()).toBe(true);
    vi.advanceTimersByTime(10); // +260
    expect(receiver.busy()).toBe(false);
  });
});
