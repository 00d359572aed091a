import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { systemClock } from "../../../src/app/clock";
import { openPayrollSession, type PayrollSession } from "../../../src/app/payroll/payroll-session";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { loadEnv } from "../../../src/config/env";
import { openDatabase } from "../../../src/db/database";
import { createTestDatabase, type TestDatabase, testDatabaseUrl } from "../../support/database";

const fixture = join(import.meta.dirname, "fixtures", "payroll-run-worker.ts");
const EIN = "98-7654321";
const EMPLOYEES = 60;

function startChild(
  env: NodeJS.ProcessEnv,
  prefix: string,
): { child: ChildProcess; progressed: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", fixture, EIN, "2026-01-17", prefix], {
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const progressed = new Promise<string>((resolve, reject) => {
    let out = "";
    let runId: string | undefined;
    let startedAt: number | undefined;
    child.stdout?.on("data", (chunk) => {
      out += String(chunk);
      runId ??= /run (\S+)\n/.exec(out)?.[1];
      if (runId && startedAt === undefined) startedAt = Date.now();
      const counts = [...out.matchAll(/progress (\d+)\n/g)].map((m) => Number(m[1]));
      // Kill once some paychecks are stored, or after 3 s of a run the slowed engine needs 12 s for
      // (paychecks are written in batches, so the stored count may jump straight to the end).
      const midRun =
        counts.some((n) => n >= 5) || (startedAt !== undefined && Date.now() - startedAt > 3_000);
      if (runId && midRun) resolve(runId);
    });
    child.on("exit", (code) => reject(new Error(`child exited (${code}) before progressing: ${stderr}`)));
  });
  return { child, progressed };
}

describe("a worker SIGKILLed in the middle of a pay run", () => {
  let dataDir: string | undefined;
  let testDb: TestDatabase | undefined;
  let session: PayrollSession | undefined;
  afterAll(async () => {
    await session?.close();
    await testDb?.cleanup();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("loses nothing, duplicates nothing, and the run completes when a worker comes back", async () => {
    const prefix = `t${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    const url = testDatabaseUrl();
    let childEnv: NodeJS.ProcessEnv;
    let env: ReturnType<typeof loadEnv>;
    if (url) {
      testDb = await createTestDatabase();
      await seedPayrollClient(testDb, { ein: EIN, employees: EMPLOYEES, periodEnd: "2026-01-17" });
      const withSchema = new URL(url);
      withSchema.searchParams.set("schema", testDb.schema!);
      childEnv = { ...process.env, DATABASE_URL: withSchema.toString() };
      env = loadEnv(childEnv);
    } else {
      dataDir = mkdtempSync(join(tmpdir(), "aso-payroll-kill-"));
      childEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", REDIS_URL: "" };
      env = loadEnv(childEnv);
      const seedDb = await openDatabase(env);
      await seedPayrollClient(seedDb, { ein: EIN, employees: EMPLOYEES, periodEnd: "2026-01-17" });
      await seedDb.close();
    }

    const { child, progressed } = startChild(childEnv, prefix);
    const runId = await progressed;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;

    session = await openPayrollSession(env, {
      clock: systemClock,
      queue: true,
      prefix,
      lockDuration: 1_000,
      stalledInterval: 300,
      ...(testDb ? { db: testDb } : {}),
    });
    const before = await session.deps.runs.progress(runId);
    expect(before.calculated).toBeLessThan(EMPLOYEES);

    const run = await Promise.race([
      watchPayRun(session.deps, runId, () => undefined, { pollMs: 100 }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("run did not complete")), 60_000)),
    ]);
    expect(run.status).toBe("calculated");
    const paychecks = await session.db.prisma.paycheck.findMany({
      where: { runId },
      select: { employeeId: true, status: true },
    });
    expect(paychecks).toHaveLength(EMPLOYEES);
    expect(new Set(paychecks.map((p) => p.employeeId)).size).toBe(EMPLOYEES);
    expect(paychecks.every((p) => p.status === "calculated")).toBe(true);
  }, 120_000);
});
