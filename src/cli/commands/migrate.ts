import { loadEnv } from "../../config/env";
import { openDatabase } from "../../db/database";
import { markMigrationRolledBack, runMigrations } from "../../db/migrate";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";

const usage = "aso migrate [--rolled-back MIGRATION_NAME]";

/**
 * `aso migrate`: applies the committed migrations (prisma/migrations) to the configured database,
 * recording them in `_prisma_migrations` as `prisma migrate deploy` does. `--rolled-back NAME`
 * marks a failed migration as rolled back (like `prisma migrate resolve --rolled-back`), after the
 * database has been repaired by hand, so the next run applies it again.
 */
export const migrateCommand: CliCommand = {
  summary: "apply committed migrations to the configured database",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(io.args, { "rolled-back": { type: "string" } }, usage);
    const env = loadEnv(io.env);
    // Open without migrating: this command does it itself and reports what it did.
    const db = await openDatabase(env, { migrate: false });
    try {
      const target =
        db.kind === "embedded" && db.pglite
          ? ({ kind: "embedded", pglite: db.pglite, ...(db.schema ? { schema: db.schema } : {}) } as const)
          : ({
              kind: "postgres",
              pgPool: db.pgPool as NonNullable<typeof db.pgPool>,
              ...(db.schema ? { schema: db.schema } : {}),
            } as const);
      const rolledBack = values["rolled-back"];
      if (rolledBack) {
        await markMigrationRolledBack(target, rolledBack);
        io.stdout.write(`marked ${rolledBack} as rolled back; run aso migrate to apply it again\n`);
        return 0;
      }
      const result = await runMigrations(target, { log: (line) => io.stdout.write(`${line}\n`) });
      for (const name of result.modified) {
        io.stderr.write(`warning: migration ${name} was modified after it was applied\n`);
      }
      for (const name of result.missing) {
        io.stderr.write(`warning: migration ${name} is applied but missing from prisma/migrations\n`);
      }
      const where = db.kind === "embedded" ? `embedded database in ${env.DATA_DIR}` : "PostgreSQL";
      io.stdout.write(
        result.applied.length === 0
          ? `${where}: already up to date (${result.durationMs} ms)\n`
          : `${where}: applied ${result.applied.length} migration(s) (${result.durationMs} ms)\n`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
