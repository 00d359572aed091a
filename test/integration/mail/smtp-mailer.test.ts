import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDomainError } from "../../../src/errors/domain-error";
import { createSmtpMailer } from "../../../src/mail/smtp-mailer";

type Received = { from: string; to: string[]; raw: string };

/** A local SMTP server that keeps what it is sent and refuses any recipient at refused.test. */
async function fakeSmtpServer(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith("@refused.test")) {
        const error = new Error("mailbox unavailable") as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("the SMTP mail transport", () => {
  let smtp: Awaited<ReturnType<typeof fakeSmtpServer>>;
  let mailer: ReturnType<typeof createSmtpMailer>;
  beforeAll(async () => {
    smtp = await fakeSmtpServer();
    mailer = createSmtpMailer({ url: smtp.url, from: "payroll@aso.test" });
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
  });

  it("delivers the message, and a retried send carries the same Message-ID", async () => {
    const message = {
      to: "ana@client.test",
      subject: "Your direct-deposit change code",
      text: "Your code is 123456; it works once, for 10 minutes.",
      idempotencyKey: "deposit-change-code-42",
    };
    await mailer.send(message);
    await mailer.send(message);
    await mailer.send({ ...message, idempotencyKey: "deposit-change-code-43" });
    expect(smtp.received).toHaveLength(3);
    const [first, again, other] = smtp.received.map((r) => r);
    expect(first).toMatchObject({ from: "payroll@aso.test", to: ["ana@client.test"] });
    expect(first?.raw).toContain("Subject: Your direct-deposit change code");
    expect(first?.raw).toContain("Your code is 123456");
    // A long header is folded onto the next line: unfold before reading it.
    const id = (r: Received | undefined) =>
      /^Message-ID:\s*(.+)$/im.exec((r?.raw ?? "").replace(/\r?\n[ \t]+/g, " "))?.[1]?.trim();
    expect(id(first)).toMatch(/^<[0-9a-f]{64}@aso-hr-assistant>$/);
    expect(id(again)).toBe(id(first));
    expect(id(other)).not.toBe(id(first));
  });

  it("reports a refused message as mail.unavailable, naming neither the address nor the text", async () => {
    const error = await mailer
      .send({ to: "bo@refused.test", subject: "code", text: "Your code is 654321", idempotencyKey: "k-1" })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isDomainError(error, "mail.unavailable")).toBe(true);
    const message = String((error as Error).message);
    expect(message).toContain("SMTP 550");
    expect(message).not.toContain("bo@refused.test");
    expect(message).not.toContain("654321");
  });
});
