import { type Dialog, type DialogContext, type DialogOutcome, defineDialog } from "../../conversation/dialog";
import { type PaycheckRequest, readPaycheckRequest } from "../../conversation/paycheck-request";
import type { Reply } from "../../conversation/reply";
import { fixedClock } from "../../core/clock";
import { answerDocumentRequest } from "../documents/document-request-dialog";
import type { DocumentDeps } from "../documents/request-document";
import { showW4Form, type WithholdingDeps } from "./change-withholding";
import {
  explainPaycheckChange,
  getMyLastPaycheck,
  getMyPaycheckTaxes,
  getNextPayDate,
} from "./paycheck-queries";
import type { PayrollDeps } from "./payroll-deps";
import { previewPaycheckChange } from "./preview-paycheck-change";

/**
 * `paycheck_question`: "when is payday" (topic `payday`) → the next pay date; "why was my check
 * smaller?" → what changed between the last two paychecks and why (the core's causes); "how much went
 * to taxes?" → the taxes of the last paycheck; "what if I put 10% in my 401(k)?" → the engine's
 * preview, nothing saved; "change my W-4" → the W-4 form; anything else → the last posted paycheck
 * and, when an earlier one exists, what changed since it. Only ever the asker's own pay, in a direct
 * message. A question about what a benefit costs per paycheck ("how much do I pay for dental each
 * paycheck") goes to `planQuestions` (the benefits answer), which knows the enrollment even before a
 * first paycheck is posted.
 */
/** A benefit named in a paycheck question: its cost per paycheck is the enrollment's, not the stub's. */
const PLAN_DEDUCTION =
  /\b(dental|medical|health insurance|vision|premiums?|401 ?\(?k\)?|hsa|fsa|life insurance)\b/i;

const text = (t: string): Reply => ({ blocks: [{ kind: "text", text: t }] });
const answer = (...replies: Reply[]): DialogOutcome => ({ kind: "answer", replies });

const INCOMPLETE: Record<"401k" | "filing_status" | "overtime", string> = {
  "401k": 'Tell me the percent to preview, e.g. "what if I put 10% in my 401(k)?"',
  filing_status: 'Tell me the filing status to preview, e.g. "what if I change my W-4 to married?"',
  overtime: 'Tell me the hours to preview, e.g. "what would 6 hours of overtime pay?"',
};

/**
 * Answers a paycheck or withholding request from the core's figures. Shared by `paycheck_question`
 * and `tax_withholding`, whose messages overlap ("how much was taken out for taxes?").
 */
export async function answerPaycheckRequest(
  deps: { payroll: PayrollDeps; withholding?: WithholdingDeps | undefined },
  ctx: DialogContext,
  request: PaycheckRequest,
): Promise<DialogOutcome | undefined> {
  const payroll = { ...deps.payroll, clock: fixedClock(ctx.now) };
  switch (request.kind) {
    case "what_if":
      return answer((await previewPaycheckChange(payroll, ctx.actor, request.change)).reply);
    case "what_if_incomplete":
      return answer(text(INCOMPLETE[request.about]));
    case "change_w4":
      return deps.withholding
        ? answer(await showW4Form({ ...deps.withholding, payroll }, ctx.actor))
        : undefined;
    case "taxes":
      return answer((await getMyPaycheckTaxes(payroll, ctx.actor)).reply);
    case "why_changed": {
      // "Compare my checks of Jan 23 and Feb 6": the two pay dates named; otherwise the last two.
      const range = ctx.slots.dateRange;
      const change = await explainPaycheckChange(
        payroll,
        ctx.actor,
        range && range.start !== range.end ? { before: range.start, after: range.end } : {},
      );
      if (change.verdict) return answer(change.reply);
      const last = await getMyLastPaycheck(payroll, ctx.actor);
      return answer(...(last.paycheck ? [change.reply, last.reply] : [last.reply]));
    }
    case "last_paycheck":
      return undefined;
  }
}

export function createPaycheckQuestionDialog({
  payroll,
  planQuestions,
  withholding,
  documents,
}: {
  payroll: PayrollDeps;
  planQuestions?: Dialog | undefined;
  withholding?: WithholdingDeps | undefined;
  /** Pay stubs and employment letters as PDFs; without it a stub request gets the paycheck answer. */
  documents?: DocumentDeps | undefined;
}): Dialog {
  return defineDialog({
    intent: "paycheck_question",
    async run(ctx) {
      if (ctx.actor.kind !== "employee")
        return answer(text("Paycheck questions are answered for employees about their own pay."));
      if (ctx.text && asksAboutOthersPay(ctx.text))
        return answer(
          text(
            "I can only show you your own paycheck: other people's pay stays private. Ask me about yours any time.",
          ),
        );
      if (documents && ctx.slots.document) return answerDocumentRequest(documents, ctx);
      const request = readPaycheckRequest(ctx.text ?? "");
      // A what-if names the 401(k) too: it is a preview, not a question about the enrollment's cost.
      if (request.kind === "what_if" || request.kind === "what_if_incomplete")
        return (await answerPaycheckRequest({ payroll, withholding }, ctx, request))!;
      if (planQuestions && ctx.text && PLAN_DEDUCTION.test(ctx.text) && request.kind !== "taxes")
        return planQuestions.run(ctx);
      const deps = { ...payroll, clock: fixedClock(ctx.now) };
      if (ctx.slots.topic === "payday") {
        const next = await getNextPayDate(deps, ctx.actor);
        return { kind: "answer", replies: [next.reply] };
      }
      const answered = await answerPaycheckRequest({ payroll, withholding }, ctx, request);
      if (answered) return answered;
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
