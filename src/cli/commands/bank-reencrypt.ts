import { loadEnv } from "../../config/env";
import { reencryptBankNumbers } from "../../db/bank-account-repository";
import { loadKeyring } from "../../db/data-encryption-key";
import { openDatabase } from "../../db/database";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";

const usage = "aso bank reencrypt";

/**
 * `aso bank reencrypt`: after a key rotation (the new key in DATA_ENCRYPTION_KEY, the old one in
 * DATA_ENCRYPTION_PREVIOUS_KEYS), moves every stored bank number to the new key. Safe to run again;
 * once it reports 0 rows, the old key can be removed.
 */
export const bankReencryptCommand: CliCommand = {
  summary: "move every stored bank number to the current encryption key",
  usage,
  async run(io) {
    parseCommandArgs(io.args, {}, usage);
    const env = loadEnv(io.env);
    const keyring = await loadKeyring(env);
    const db = await openDatabase(env);
    try {
      const moved = await reencryptBankNumbers(db, keyring);
      io.stdout.write(`re-encrypted ${moved} bank numbers under key ${keyring.currentId}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
