import { defineConfig } from "vitest/config";

// `npm test` runs every test on the embedded default (PGlite + BullMQ's PostgreSQL backend), and —
// when DATABASE_URL / REDIS_URL are set, as CI sets them — the integration tests again on real
// PostgreSQL and Redis.
const withServices = Boolean(process.env.DATABASE_URL || process.env.REDIS_URL);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // The tests that start `aso` as a process run the CLI built once here, not bin/aso through tsx.
    globalSetup: ["test/support/build-cli.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "embedded",
          include: ["test/**/*.test.ts"],
          env: { DATABASE_URL: "", REDIS_URL: "" },
          typecheck: { enabled: true, include: ["test/types/**/*.test-d.ts"] },
        },
      },
      ...(withServices
        ? [{ extends: true as const, test: { name: "services", include: ["test/integration/**/*.test.ts"] } }]
        : []),
    ],
  },
});
