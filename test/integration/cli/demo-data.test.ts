import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_DIR } from "../../../src/app/census/load-demo";
import { openDatabase } from "../../../src/db/database";
import { aso } from "../../support/cli";

// The embedded default on a new machine, whatever services the test run has.
describe("the README's commands on a fresh embedded data directory", () => {
  const root = mkdtempSync(join(tmpdir(), "aso-demo-"));
  const envFor = (name: string) => ({
    ...(process.env as Record<string, string>),
    DATABASE_URL: "",
    REDIS_URL: "",
    DATA_DIR: join(root, name),
    LOG_LEVEL: "error",
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("loads the demo on first use, so the example pay period pays every Acme employee", {
    timeout: 120_000,
  }, async () => {
    const env = envFor("fresh");
    const run = await aso(
      env,
      "payroll",
      "run",
      "--client",
      "12-3456789",
      "--period-end",
      "2026-11-21",
      "--json",
    );
    expect(run.err).toContain("was a new data directory: loaded the demo clients");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ status: "calculated", calculated: 18, skipped: 0 });

    const ask = await aso(env, "ask", "--employee", "luis.ortega@acme.test", "what is my dental deductible?");
    expect(ask.code).toBe(0);
    expect(ask.err).toBe("");
    expect(JSON.parse(ask.out).citations.length).toBeGreaterThan(0);
  });

  it("leaves a fresh directory to the ASO's own clients when the first command is an import", {
    timeout: 120_000,
  }, async () => {
    const env = envFor("import-first");
    const imported = await aso(env, "import", join(DEMO_DIR, "sunrise-clinics.json"));
    expect(imported.code).toBe(0);
    expect((await aso(env, "tables", "list")).err).toBe("");
    const db = await openDatabase(env);
    try {
      expect((await db.prisma.clientEmployer.findMany()).map((c) => c.ein)).toEqual(["98-7654321"]);
      expect(await db.prisma.timesheet.count()).toBe(0);
    } finally {
      await db.close();
    }
  });
});
