import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asoProcess } from "../../support/cli-process";
import { testDatabaseUrl } from "../../support/database";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "aso-kb-cli-"));
const url = testDatabaseUrl();
const schema = `test_cli_${randomBytes(4).toString("hex")}`;
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  LLM_PROVIDER: "none",
  LOG_LEVEL: "silent",
  DATABASE_URL: url ? `${url}${url.includes("?") ? "&" : "?"}schema=${schema}` : "",
};

function aso(...args: string[]) {
  return spawnSync(...asoProcess(...args), { env, encoding: "utf8", cwd: ROOT, timeout: 120_000 });
}

beforeAll(() => {
  if (url) expect(aso("migrate").status).toBe(0);
  const imported = aso("import", "prisma/demo/acme-manufacturing.json");
  expect(imported.stderr).toBe("");
}, 240_000);

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
});

describe("aso kb ingest and aso ask", () => {
  it("ingests a client's documents, then answers with citations as JSON", () => {
    const ingest = aso("kb", "ingest", "--client", "12-3456789", "prisma/demo/documents/12-3456789");
    expect(ingest.status).toBe(0);
    expect(ingest.stdout).toContain("created   sbc-ppo-gold.md");
    expect(
      aso("kb", "ingest", "--client", "12-3456789", "prisma/demo/documents/12-3456789").stdout,
    ).toContain("6 documents, 0 ingested");

    const ask = aso("ask", "--employee", "kevin.obrien@acme.test", "How much is a specialist visit?");
    expect(ask.status).toBe(0);
    const out = JSON.parse(ask.stdout);
    expect(Object.keys(out)).toEqual(["answer", "citations", "intent"]);
    expect(out.answer).toContain("$50 copay");
    expect(out.citations[0]).toMatchObject({
      document: "sbc-ppo-gold.md",
      section: "Common Medical Events > Office visits > Specialist visit",
    });
    expect(out.intent).toBe("benefits_question");
  }, 240_000);

  it("shows what was extracted from a plan's documents, with where each fact was read", () => {
    const show = aso("kb", "show", "--client", "12-3456789", "--plan", "PPO-GOLD");
    expect(show.status).toBe(0);
    expect(show.stdout).toContain("Keystone Health PPO Gold (PPO-GOLD, medical, 2026)");
    expect(show.stdout).toMatch(
      /Deductible: +in network \$1,000 individual \/ \$2,000 family; out of network \$2,000 individual \/ \$4,000 family/,
    );
    expect(show.stdout).toContain("- specialist: Specialist visit");
    expect(show.stdout).toContain("$50 copay per visit | 40% coinsurance after deductible");
    const json = JSON.parse(
      aso("kb", "show", "--client", "12-3456789", "--plan", "PPO-GOLD", "--json").stdout,
    );
    expect(json.documents.map((d: { document: string }) => d.document)).toEqual([
      "sbc-ppo-gold.md",
      "benefits-handbook.md",
    ]);
    const unknownPlan = aso("kb", "show", "--client", "12-3456789", "--plan", "NOPE");
    expect(unknownPlan.status).toBe(1);
    expect(unknownPlan.stderr).toContain(
      "has no plan NOPE (plans: 401K, DENTAL-PLUS, HDHP-HSA, PPO-GOLD, VISION-BASIC)",
    );
  }, 240_000);

  it("refuses an unreadable PDF with its reason, ingests the rest and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "aso-kb-bad-"));
    writeFileSync(join(dir, "scan.pdf"), "%PDF-1.4\nnot a real document");
    writeFileSync(join(dir, "notes.md"), "# Notes\n\nOpen enrollment runs in November.\n");
    const ingest = aso("kb", "ingest", "--client", "12-3456789", dir);
    expect(ingest.status).toBe(1);
    expect(ingest.stderr).toContain(
      "refused   scan.pdf: the file is not a readable PDF (corrupt or truncated)",
    );
    expect(ingest.stdout).toContain("created   notes.md");
    rmSync(dir, { recursive: true, force: true });
  }, 240_000);

  it("exits 1 naming the field for an unknown employee or client, 2 for usage", () => {
    const unknown = aso("ask", "--employee", "nobody@acme.test", "hi");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("--employee");
    expect(aso("kb", "ingest", "--client", "99-0000000", "prisma/demo/documents/12-3456789").status).toBe(1);
    expect(aso("ask", "hello").status).toBe(2);
  }, 240_000);
});
