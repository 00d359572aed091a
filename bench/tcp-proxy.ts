import net from "node:net";

/** How a proxy that is down treats new connections: refused (server stopped), or held unanswered. */
export type DownMode = "refuse" | "hold";

export type TcpProxy = {
  /** The local port the product connects to. */
  readonly port: number;
  /** `url` (postgresql://… or redis://…) with its host and port replaced by the proxy's. */
  via(url: string): string;
  /** Cuts every proxied connection; new ones are refused or held (forwarded on `up`). */
  down(mode?: DownMode): Promise<void>;
  /** Forwards again (held connections first). */
  up(): Promise<void>;
  close(): Promise<void>;
};

/**
 * A TCP proxy on 127.0.0.1 (a free port) in front of `target`, for the chaos bench: the product gets
 * the proxy's address instead of PostgreSQL's or Redis's, and `down`/`up` make the service unreachable
 * and reachable again without touching the real server.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let held: net.Socket[] = [];
  let state: "up" | DownMode = "up";

  const forward = (client: net.Socket) => {
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      open.add(s);
      s.setNoDelay(true);
      s.on("error", () => undefined);
      s.on("close", () => {
        open.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  };
  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    if (state === "up") forward(client);
    else if (state === "hold") {
      client.on("error", () => undefined);
      held.push(client);
    } else client.destroy();
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
  const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    via(url) {
      const parsed = new URL(url);
      parsed.hostname = "127.0.0.1";
      parsed.port = String(port);
      return parsed.toString();
    },
    async down(mode = "refuse") {
      if (state !== "up") return;
      state = mode;
      for (const s of open) s.destroy();
      // Refuse: stop listening, so connecting fails with ECONNREFUSED as against a stopped server.
      if (mode === "refuse") await stopListening();
    },
    async up() {
      if (state === "up") return;
      if (state === "refuse") await listen(port);
      state = "up";
      for (const client of held) if (!client.destroyed) forward(client);
      held = [];
    },
    async close() {
      for (const s of [...open, ...held]) s.destroy();
      if (server.listening) await stopListening();
    },
  };
}
