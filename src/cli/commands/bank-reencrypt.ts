import { loadEnv } from "../../config/env";
import { reencryptBankNumbers } from "../../db/bank-account-repository";
import { loadKeyring } from "../../db/data-encryption-key";
import { openDatabase } from "../../db/database";
import { reencryptSlackInstallations } from "../../db/slack-installation-repository";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";

const usage = "aso bank reencrypt";

/**
 * `aso bank reencrypt`: after a key rotation (the new key in DATA_ENCRYPTION_KEY, the old one in
 * DATA_ENCRYPTION_PREVIOUS_KEYS), moves every stored bank number and Slack installation (bot token)
 * to the new key; Slack installations stored in clear before tokens were encrypted are encrypted.
 * Safe to run again; once it reports 0 rows of each, the old key can be removed.
 */
export const bankReencryptCommand: CliCommand = {
  summary: "move every stored bank number and Slack bot token to the current encryption key",
  usage,
  async run(io) {
    parseCommandArgs(io.args, {}, usage);
    const env = loadEnv(io.env);
    const keyring = await loadKeyring(env);
    const db = await openDatabase(env);
    try {
      const moved = await reencryptBankNumbers(db, keyring);
      io.stdout.write(`re-encrypted ${moved} bank numbers under key ${keyring.currentId}\n`);
      const slack = await reencryptSlackInstallations(db.prisma, keyring);
      io.stdout.write(`re-encrypted ${slack} slack installations under key ${keyring.currentId}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
