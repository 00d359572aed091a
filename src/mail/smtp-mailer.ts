import { createHash } from "node:crypto";
import { createTransport } from "nodemailer";
import type { Mailer } from "../app/banking/mailer";
import { DomainError } from "../errors/domain-error";

/** Connection, greeting and socket timeouts: a send never waits on a silent server longer than this. */
export const SMTP_TIMEOUT_MS = 10_000;

export type SmtpMailerOptions = {
  /** `smtp://` (STARTTLS when offered) or `smtps://` (TLS from the start), with optional credentials. */
  url: string;
  /** The sender address every message carries (MAIL_FROM). */
  from: string;
  /** Overrides SMTP_TIMEOUT_MS (tests). */
  timeoutMs?: number;
};

export type SmtpMailer = Mailer & {
  /** Releases the transport (idle connections); sends after it open a new one. */
  close(): void;
};

/**
 * The Message-ID of the message sent under `idempotencyKey`: the same key always gives the same id, so
 * a send retried after a lost reply is the same message to the server and the reader's mail client. A
 * digest, so the key (which names a change id) is not readable in the header.
 */
export function messageIdFor(idempotencyKey: string): string {
  return `<${createHash("sha256").update(idempotencyKey).digest("hex")}@aso-hr-assistant>`;
}

/**
 * The production mail transport: one SMTP connection per send through nodemailer, plain text only, no
 * file or URL content, nodemailer's own logging off. A failure becomes a DomainError that names only
 * what went wrong (nodemailer's code, the SMTP reply code and the command), never the recipient, the
 * text or the server's reply line (which quotes the address), and keeps no `cause`: a logged error's
 * causes are serialised with it. `mail.unavailable` is transient (`isTransientError`), `mail.rejected`
 * is not.
 */
export function createSmtpMailer(options: SmtpMailerOptions): SmtpMailer {
  const timeout = options.timeoutMs ?? SMTP_TIMEOUT_MS;
  const transport = createTransport({
    url: options.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
    debug: false,
  });
  return {
    async send(message) {
      try {
        await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          messageId: messageIdFor(message.idempotencyKey),
        });
      } catch (error) {
        throw mailError(error);
      }
    },
    close() {
      transport.close();
    },
  };
}

/** nodemailer's codes for a connection that failed or ended, not a refusal of the message. */
const CONNECTION_CODES = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS"]);

/** A failed send: a DomainError that also says whether the same message may go through later. */
export class MailError extends DomainError {
  constructor(
    code: "mail.unavailable" | "mail.rejected",
    message: string,
    details: Record<string, unknown>,
    /** Read by `isTransientError`: true for an unreachable server or a "try later" reply. */
    readonly transient: boolean,
  ) {
    super(code, message, { details });
  }
}

/** A mail failure in words an operator can act on, with nothing personal in them. */
export function mailError(error: unknown): MailError {
  const failure = (error ?? {}) as {
    code?: unknown;
    originalCode?: unknown;
    responseCode?: unknown;
    command?: unknown;
  };
  const errorCode = (value: unknown) =>
    typeof value === "string" && /^E[A-Z0-9_]{1,20}$/.test(value) ? value : "";
  const code = errorCode(failure.code);
  // The system's own code under nodemailer's (ESOCKET over ECONNREFUSED) says which way it failed.
  const systemCode = errorCode(failure.originalCode);
  const reply =
    typeof failure.responseCode === "number" && Number.isInteger(failure.responseCode)
      ? failure.responseCode
      : undefined;
  // nodemailer's commands are fixed words ("RCPT TO", "AUTH PLAIN", "CONN"); anything else is dropped.
  const command =
    typeof failure.command === "string" && /^[A-Z]{2,10}(?: [A-Z0-9-]{2,12})?$/.test(failure.command)
      ? failure.command
      : undefined;
  // RFC 5321: 4yz is "try again later"; 503 is a session in the wrong state, not a refusal.
  const later = reply !== undefined && ((reply >= 400 && reply < 500) || reply === 503);
  const unreachable = reply === undefined && CONNECTION_CODES.has(code);
  const what = unreachable
    ? "the mail server could not be reached or stopped answering"
    : later
      ? "the mail server asked to try again later"
      : "the mail server refused the message";
  const facts = [
    systemCode ? `${code}/${systemCode}` : code,
    reply === undefined ? "" : `reply ${reply}`,
    command ? `at ${command}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return new MailError(
    unreachable || later ? "mail.unavailable" : "mail.rejected",
    `SMTP send failed: ${what}${facts ? ` (${facts})` : ""}`,
    {
      ...(code ? { smtpError: code } : {}),
      ...(systemCode ? { systemError: systemCode } : {}),
      ...(reply === undefined ? {} : { reply }),
      ...(command ? { command } : {}),
    },
    unreachable || later,
  );
}
