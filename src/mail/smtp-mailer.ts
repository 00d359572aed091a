import { createHash } from "node:crypto";
import nodemailer from "nodemailer";
import type { Mailer } from "../app/banking/mailer";
import { DomainError } from "../errors/domain-error";
import { isTransientError } from "../errors/transient";

/** How long a connection, the server's greeting and a silent socket may take before the send fails. */
const TIMEOUT_MS = 10_000;
/** A passing failure (a refused connection, a timeout, a 4xx reply) is tried again this many times. */
const RETRIES = 2;

/**
 * The production mail transport: SMTP through nodemailer, one transport per process. A message's
 * Message-ID is derived from its idempotency key, so a send retried after a timeout reaches the
 * recipient's server as the same message, which it can recognise. A failure is reported without the
 * address or the text (a one-time code travels in it); a passing one is retried first.
 */
export function createSmtpMailer(options: { url: string; from: string }): Mailer & { close(): void } {
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  return {
    async send(message) {
      const messageId = `<${createHash("sha256").update(message.idempotencyKey).digest("hex")}@aso-hr-assistant>`;
      for (let attempt = 0; ; attempt++) {
        try {
          await transport.sendMail({
            from: options.from,
            to: message.to,
            subject: message.subject,
            text: message.text,
            messageId,
          });
          return;
        } catch (error) {
          if (attempt < RETRIES && passing(error)) {
            await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
            continue;
          }
          throw new DomainError(
            "mail.unavailable",
            `the mail server did not take message ${messageId}: ${smtpReason(error)}`,
          );
        }
      }
    },
    close: () => transport.close(),
  };
}

/** A failure worth trying again: the connection's, or the server's "try later" (4xx). */
function passing(error: unknown): boolean {
  const { responseCode } = (error ?? {}) as { responseCode?: unknown };
  return typeof responseCode === "number"
    ? responseCode >= 400 && responseCode < 500
    : isTransientError(error);
}

/** The server's status code or the socket's error code: never its text, which may quote the address. */
function smtpReason(error: unknown): string {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === "number") return `SMTP ${responseCode}`;
  return typeof code === "string" ? code : "unknown error";
}
