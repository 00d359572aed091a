import { loadEnv } from "../../config/env";
import { LOCAL_TABLES } from "../../core/tables/locals/local-tables";
import { STATE_TABLES } from "../../core/tables/states/state-tables";
import { mergeTables } from "../../core/tables/table-lookup";
import { FEDERAL_TABLES } from "../../core/tables/us/federal-tables";
import { openDatabase } from "../../db/database";
import { createTaxTableRepository } from "../../db/tax-table-repository";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";

const usage = "aso tables list";

/**
 * `aso tables list`: every federal table entry in force (built-in and loaded), then the built-in state
 * tables, each with its dates, source and whether its figures are unverified.
 */
export const tablesListCommand: CliCommand = {
  summary:
    "list the tax tables in force (federal built-in and loaded, state built-in), with dates and sources",
  usage,
  async run(io) {
    parseCommandArgs(io.args, {}, usage);
    const db = await openDatabase(loadEnv(io.env));
    try {
      const loaded = await createTaxTableRepository(db.prisma).byTable();
      for (const [name, builtIn] of Object.entries(FEDERAL_TABLES)) {
        const imported = new Set((loaded.get(name) ?? []).map((e) => e.effective));
        const entries = [...mergeTables(builtIn, loaded.get(name))].sort((a, b) =>
          a.effective.localeCompare(b.effective),
        );
        for (const e of entries)
          io.stdout.write(
            `${name}\t${e.effective}..${e.through ?? ""}\t${imported.has(e.effective) ? "loaded" : "built-in"}${e.unverified ? " unverified" : ""}\t${e.source}\n`,
          );
      }
      for (const [name, entries] of [...Object.entries(STATE_TABLES), ...Object.entries(LOCAL_TABLES)])
        for (const e of entries)
          io.stdout.write(
            `${name}\t${e.effective}..${e.through ?? ""}\tbuilt-in${e.unverified ? " unverified" : ""}\t${e.source}\n`,
          );
      return 0;
    } finally {
      await db.close();
    }
  },
};
