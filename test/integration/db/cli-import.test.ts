import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_DIR } from "../../../src/app/census/load-demo";
import { main } from "../../../src/cli/main";
import { parseDatabaseUrl } from "../../../src/db/database";
import { testDatabaseUrl } from "../../support/database";

/** Runs `aso …` in this process against its own database; returns exit code and output. */
async function aso(argv: string[], env: Record<string, string | undefined>) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d) => {
    out += d;
  });
  stderr.on("data", (d) => {
    err += d;
  });
  const code = await main(argv, { stdout, stderr, stdin: new PassThrough(), env });
  return { code, stdout: out, stderr: err };
}

describe("aso import and aso staff add", () => {
  const dir = mkdtempSync(join(tmpdir(), "aso-cli-"));
  const url = testDatabaseUrl();
  const schema = `test_cli_${randomBytes(4).toString("hex")}`;
  const env: Record<string, string | undefined> = url
    ? {
        DATABASE_URL: `${parseDatabaseUrl(url).connectionString}${url.includes("?") ? "&" : "?"}schema=${schema}`,
      }
    : { DATABASE_URL: "", DATA_DIR: join(dir, "data") };
  const acme = join(DEMO_DIR, "acme-manufacturing.json");

  afterAll(async () => {
    if (url) {
      const client = new pg.Client({ connectionString: parseDatabaseUrl(url).connectionString });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("migrates the configured database", { timeout: 60_000 }, async () => {
    const result = await aso(["migrate"], env);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/applied \d+ migration\(s\)|already up to date/);
  });

  it("imports a valid census, exits 0 and prints the counts", { timeout: 60_000 }, async () => {
    const result = await aso(["import", acme], env);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("imported Acme Manufacturing (12-3456789)");
    expect(result.stdout).toMatch(/employees\s+created 18, updated 0, unchanged 0/);
  });

  it("reports everything unchanged when the same file is imported again", { timeout: 60_000 }, async () => {
    const result = await aso(["import", acme, "--json"], env);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    for (const kind of ["clients", "plans", "employees", "enrollments"]) {
      expect(summary[kind].created + summary[kind].updated).toBe(0);
    }
    expect(summary.employees.unchanged).toBe(18);
  });

  it("exits 1 with one line naming the path of an invalid EIN", async () => {
    const census = JSON.parse(readFileSync(acme, "utf8"));
    census.employer.ein = "12-34567";
    const file = join(dir, "bad-ein.json");
    writeFileSync(file, JSON.stringify(census));
    const result = await aso(["import", file], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`aso: ${file}: employer.ein: must be an EIN in the form NN-NNNNNNN\n`);
  });

  it("exits 1 naming the path of an unknown manager, and writes nothing", { timeout: 60_000 }, async () => {
    const census = JSON.parse(readFileSync(acme, "utf8"));
    census.employer.name = "Acme Renamed";
    census.employees[5].managerExternalId = "E404";
    const file = join(dir, "bad-manager.json");
    writeFileSync(file, JSON.stringify(census));
    const result = await aso(["import", file], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("employees[5].managerExternalId: E404");
    const again = await aso(["import", acme], env);
    expect(again.stdout).toMatch(/client\s+created 0, updated 0, unchanged 1/);
  });

  it("adds a staff member assigned to the imported client", { timeout: 60_000 }, async () => {
    const args = ["staff", "add", "--email", "kim@aso.test", "--name", "Kim Lee", "--slack-user", "U0KIM"];
    const result = await aso([...args, "--role", "senior_specialist", "--client", "12-3456789"], env);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      "staff created: Kim Lee <kim@aso.test> (senior_specialist, clients 12-3456789)\n",
    );
    const bad = await aso([...args, "--role", "boss"], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^aso: --role: /);
  });
});
