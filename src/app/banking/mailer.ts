/**
 * The port a use case sends email through (the one-time code, the change notice). The production
 * transport is SMTP (`src/mail/smtp-mailer.ts`, when SMTP_URL is set); without one, a direct-deposit
 * change needs an ASO specialist's confirmation instead of a code. Tests pass a recording fake.
 */
export type Mailer = {
  send(message: { to: string; subject: string; text: string; idempotencyKey: string }): Promise<void>;
};
