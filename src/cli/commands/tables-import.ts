import { readFile } from "node:fs/promises";
import { importTaxTables } from "../../app/tables/import-tax-tables";
import { loadEnv } from "../../config/env";
import { openDatabase } from "../../db/database";
import { createTaxTableRepository } from "../../db/tax-table-repository";
import { DomainError } from "../../errors/domain-error";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";

const usage = "aso tables import FILE";

/**
 * `aso tables import FILE`: loads tax tables (e.g. a new year's) from a JSON file, validated and
 * audited, so an ASO can apply published figures without a release. Importing the same file again
 * changes nothing.
 */
export const tablesImportCommand: CliCommand = {
  summary: "load tax tables (a new year's figures) from a JSON file, validated and audited",
  usage,
  async run(io) {
    const { positionals } = parseCommandArgs(io.args, {}, usage, true);
    const file = positionals[0];
    if (!file || positionals.length > 1)
      throw new DomainError("cli.usage", `one FILE expected\nusage: ${usage}`);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new DomainError(
        "input.invalid",
        `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      );
    }
    const db = await openDatabase(loadEnv(io.env));
    try {
      const result = await importTaxTables(
        { taxTables: createTaxTableRepository(db.prisma) },
        { kind: "system", name: "cli" },
        text,
      );
      for (const key of result.imported) io.stdout.write(`imported ${key}\n`);
      for (const key of result.unchanged) io.stdout.write(`unchanged ${key}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
