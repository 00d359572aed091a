import { createRequire } from "node:module";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const config = require("../../../.dependency-cruiser.cjs");

async function violationsOf(paths: string[]): Promise<string[]> {
  const { output } = await cruise(paths, { ruleSet: config, ...config.options, validate: true });
  return (output as ICruiseResult).summary.violations.map((v) => v.rule.name);
}

describe("import rules", () => {
  it("fail on a cycle, even one closed only by type imports", async () => {
    expect(await violationsOf(["test/fixtures/import-cycle"])).toContain("no-circular");
  });
});
