import { type Dialog, type DialogContext, defineDialog } from "../../conversation/dialog";
import type { Slots } from "../../conversation/slots";
import { fixedClock } from "../../core/clock";
import { answerBenefitsQuestion, benefitsAnswerReply } from "./answer-benefits-question";
import type { BenefitsServices } from "./benefits-services";
import type { BenefitsCommands } from "./commands";

/** What the benefits dialogs close over. */
export type BenefitsDialogServices = { services: BenefitsServices; commands: BenefitsCommands };

const TOPIC_WORDS: Record<string, string> = {
  deductible: "deductible",
  out_of_pocket_max: "out-of-pocket maximum",
  copay: "copay",
  coinsurance: "coinsurance",
  premium: "premium per paycheck",
  coverage: "what is covered",
  network: "network providers",
  contribution: "contribution",
};

/**
 * The question to answer: the message text when the engine passes it (`ctx.text`), else one
 * rebuilt from the slots ("my dental deductible"), which is what a follow-up like "and dental?"
 * leaves: the previous topic with the new plan type.
 */
export function benefitsQuestionText(ctx: DialogContext, slots: Slots): string {
  if (ctx.text && ctx.text.trim() !== "" && !/^\s*(and|what about|how about)\b/i.test(ctx.text))
    return ctx.text;
  const topic = slots.topic ? (TOPIC_WORDS[slots.topic] ?? slots.topic.replaceAll("_", " ")) : "benefits";
  const plan = slots.planType ? `${slots.planType === "fsa" ? "FSA" : slots.planType} ` : "";
  return `What is my ${plan}${topic}?`;
}

/**
 * `benefits_question`: answers about the person's own plans with citations (document, section,
 * quote); personal figures (deductible, cost per paycheck) come from the database. A follow-up
 * ("and dental?") keeps the previous topic with the new plan type. Nothing relevant found → says so
 * and offers a person, never guesses.
 */
export function createBenefitsQuestionDialog({ services }: BenefitsDialogServices): Dialog {
  return defineDialog({
    intent: "benefits_question",
    async run(ctx) {
      if (ctx.actor.kind !== "employee") {
        return {
          kind: "answer",
          replies: [
            { blocks: [{ kind: "text", text: "Benefits answers are for employees about their own plans." }] },
          ],
        };
      }
      const previous = ctx.previousTopic?.intent === "benefits_question" ? ctx.previousTopic.slots : {};
      const slots: Slots = { ...previous, ...ctx.slots };
      const answer = await answerBenefitsQuestion(
        {
          employeeId: ctx.actor.employeeId,
          clientId: ctx.actor.clientId,
          question: benefitsQuestionText(ctx, slots),
          planType: slots.planType,
          timezone: ctx.timezone,
        },
        {
          facts: services.repo,
          retriever: services.retriever,
          clock: fixedClock(ctx.now),
          chatModel: services.chatModel,
        },
      );
      const mismatch = answer.recordMismatch;
      return {
        kind: "answer",
        replies: [benefitsAnswerReply(answer)],
        rememberTopic: true,
        askFeedback: true,
        // One low-priority case per disagreement, however many employees ask.
        ...(mismatch
          ? {
              backgroundCase: {
                key: `plan-data:${ctx.actor.clientId}:${mismatch.plan}:${mismatch.field}:${mismatch.record}:${mismatch.document}`,
                category: "benefits",
                priority: "low" as const,
                summary: `Plan data to check: ${mismatch.plan} ${mismatch.field} is ${mismatch.record} in the plan record but ${mismatch.document} in ${mismatch.documentName}`,
              },
            }
          : {}),
      };
    },
  });
}
