import { z } from "zod";
import { defineCommand } from "../../conversation/commands";
import { prepareW4Change, signW4Change, W4_COMMANDS, type WithholdingDeps } from "./change-withholding";
import { W4FormArgsSchema } from "./w4-form";

/**
 * The W-4 commands the form and its buttons run; each use case re-checks that the actor is the
 * employee changing their own certificate.
 * - `payroll.preview_w4` (form): checks the values and shows the preview and the signature step.
 * - `payroll.sign_w4`: signs and stores the certificate once per signature key.
 */
export function createWithholdingCommands(deps: WithholdingDeps) {
  const preview = defineCommand({
    name: W4_COMMANDS.preview,
    summary: "Check a W-4 form and preview its effect on take-home pay",
    args: W4FormArgsSchema,
    handle: (ctx, args) =>
      prepareW4Change({ ...deps, payroll: { ...deps.payroll, clock: ctx.clock } }, ctx.actor, args),
  });
  const sign = defineCommand({
    name: W4_COMMANDS.sign,
    summary: "Sign a W-4 under penalties of perjury (applies from the next pay run not started)",
    args: W4FormArgsSchema.extend({ signatureKey: z.uuid() }),
    async handle(ctx, args) {
      const signed = await signW4Change(
        { ...deps, payroll: { ...deps.payroll, clock: ctx.clock } },
        ctx.actor,
        args,
        `chat:${ctx.conversationKey}`,
      );
      return [signed.reply];
    },
  });
  return [preview, sign];
}
