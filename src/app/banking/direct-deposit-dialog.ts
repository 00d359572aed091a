import { defineDialog } from "../../conversation/dialog";
import { depositChangeForm } from "./commands";

/**
 * "I want to change my direct deposit": a form for the new account (its submit is the command that
 * starts verification). Staff and system actors are told to use the desk; the command refuses them too.
 */
export const directDepositDialog = defineDialog({
  intent: "direct_deposit",
  async run(ctx) {
    if (ctx.actor.kind !== "employee") {
      return {
        kind: "answer",
        replies: [
          {
            blocks: [{ kind: "text", text: "Only employees can change their own direct deposit here." }],
          },
        ],
      };
    }
    const form = depositChangeForm().blocks.find((b) => b.kind === "form");
    if (form?.kind !== "form") throw new Error("the deposit change form has no form block");
    return {
      kind: "form",
      text: "For your safety, a change is verified with a code sent to the email on file and takes effect after a short hold; your current account keeps being paid until then.",
      form,
    };
  },
});
