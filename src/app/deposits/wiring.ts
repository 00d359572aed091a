import { createDepositCommands } from "./commands";
import type { DepositDeps } from "./deposit-deps";

/** The deposit calendar's part of the conversation, for the composition root: its commands. */
export function createDepositConversation(deps: DepositDeps) {
  return { commands: createDepositCommands(deps).list };
}
