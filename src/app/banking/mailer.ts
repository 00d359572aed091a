/**
 * The port a use case sends email through (the one-time code, the change notice). The production
 * transport is SMTP (`src/mail/smtp-mailer.ts`), built by the composition root when `SMTP_URL` and
 * `MAIL_FROM` are set (decision 0051); without it a direct-deposit change needs an ASO specialist's
 * confirmation instead of a code. Tests pass a recording fake or a local SMTP server.
 *
 * `idempotencyKey` names the message: sending again under the same key is the same message (the SMTP
 * transport derives its Message-ID from it). A failed send throws a DomainError (`mail.unavailable`,
 * transient, or `mail.rejected`) whose message names neither the recipient nor the text.
 */
export type Mailer = {
  send(message: { to: string; subject: string; text: string; idempotencyKey: string }): Promise<void>;
};
