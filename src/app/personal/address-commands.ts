import { z } from "zod";
import { type CommandContext, defineCommand } from "../../conversation/commands";
import type { Actor } from "../../core/policy/actor";
import { DomainError } from "../../errors/domain-error";
import { AddressFormArgsSchema } from "./address-form";
import {
  ADDRESS_COMMANDS,
  type AddressChangeDeps,
  confirmAddressChange,
  prepareAddressChange,
} from "./change-address";

/** Whose address a command changes: the employee's own, unless a specialist names the employee. */
function subjectOf(actor: Actor, employeeId: string | undefined): string {
  if (employeeId) return employeeId;
  if (actor.kind === "employee") return actor.employeeId;
  throw new DomainError("input.invalid", "address change: no employee named", {
    userMessage: "Open the address form from the employee's record to change their address.",
  });
}

/**
 * The address commands the form and its confirm button run; each use case re-checks who may change
 * the address (`canChangePersonalDetails`).
 * - `personal.preview_address` (form): checks the values, shows what a move does to withholding and
 *   the confirm step.
 * - `personal.confirm_address`: stores the change once per confirm key.
 */
export function createAddressCommands(
  deps: Omit<AddressChangeDeps, "openAsoCase"> & {
    openAsoCase?: (
      ctx: CommandContext,
      request: { key: string; summary: string },
    ) => Promise<{ reference: string }>;
  },
) {
  const withClock = (ctx: CommandContext): AddressChangeDeps => {
    const { openAsoCase, ...rest } = deps;
    return {
      ...rest,
      payroll: { ...deps.payroll, clock: ctx.clock },
      ...(openAsoCase ? { openAsoCase: (request) => openAsoCase(ctx, request) } : {}),
    };
  };
  const args = AddressFormArgsSchema.extend({ employeeId: z.string().min(1).max(64).optional() });
  const preview = defineCommand({
    name: ADDRESS_COMMANDS.preview,
    summary: "Check an address form and show what a move does to withholding",
    args,
    handle: (ctx, { employeeId, ...form }) =>
      prepareAddressChange(withClock(ctx), ctx.actor, subjectOf(ctx.actor, employeeId), form),
  });
  const confirm = defineCommand({
    name: ADDRESS_COMMANDS.confirm,
    summary: "Change the home address on file (from the next pay run not started)",
    args: args.extend({ confirmKey: z.uuid() }),
    async handle(ctx, { employeeId, ...form }) {
      const done = await confirmAddressChange(
        withClock(ctx),
        ctx.actor,
        subjectOf(ctx.actor, employeeId),
        form,
        `chat:${ctx.conversationKey}`,
      );
      return [done.reply];
    },
  });
  return [preview, confirm];
}
