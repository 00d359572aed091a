import { type Dialog, defineDialog } from "../../conversation/dialog";
import { fixedClock } from "../../core/clock";
import { benefitsAnswerReply } from "./answer-benefits-question";
import type { BenefitsDialogServices } from "./benefits-question-dialog";
import { describeEnrollments } from "./describe-enrollments";

/** `enrollment_status`: the person's own enrollments, tier and cost per paycheck, from the database. */
export function createEnrollmentStatusDialog({ services }: BenefitsDialogServices): Dialog {
  return defineDialog({
    intent: "enrollment_status",
    async run(ctx) {
      if (ctx.actor.kind !== "employee") {
        return {
          kind: "answer",
          replies: [{ blocks: [{ kind: "text", text: "Enrollments are shown to the employee." }] }],
        };
      }
      const answer = await describeEnrollments(
        { employeeId: ctx.actor.employeeId, timezone: ctx.timezone },
        { facts: services.repo, clock: fixedClock(ctx.now) },
      );
      const reply = benefitsAnswerReply({
        ...answer,
        answer: answer.facts.length > 0 ? "Here is your current coverage." : answer.answer,
      });
      return { kind: "answer", replies: [{ ...reply, personal: true }], rememberTopic: true };
    },
  });
}
