import { fixedClock } from "../../app/clock";
import { explainPaycheckChange, getMyLastPaycheck, getNextPayDate } from "../../app/payroll/paycheck-queries";
import type { PayrollDeps } from "../../app/payroll/payroll-deps";
import { type Dialog, defineDialog } from "../dialog";
import type { Reply } from "../reply";

/**
 * `paycheck_question`: "when is payday" (topic `payday`) → the next pay date; anything else → the
 * person's last posted paycheck (gross, taxes, deductions, net, the engine's explanation) and, when an
 * earlier paycheck exists, what changed since it. Only ever the asker's own pay, in a direct message.
 * A question about what a benefit costs per paycheck ("how much do I pay for dental each paycheck")
 * goes to `planQuestions` (the benefits answer), which knows the enrollment even before a first
 * paycheck is posted.
 */
/** A benefit named in a paycheck question: its cost per paycheck is the enrollment's, not the stub's. */
const PLAN_DEDUCTION =
  /\b(dental|medical|health insurance|vision|premiums?|401 ?\(?k\)?|hsa|fsa|life insurance)\b/i;

export function createPaycheckQuestionDialog({
  payroll,
  planQuestions,
}: {
  payroll: PayrollDeps;
  planQuestions?: Dialog | undefined;
}): Dialog {
  return defineDialog({
    intent: "paycheck_question",
    async run(ctx) {
      if (ctx.actor.kind !== "employee") {
        return {
          kind: "answer",
          replies: [
            {
              blocks: [
                { kind: "text", text: "Paycheck questions are answered for employees about their own pay." },
              ],
            },
          ],
        };
      }
      if (planQuestions && ctx.text && PLAN_DEDUCTION.test(ctx.text)) return planQuestions.run(ctx);
      const deps = { ...payroll, clock: fixedClock(ctx.now) };
      if (ctx.slots.topic === "payday") {
        const next = await getNextPayDate(deps, ctx.actor);
        return { kind: "answer", replies: [next.reply] };
      }
      const last = await getMyLastPaycheck(deps, ctx.actor);
      const replies: Reply[] = [last.reply];
      if (last.paycheck) {
        const change = await explainPaycheckChange(deps, ctx.actor);
        if (change.changes.length > 0) replies.push(change.reply);
      }
      return { kind: "answer", replies };
    },
  });
}
