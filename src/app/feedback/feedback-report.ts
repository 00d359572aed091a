import { DateTime } from "luxon";
import type { Database } from "../../db/database";
import { createFeedbackRepository } from "../../db/feedback-repository";
import { DomainError } from "../../errors/domain-error";

export type FeedbackReport = {
  client: string;
  from: string;
  to: string;
  totals: { right: number; wrong: number };
  byIntent: { intent: string; right: number; wrong: number }[];
  /** Every verdict, oldest first; question and answer as stored (redacted). */
  feedback: {
    at: string;
    channel: string;
    intent: string;
    verdict: string;
    question: string;
    answer: string;
  }[];
};

/**
 * `aso report feedback`: what employees said about the assistant's answers between two dates
 * (inclusive, UTC days), so an ASO can see what it gets wrong: totals, by intent, and each verdict
 * with its question and answer.
 */
export async function buildFeedbackReport(
  db: Database,
  input: { ein: string; from: string; to: string },
): Promise<FeedbackReport> {
  const from = DateTime.fromISO(input.from, { zone: "utc" });
  const to = DateTime.fromISO(input.to, { zone: "utc" });
  if (!from.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(input.from))
    throw new DomainError("input.invalid", `--from: not a date (YYYY-MM-DD): ${input.from}`);
  if (!to.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(input.to))
    throw new DomainError("input.invalid", `--to: not a date (YYYY-MM-DD): ${input.to}`);
  if (to < from) throw new DomainError("input.invalid", "--to: before --from");
  const client = await db.prisma.clientEmployer.findUnique({ where: { ein: input.ein } });
  if (!client)
    throw new DomainError("record.not_found", `--client: no client employer with EIN ${input.ein}`);
  const rows = await createFeedbackRepository(db.prisma).list(
    client.id,
    from.toJSDate(),
    to.plus({ days: 1 }).toJSDate(),
  );
  const intents = [...new Set(rows.map((r) => r.intent))].sort();
  const count = (verdict: string, intent?: string) =>
    rows.filter((r) => r.verdict === verdict && (intent === undefined || r.intent === intent)).length;
  return {
    client: input.ein,
    from: input.from,
    to: input.to,
    totals: { right: count("right"), wrong: count("wrong") },
    byIntent: intents.map((intent) => ({
      intent,
      right: count("right", intent),
      wrong: count("wrong", intent),
    })),
    feedback: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
  };
}
