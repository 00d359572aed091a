#!/usr/bin/env node
// Runs `prisma generate` fully offline (npm postinstall and `npm run generate`).
//
// Prisma 7's CLI tries to download its native schema engine before any command unless
// PRISMA_SCHEMA_ENGINE_BINARY points at an existing file. `generate` never executes that binary
// (the schema is parsed by the WASM module bundled in the CLI), so any existing file will do: we
// point it at this script. The native engines can never be downloaded here and are never needed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));

let cli;
try {
  cli = join(dirname(require.resolve("prisma/package.json")), "build", "index.js");
} catch {
  // `npm ci --omit=dev`: the prisma CLI is a dev dependency; the client must then be generated elsewhere.
  console.warn("prisma-generate: the prisma CLI is not installed; skipping generate");
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error(`prisma-generate: ${cli} not found`);
  process.exit(1);
}

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || fileURLToPath(import.meta.url),
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY || fileURLToPath(import.meta.url),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_DISABLE_WARNINGS: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
};

const started = performance.now();
const result = spawnSync(process.execPath, [cli, "generate", "--no-hints"], {
  cwd: root,
  env,
  stdio: ["ignore", "pipe", "pipe"],
  encoding: "utf8",
});
if (result.status !== 0) {
  process.stderr.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  console.error(`prisma-generate: prisma generate failed (exit ${result.status ?? result.signal})`);
  process.exit(result.status ?? 1);
}
const ms = Math.round(performance.now() - started);
console.log(`prisma-generate: client generated in src/db/generated/prisma (${ms} ms)`);
