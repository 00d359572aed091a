import { type Dialog, defineDialog } from "../../conversation/dialog";
import type { PersonalDetailsRepository } from "../../db/personal-details-repository";
import { addressFormBlock } from "./address-form";
import { ADDRESS_COMMANDS } from "./change-address";

/**
 * `address_change`: "I moved", "update my mailing address" → the address form, prefilled with the
 * address on file. Its submit checks every field and shows what the move does to withholding; only
 * the confirm button that follows changes anything. A specialist changes an employee's address from
 * the employee's record, not from their own chat.
 */
export function createAddressChangeDialog(deps: { details: PersonalDetailsRepository }): Dialog {
  return defineDialog({
    intent: "address_change",
    async run(ctx) {
      if (ctx.actor.kind !== "employee")
        return {
          kind: "answer",
          replies: [{ blocks: [{ kind: "text", text: "Employees change their own home address here." }] }],
        };
      const onFile = await deps.details.onFile(ctx.actor.employeeId);
      const form = addressFormBlock(onFile?.homeAddress ?? null, {
        name: ADDRESS_COMMANDS.preview,
        args: {},
      });
      // Personal: the form carries the address on file, which goes to the person's own chat only.
      return {
        kind: "answer",
        replies: [
          {
            personal: true,
            blocks: [
              {
                kind: "text",
                text: "Enter your new home address. I'll show what it means for your tax withholding before anything changes. (If the move takes you out of your health plan's area, you may also change benefits: say *report a life event*.)",
              },
              form,
            ],
          },
        ],
      };
    },
  });
}
