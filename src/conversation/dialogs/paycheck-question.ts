import { fixedClock } from "../../app/clock";
import type { DocumentDeps } from "../../app/documents/request-document";
import { explainPaycheckChange, getMyLastPaycheck, getNextPayDate } from "../../app/payroll/paycheck-queries";
import type { PayrollDeps } from "../../app/payroll/payroll-deps";
import { type Dialog, defineDialog } from "../dialog";
import type { Reply } from "../reply";
import { answerDocumentRequest } from "./document-request";

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
  documents,
}: {
  payroll: PayrollDeps;
  planQuestions?: Dialog | undefined;
  /** Pay stubs and employment letters as PDFs; without it a stub request gets the paycheck answer. */
  documents?: DocumentDeps | undefined;
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
      if (ctx.text && asksAboutOthersPay(ctx.text)) {
        return {
          kind: "answer",
          replies: [
            {
              blocks: [
                {
                  kind: "text",
                  text: "I can only show you your own paycheck: other people's pay stays private. Ask me about yours any time.",
                },
              ],
            },
          ],
        };
      }
      if (documents && ctx.slots.document) return answerDocumentRequest(documents, ctx);
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

const PAY_WORDS = "(?:pay ?checks?|pay ?stubs?|pay|salary|salaries|wages?|earnings|net pay|take[- ]home)";
const NOT_SOMEONE = new Set([
  "my",
  "your",
  "this",
  "last",
  "next",
  "today",
  "today's",
  "week",
  "month",
  "year",
  "the",
  "our",
]);

/**
 * "Show me Dana's paycheck", "how much does Luis make": a question about someone else's pay, which
 * is answered with a plain no rather than with the asker's own paycheck.
 */
export function asksAboutOthersPay(text: string): boolean {
  const t = text.toLowerCase().replace(/[’`]/g, "'");
  const possessive = new RegExp(`\\b([a-z]+)'s? ${PAY_WORDS}\\b`).exec(t);
  if (possessive && !NOT_SOMEONE.has(possessive[1]!) && !/^(last|next|this)$/.test(possessive[1]!))
    return true;
  return (
    /\bhow much (?:does|did|do) (?!i\b|we\b)[a-z]+(?: [a-z]+)? (?:make|earn|get paid)\b/.test(t) ||
    new RegExp(
      `\\b(?:someone|somebody|my (?:coworker|co-worker|colleague|manager|boss|team)'?s?)\\b.*\\b${PAY_WORDS}\\b`,
    ).test(t)
  );
}
