import type { AnswerFeedbackInput, FeedbackRecorder } from "../conversation/engine";
import type { PrismaClient } from "./generated/prisma/client";

export type FeedbackRow = {
  at: Date;
  channel: string;
  intent: string;
  verdict: string;
  question: string;
  answer: string;
};

/**
 * Verdicts on the assistant's answers (`AnswerFeedback`). One row per answer: a second click
 * changes the verdict, a retry changes nothing. Only employees' verdicts are kept (they are the
 * ones answered about their own plans); question and answer arrive redacted.
 */
export function createFeedbackRepository(prisma: PrismaClient): FeedbackRecorder & {
  list(clientId: string, from: Date, to: Date): Promise<FeedbackRow[]>;
} {
  return {
    async record(input: AnswerFeedbackInput) {
      if (input.actor.kind !== "employee") return;
      const data = {
        clientId: input.actor.clientId,
        employeeId: input.actor.employeeId,
        channel: input.channel,
        intent: input.intent,
        question: input.question,
        answer: input.answer,
        verdict: input.verdict,
      };
      await prisma.answerFeedback.upsert({
        where: { idempotencyKey: input.idempotencyKey },
        create: { ...data, idempotencyKey: input.idempotencyKey },
        update: { verdict: input.verdict },
      });
    },
    async list(clientId, from, to) {
      const rows = await prisma.answerFeedback.findMany({
        where: { clientId, createdAt: { gte: from, lt: to } },
        orderBy: { createdAt: "asc" },
      });
      return rows.map((r) => ({
        at: r.createdAt,
        channel: r.channel,
        intent: r.intent,
        verdict: r.verdict,
        question: r.question,
        answer: r.answer,
      }));
    },
  };
}
