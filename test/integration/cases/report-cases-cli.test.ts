import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { claimCase } from "../../../src/app/cases/claim-case";
import { openCase } from "../../../src/app/cases/open-case";
import { sendSpecialistMessage } from "../../../src/app/cases/send-specialist-message";
import { DEMO_DIR } from "../../../src/app/census/load-demo";
import { main } from "../../../src/cli/main";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import { createCaseRepository } from "../../../src/db/case-repository";
import { openDatabase, parseDatabaseUrl } from "../../../src/db/database";
import { testDatabaseUrl } from "../../support/database";
import { CollectingJobs } from "./case-fixtures";

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

describe("aso report cases", () => {
  const dir = mkdtempSync(join(tmpdir(), "aso-cases-cli-"));
  const url = testDatabaseUrl();
  const schema = `test_cases_${randomBytes(4).toString("hex")}`;
  const env: Record<string, string | undefined> = url
    ? {
        DATABASE_URL: `${parseDatabaseUrl(url).connectionString}${url.includes("?") ? "&" : "?"}schema=${schema}`,
      }
    : { DATABASE_URL: "", DATA_DIR: join(dir, "data") };

  afterAll(async () => {
    if (url) {
      const client = new pg.Client({ connectionString: parseDatabaseUrl(url).connectionString });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints the client's case counts, median first response and breaches as JSON", {
    timeout: 120_000,
  }, async () => {
    expect((await aso(["migrate"], env)).code).toBe(0);
    expect((await aso(["import", join(DEMO_DIR, "acme-manufacturing.json")], env)).code).toBe(0);
    expect(
      (
        await aso(
          ["staff", "add", "--email", "dana@aso.test", "--name", "Dana Lee", "--slack-user", "UDANA"],
          env,
        )
      ).code,
    ).toBe(0);

    const db = await openDatabase(loadEnv(env));
    try {
      const employee = await db.prisma.employee.findFirstOrThrow({
        where: { client: { ein: "12-3456789" } },
      });
      const staff = await db.prisma.staff.findUniqueOrThrow({ where: { email: "dana@aso.test" } });
      const clock = fixedClock("2026-03-03T15:00:00Z");
      const deps = { cases: createCaseRepository(db.prisma), jobs: new CollectingJobs(), clock };
      const actor = {
        kind: "employee" as const,
        employeeId: employee.id,
        clientId: employee.clientId,
        roles: ["employee" as const],
        name: employee.name,
        timezone: "America/New_York",
      };
      const dana = {
        kind: "staff" as const,
        staffId: staff.id,
        roles: staff.roles as "specialist"[],
        name: staff.name,
        timezone: "America/New_York",
      };
      const a = await openCase(deps, {
        actor,
        origin: "talk_to_human",
        category: "benefits",
        transcript: [{ role: "employee", text: "dental?" }],
      });
      await openCase(deps, {
        actor,
        origin: "sensitive_report",
        transcript: [{ role: "employee", text: "I'm being harassed" }],
      });
      await claimCase(deps, { actor: dana, caseId: a.caseId });
      clock.set("2026-03-03T15:45:00Z");
      await sendSpecialistMessage(deps, { actor: dana, caseId: a.caseId, text: "Hi! Looking into it." });
    } finally {
      await db.close();
    }

    const result = await aso(
      ["report", "cases", "--client", "12-3456789", "--from", "2026-03-01", "--to", "2026-03-31"],
      env,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      client: "12-3456789",
      from: "2026-03-01",
      to: "2026-03-31",
      total: 2,
      byCategory: { benefits: 1, harassment: 1 },
      byPriority: { normal: 1, urgent: 1 },
      medianFirstResponseBusinessMinutes: 45,
      responded: 1,
    });
    // The unanswered urgent harassment report breached its 1-hour first response long ago (run "now").
    expect(report.slaBreaches.first_response).toBeGreaterThanOrEqual(1);
    expect(result.stdout).not.toContain("harassed");

    const bad = await aso(
      ["report", "cases", "--client", "12-3456789", "--from", "2026-13-01", "--to", "2026-03-31"],
      env,
    );
    expect(bad).toMatchObject({ code: 1, stderr: "aso: --from: expected YYYY-MM-DD, got 2026-13-01\n" });
    const unknown = await aso(
      ["report", "cases", "--client", "99-9999999", "--from", "2026-03-01", "--to", "2026-03-31"],
      env,
    );
    expect(unknown).toMatchObject({
      code: 1,
      stderr: "aso: --client: no client employer with EIN 99-9999999\n",
    });
    expect((await aso(["report", "cases", "--client", "12-3456789"], env)).code).toBe(2);
  });
});
