import { readFile } from "node:fs/promises";
import {
  censusHasBankNumbers,
  formatImportSummary,
  importCensus,
  parseCensus,
} from "../../app/census/import-census";
import { systemClock } from "../../app/clock";
import { loadEnv } from "../../config/env";
import { loadKeyring } from "../../db/data-encryption-key";
import { openDatabase } from "../../db/database";
import { DomainError, isDomainError } from "../../errors/domain-error";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";

const usage = "aso import FILE [--json]";

/**
 * `aso import FILE`: onboards or updates a client employer from a census JSON file
 * (docs/contracts.md §4). The file is validated before the database is opened; an invalid file or an
 * unresolved reference exits 1 with one line naming the JSON path, and writes nothing.
 */
export const importCommand: CliCommand = {
  summary: "onboard or update a client employer from a census JSON file",
  usage,
  async run(io) {
    const { values, positionals } = parseCommandArgs(io.args, { json: { type: "boolean" } }, usage, true);
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new DomainError("cli.usage", `expected one FILE\nusage: ${usage}`);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new DomainError("input.invalid", `${file}: cannot read: ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new DomainError("input.invalid", `${file}: invalid JSON: ${(error as Error).message}`);
    }
    let census: ReturnType<typeof parseCensus>;
    try {
      census = parseCensus(json);
    } catch (error) {
      if (isDomainError(error)) throw new DomainError(error.code, `${file}: ${error.message}`);
      throw error;
    }
    const env = loadEnv(io.env);
    // The key is needed only for bank numbers: a census without them imports without a key.
    const keyring = censusHasBankNumbers(census) ? await loadKeyring(env) : undefined;
    const db = await openDatabase(env);
    try {
      const summary = await importCensus(db, census, {
        clock: systemClock,
        ...(keyring ? { keyring } : {}),
      }).catch((error: unknown) => {
        if (isDomainError(error, "census.invalid_reference")) {
          throw new DomainError(error.code, `${file}: ${error.message}`);
        }
        throw error;
      });
      io.stdout.write(values.json ? `${JSON.stringify(summary)}\n` : `${formatImportSummary(summary)}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
