import { createServer, type Server, type Socket } from "node:net";
import { Writable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DomainError, userMessageOf } from "../../../src/errors/domain-error";
import { isTransientError } from "../../../src/errors/transient";
import { createLogger } from "../../../src/log/logger";
import { createSmtpMailer, messageIdFor } from "../../../src/mail/smtp-mailer";
import { type FakeSmtpServer, startFakeSmtpServer } from "../../support/fake-smtp-server";

const FROM = "hr-assistant@aso.test";
const TO = "dana.reyes@acme.test";
const CODE = "482913";
const message = (idempotencyKey: string) => ({
  to: TO,
  subject: "Your direct-deposit change code",
  text:
    `Someone asked to send your pay to checking ending 5678. Your code is ${CODE}; it works once, for 10 minutes. ` +
    "If this wasn't you, don't share it: reply to your HR contact at once.",
  idempotencyKey,
});

async function failureOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** What a pino line shows of an error logged the way the product logs one. */
function logged(error: unknown): string {
  let out = "";
  const sink = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  createLogger("info", sink).error({ err: error, event: "mail.failed" }, "mail failed");
  return out;
}

/** The SMTP adapter against a local SMTP server: no network beyond 127.0.0.1. */
describe("SMTP mail transport", () => {
  let server: FakeSmtpServer;

  beforeAll(async () => {
    server = await startFakeSmtpServer({ credentials: { user: "aso", password: "s3cret:/@pass" } });
  });
  afterEach(() => {
    server.rejectRecipients(undefined);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("delivers the message with its subject, text, From, To and a Message-ID derived from the key", async () => {
    const mailer = createSmtpMailer({ url: server.url, from: FROM });
    const before = server.received.length;
    await mailer.send(message("deposit-change-code-1"));
    mailer.close();
    const [mail] = (await server.waitFor(before + 1)).slice(before);
    expect(mail?.user).toBe("aso");
    expect(mail?.envelope).toEqual({ from: FROM, to: [TO] });
    expect(mail?.headers.get("from")).toBe(FROM);
    expect(mail?.headers.get("to")).toBe(TO);
    expect(mail?.headers.get("subject")).toBe("Your direct-deposit change code");
    expect(mail?.text).toBe(message("x").text);
    expect(mail?.headers.get("content-type")).toMatch(/^text\/plain/);
    const id = mail?.headers.get("message-id");
    expect(id).toMatch(/^<[0-9a-f]{64}@aso-hr-assistant>$/);
    expect(id).toBe(messageIdFor("deposit-change-code-1"));
    // The key itself (it names a change) is not readable in the header.
    expect(mail?.raw).not.toContain("deposit-change-code-1");
  });

  it("sends a retried message under the same Message-ID, and another key under another", async () => {
    const mailer = createSmtpMailer({ url: server.url, from: FROM });
    const before = server.received.length;
    await mailer.send(message("deposit-change-code-2"));
    await mailer.send(message("deposit-change-code-2"));
    await mailer.send(message("deposit-change-scheduled-2"));
    mailer.close();
    const ids = (await server.waitFor(before + 3)).slice(before).map((m) => m.headers.get("message-id"));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(ids[2]).toBe(messageIdFor("deposit-change-scheduled-2"));
  });

  it("a refused recipient is a mail.rejected error that names neither the address nor the code", async () => {
    server.rejectRecipients({ code: 550, text: `5.1.1 <${TO}>: Recipient address rejected: ${CODE}` });
    const before = server.received.length;
    const mailer = createSmtpMailer({ url: server.url, from: FROM });
    const error = await failureOf(mailer.send(message("deposit-change-code-3")));
    mailer.close();
    expect(error.code).toBe("mail.rejected");
    expect(error.message).toBe(
      "SMTP send failed: the mail server refused the message (EENVELOPE, reply 550, at RCPT TO)",
    );
    expect(isTransientError(error)).toBe(false);
    expect(error.cause).toBeUndefined();
    for (const text of [
      error.message,
      error.userMessage,
      userMessageOf(error),
      JSON.stringify(error.details),
    ]) {
      expect(text).not.toContain(TO);
      expect(text).not.toContain("dana.reyes");
      expect(text).not.toContain(CODE);
    }
    // Logged as the product logs an error: no address, no code, no server reply line.
    const line = logged(error);
    expect(line).toContain("mail.rejected");
    expect(line).not.toContain("dana.reyes");
    expect(line).not.toContain(CODE);
    expect(line).not.toContain("Recipient address rejected");
    expect(server.received.length).toBe(before);
  });

  it("a 'try again later' reply is mail.unavailable, which retries treat as transient", async () => {
    server.rejectRecipients({ code: 451, text: `4.3.0 <${TO}> mailbox busy` });
    const mailer = createSmtpMailer({ url: server.url, from: FROM });
    const error = await failureOf(mailer.send(message("deposit-change-code-4")));
    mailer.close();
    expect(error.code).toBe("mail.unavailable");
    expect(error.message).toBe(
      "SMTP send failed: the mail server asked to try again later (EENVELOPE, reply 451, at RCPT TO)",
    );
    expect(isTransientError(error)).toBe(true);
    expect(error.message).not.toContain(TO);
  });

  it("wrong credentials are mail.rejected, without the password", async () => {
    const url = server.url.replace("s3cret", "wrong");
    const mailer = createSmtpMailer({ url, from: FROM });
    const error = await failureOf(mailer.send(message("deposit-change-code-5")));
    mailer.close();
    expect(error.code).toBe("mail.rejected");
    expect(error.message).toMatch(/\(EAUTH, reply 535, at AUTH PLAIN\)$/);
    expect(logged(error)).not.toMatch(/wrong|s3cret/);
  });
});

describe("SMTP mail transport, server away", () => {
  const sockets: Socket[] = [];
  let silent: Server;

  beforeAll(async () => {
    // Accepts connections and never says hello.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it("a refused connection is mail.unavailable and transient", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const mailer = createSmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: FROM });
    const error = await failureOf(mailer.send(message("deposit-change-code-6")));
    expect(error.code).toBe("mail.unavailable");
    expect(error.message).toBe(
      "SMTP send failed: the mail server could not be reached or stopped answering (ESOCKET/ECONNREFUSED, at CONN)",
    );
    expect(isTransientError(error)).toBe(true);
  });

  it("a server that never greets times out as mail.unavailable", async () => {
    const { port } = silent.address() as { port: number };
    const mailer = createSmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: FROM, timeoutMs: 300 });
    const started = Date.now();
    const error = await failureOf(mailer.send(message("deposit-change-code-7")));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error.code).toBe("mail.unavailable");
    expect(error.message).toMatch(
      /^SMTP send failed: the mail server could not be reached or stopped answering \(ETIMEDOUT/,
    );
    expect(isTransientError(error)).toBe(true);
  });
});
