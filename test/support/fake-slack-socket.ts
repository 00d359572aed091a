import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";

/**
 * A fake Slack Socket Mode endpoint on 127.0.0.1: the WebSocket URL `apps.connections.open` hands out.
 * It greets each connection with `hello`, as Slack does, sends the envelopes a test gives it, and
 * records what the app sends back (acks). Just enough of RFC 6455 for that: unfragmented text
 * frames, pings answered with pongs, close.
 */
export type FakeSlackSocket = {
  /** For `apps.connections.open`'s `url`. */
  url: string;
  /** Messages the app sent, parsed (acks: `{ envelope_id, payload? }`). */
  received: Record<string, unknown>[];
  /** Resolves once an app is connected and greeted. */
  connected(): Promise<void>;
  /** Sends an envelope to the connected app. */
  send(envelope: Record<string, unknown>): void;
  /** Resolves with the ack of an envelope once it arrives (rejects after `timeoutMs`). */
  ackOf(envelopeId: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  close(): Promise<void>;
};

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 65_536
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(length)]);
  return Buffer.concat([head, payload]);
}

function bigLength(length: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(length));
  return b;
}

/** Splits client frames (always masked) off the front of `buffer`; returns what is left. */
function readFrames(buffer: Buffer, onFrame: (opcode: number, payload: Buffer) => void): Buffer {
  let rest = buffer;
  for (;;) {
    if (rest.length < 2) return rest;
    const opcode = rest[0]! & 0x0f;
    let length = rest[1]! & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (rest.length < 4) return rest;
      length = rest.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (rest.length < 10) return rest;
      length = Number(rest.readBigUInt64BE(2));
      offset = 10;
    }
    if (rest.length < offset + 4 + length) return rest;
    const mask = rest.subarray(offset, offset + 4);
    const payload = Buffer.from(rest.subarray(offset + 4, offset + 4 + length));
    for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ mask[i % 4]!;
    onFrame(opcode, payload);
    rest = rest.subarray(offset + 4 + length);
  }
}

export async function startFakeSlackSocket(): Promise<FakeSlackSocket> {
  const received: Record<string, unknown>[] = [];
  const sockets = new Set<Duplex>();
  let current: Duplex | undefined;
  let greeted: () => void = () => undefined;
  const greeting = new Promise<void>((resolve) => {
    greeted = resolve;
  });
  const listeners = new Set<() => void>();

  const server: Server = createServer((_req, res) => {
    res.writeHead(426).end();
  });
  server.on("upgrade", (req, socket) => {
    const key = req.headers["sec-websocket-key"];
    if (typeof key !== "string") {
      socket.destroy();
      return;
    }
    const accept = createHash("sha1").update(`${key}${GUID}`).digest("base64");
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    sockets.add(socket);
    current = socket;
    let pending: Buffer = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      pending = readFrames(Buffer.concat([pending, chunk]), (opcode, payload) => {
        if (opcode === 0x1) {
          received.push(JSON.parse(payload.toString("utf8")) as Record<string, unknown>);
          for (const listener of listeners) listener();
        } else if (opcode === 0x9) socket.write(frame(0xa, payload));
        else if (opcode === 0x8) socket.end(frame(0x8, payload));
      });
    });
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => sockets.delete(socket));
    socket.write(frame(0x1, Buffer.from(JSON.stringify({ type: "hello", num_connections: 1 }))));
    greeted();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=fake`,
    received,
    connected: () => greeting,
    send(envelope) {
      if (!current) throw new Error("no app is connected to the fake Slack socket");
      current.write(frame(0x1, Buffer.from(JSON.stringify(envelope))));
    },
    ackOf(envelopeId, timeoutMs = 10_000) {
      const find = () => received.find((m) => m.envelope_id === envelopeId);
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = find();
          if (!found) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no ack of envelope ${envelopeId}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
