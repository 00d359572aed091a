import type { Env } from "../../config/env";
import type { Dialog } from "../../conversation/dialog";
import type { Clock } from "../../core/clock";
import { loadKeyring } from "../../db/data-encryption-key";
import type { Database } from "../../db/database";
import type { Keyring } from "../../db/field-encryption";
import type { Notifier } from "../notifier";
import { depositCommandList } from "./commands";
import type { DepositChangeDeps } from "./deposit-change";
import { directDepositDialog } from "./direct-deposit-dialog";
import type { Mailer } from "./mailer";

/**
 * The direct-deposit part of the conversation, for the composition root. Only where bank numbers can
 * be encrypted (DATA_ENCRYPTION_KEY set, or the embedded mode with its key file): elsewhere it returns
 * nothing and `direct_deposit` keeps handing off to a person. The key is read on first use.
 */
export function createDirectDepositConversation(input: {
  env: Env;
  db: Database;
  clock: Clock;
  notifier: Notifier;
  mailer?: Mailer;
}): { dialogs: Dialog[]; commands: ReturnType<typeof depositCommandList> } {
  if (!input.env.DATA_ENCRYPTION_KEY && input.env.DATABASE_URL) return { dialogs: [], commands: [] };
  let keyring: Promise<Keyring> | undefined;
  const deps = async (): Promise<DepositChangeDeps> => {
    keyring ??= loadKeyring(input.env);
    return {
      db: input.db,
      keyring: await keyring,
      clock: input.clock,
      notifier: input.notifier,
      ...(input.mailer ? { mailer: input.mailer } : {}),
      holdBusinessDays: input.env.DEPOSIT_CHANGE_HOLD_BUSINESS_DAYS,
    };
  };
  return { dialogs: [directDepositDialog], commands: depositCommandList(deps) };
}
