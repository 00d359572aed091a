import { availableParallelism } from "node:os";
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
    // Two workers even on two cores: integration files spend most of their time waiting on
    // PostgreSQL, Redis, PGlite's files or a spawned `aso`, so a second file fills those waits
    // (the default, one worker per core but one, runs a 2-core machine's suite one file at a time).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Files share a worker's module cache instead of importing everything again: importing was a
    // fifth of the suite's time. Every file builds its own databases, queues and servers, and none
    // mocks modules, so nothing a file changes reaches the next one through a module.
    isolate: false,
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
