import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

/** One message as the fake server received it: the envelope, the headers, and the decoded text body. */
export type ReceivedMail = {
  envelope: { from: string; to: string[] };
  /** Header names lower-cased; folded lines joined. */
  headers: Map<string, string>;
  text: string;
  raw: string;
  /** The user the client signed in as, when it did. */
  user: string | undefined;
};

export type FakeSmtpServer = {
  /** SMTP_URL for the server, with `user:password@` when the fake requires sign-in. */
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Resolves once `count` messages were received (rejects after `timeoutMs`). */
  waitFor(count?: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Refuse the next recipients with this SMTP reply (e.g. 550 or 451) until cleared with `undefined`. */
  rejectRecipients(reply: { code: number; text: string } | undefined): void;
  close(): Promise<void>;
};

function parseMessage(raw: string): { headers: Map<string, string>; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = raw.slice(split + 4).replace(/\r\n$/, "");
  const encoding = headers.get("content-transfer-encoding")?.toLowerCase();
  if (encoding === "quoted-printable") {
    const joined = body.replace(/=\r\n/g, "");
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      const hex = joined.slice(i + 1, i + 3);
      if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        i += 2;
      } else bytes.push(joined.charCodeAt(i));
    }
    body = Buffer.from(bytes).toString("utf8");
  } else if (encoding === "base64") {
    body = Buffer.from(body, "base64").toString("utf8");
  }
  return { headers, text: body.replace(/\r\n/g, "\n") };
}

/**
 * A local SMTP server on 127.0.0.1 (a free port) that keeps every message it accepts. No TLS
 * (STARTTLS is not offered); with `credentials` it requires sign-in over the plain connection.
 */
export async function startFakeSmtpServer(
  options: { credentials?: { user: string; password: string } } = {},
): Promise<FakeSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  let rejection: { code: number; text: string } | undefined;
  const { credentials } = options;
  const serverOptions: SMTPServerOptions = {
    disabledCommands: credentials ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authOptional: !credentials,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.user && auth.password === credentials.password) {
        callback(null, { user: auth.username });
        return;
      }
      callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      if (rejection) {
        callback(Object.assign(new Error(rejection.text), { responseCode: rejection.code }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const mailFrom = session.envelope.mailFrom;
        received.push({
          envelope: {
            from: mailFrom ? mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
          },
          ...parseMessage(raw),
          raw,
          user: typeof session.user === "string" ? session.user : undefined,
        });
        for (const wake of waiters.splice(0)) wake();
        callback();
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  const auth = credentials
    ? `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@`
    : "";
  return {
    url: `smtp://${auth}127.0.0.1:${port}`,
    port,
    received,
    async waitFor(count = 1, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`fake SMTP server: ${received.length} of ${count} messages received`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return received;
    },
    rejectRecipients(reply) {
      rejection = reply;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
