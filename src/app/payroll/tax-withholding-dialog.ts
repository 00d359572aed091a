import { type Dialog, defineDialog } from "../../conversation/dialog";
import { readPaycheckRequest } from "../../conversation/paycheck-request";
import { showW4Form, type WithholdingDeps } from "./change-withholding";
import { answerPaycheckRequest } from "./paycheck-question-dialog";
import type { PayrollDeps } from "./payroll-deps";

/**
 * `tax_withholding`: "how much was taken out for taxes?" → the taxes of the last paycheck; "what if I
 * change my W-4 to married?" → the engine's preview on the last paycheck, nothing saved; "change my
 * W-4", and any other withholding question → the W-4 form (federal, and the state's allowances and
 * extra withholding), which previews the change and asks for the signature before anything is saved.
 */
export function createTaxWithholdingDialog(deps: {
  payroll: PayrollDeps;
  withholding: WithholdingDeps;
}): Dialog {
  return defineDialog({
    intent: "tax_withholding",
    async run(ctx) {
      if (ctx.actor.kind !== "employee")
        return {
          kind: "answer",
          replies: [
            {
              blocks: [
                {
                  kind: "text",
                  text: "Withholding questions are answered for employees about their own pay.",
                },
              ],
            },
          ],
        };
      if (/\bw-?2s?\b/i.test(ctx.text ?? "") && !/\bw-?4\b/i.test(ctx.text ?? ""))
        return {
          kind: "answer",
          replies: [
            {
              blocks: [
                {
                  kind: "text",
                  text: 'Your W-2 for a year is issued by your employer by January 31 of the next year. For a copy or a correction, ask your payroll contact, or say "talk to a person".',
                },
              ],
            },
          ],
        };
      const request = readPaycheckRequest(ctx.text ?? "");
      const answered =
        request.kind === "why_changed" || request.kind === "last_paycheck"
          ? undefined
          : await answerPaycheckRequest(deps, ctx, request);
      if (answered) return answered;
      return { kind: "answer", replies: [await showW4Form(deps.withholding, ctx.actor)] };
    },
  });
}
