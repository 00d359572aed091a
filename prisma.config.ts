import { defineConfig } from "prisma/config";

/**
 * Prisma CLI configuration. Only `prisma generate` is ever run (through scripts/prisma-generate.mjs):
 * migrations are created by scripts/migration.ts with the WASM schema engine and applied by
 * src/db/migrate.ts, because the native engines cannot be downloaded here.
 * No datasource URL: the generated client always gets a driver adapter at runtime (src/db/database.ts).
 */
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
});
