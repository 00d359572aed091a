import { z } from "zod";
import { defineCommand } from "../../conversation/commands";
import type { Reply } from "../../conversation/reply";
import {
  confirmDepositChange,
  type DepositChangeDeps,
  requestDepositChange,
  verifyDepositChange,
} from "./deposit-change";

export const DEPOSIT_COMMANDS = {
  requestChange: "deposit.request_change",
  verifyCode: "deposit.verify_code",
  confirmChange: "deposit.confirm_change",
} as const;

const status = (text: string, tone: "success" | "info" | "warning"): Reply => ({
  blocks: [{ kind: "status", text, tone }],
  personal: true,
});

/** The form that asks for the new account; its submit runs `deposit.request_change`. */
export function depositChangeForm(): Reply {
  return {
    personal: true,
    blocks: [
      {
        kind: "form",
        id: "deposit-change",
        title: "Change direct deposit",
        submitLabel: "Continue",
        fields: [
          { name: "routingNumber", label: "Routing number (9 digits)", type: "text", required: true },
          { name: "accountNumber", label: "Account number", type: "text", required: true },
          {
            name: "accountType",
            label: "Account type",
            type: "select",
            required: true,
            options: [
              { value: "checking", label: "Checking" },
              { value: "savings", label: "Savings" },
            ],
          },
        ],
        command: { name: DEPOSIT_COMMANDS.requestChange, args: {} },
      },
    ],
  };
}

/** The form for the emailed code, bound to one change: a later change gets its own card. */
function codeForm(changeId: string, account: string): Reply {
  return {
    personal: true,
    blocks: [
      {
        kind: "text",
        text: `We emailed a 6-digit code to the address on file. Enter it to change your deposit to ${account}.`,
      },
      {
        kind: "form",
        id: `deposit-code-${changeId}`,
        title: "Verify the change",
        submitLabel: "Verify",
        fields: [{ name: "code", label: "6-digit code", type: "text", required: true }],
        command: { name: DEPOSIT_COMMANDS.verifyCode, args: { changeId } },
      },
    ],
  };
}

/**
 * The chat side of a direct-deposit change. Every handler takes the employee from `ctx.actor`,
 * never from the payload; the use cases re-check policy, the code and the change's state, so a forged
 * or replayed payload, or a click on an old card, changes nothing.
 */
export function createDepositCommands(source: DepositChangeDeps | (() => Promise<DepositChangeDeps>)) {
  // The keyring may be loaded on first use (the composition root starts without reading it).
  const depsOf = async () => (typeof source === "function" ? source() : source);
  const requestChange = defineCommand({
    name: DEPOSIT_COMMANDS.requestChange,
    summary: "Ask to send pay to a new account (verified, then held)",
    args: z.strictObject({
      routingNumber: z.string().max(40),
      accountNumber: z.string().max(40),
      accountType: z.string().max(20),
    }),
    async handle(ctx, args) {
      const requested = await requestDepositChange(await depsOf(), ctx.actor, args);
      if (requested.verification === "code") return [codeForm(requested.changeId, requested.account)];
      return [
        status(
          `An HR specialist will call you on the number on file to confirm the change to ${requested.account}. Nothing changes until then.`,
          "info",
        ),
      ];
    },
  });

  const verifyCode = defineCommand({
    name: DEPOSIT_COMMANDS.verifyCode,
    summary: "Verify a direct-deposit change with the emailed code",
    args: z.strictObject({
      changeId: z.uuid(),
      code: z
        .string()
        .trim()
        .regex(/^\d{6}$/),
    }),
    async handle(ctx, args) {
      const scheduled = await verifyDepositChange(await depsOf(), ctx.actor, args);
      return [
        status(
          `Verified. Your pay goes to ${scheduled.account} from ${scheduled.effectiveOn}; until then it goes to your current account.`,
          "success",
        ),
      ];
    },
  });

  const confirmChange = defineCommand({
    name: DEPOSIT_COMMANDS.confirmChange,
    summary: "Confirm an employee's direct-deposit change (ASO specialist, after calling them back)",
    args: z.strictObject({ changeId: z.uuid() }),
    async handle(ctx, args) {
      const scheduled = await confirmDepositChange(await depsOf(), ctx.actor, args);
      return [status(`Confirmed: ${scheduled.account} from ${scheduled.effectiveOn}.`, "success")];
    },
  });

  return { requestChange, verifyCode, confirmChange };
}

/** The commands as a list, for a `CommandRegistry`. */
export function depositCommandList(source: DepositChangeDeps | (() => Promise<DepositChangeDeps>)) {
  return Object.values(createDepositCommands(source));
}
