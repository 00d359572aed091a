import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The CLI built by scripts/build.mjs for this test run: `node <builtCli> …` runs `aso …`. */
    builtCli: string;
  }
}

// Under the repository, so the built code resolves the same node_modules as production.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Vitest global setup: builds the CLI once per run for the tests that run `aso` as a process.
 * Each `bin/aso` start compiles the sources through tsx again; the build starts in a fraction of that.
 */
export default function setup(project: TestProject) {
  const out = join(ROOT, ".vitest-data", `cli-${randomBytes(4).toString("hex")}`);
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (build.status !== 0 || build.stderr) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`building the CLI for the tests failed (${build.status}):\n${build.stderr}`);
  }
  project.provide("builtCli", join(out, "aso.js"));
  return () => rmSync(out, { recursive: true, force: true });
}
