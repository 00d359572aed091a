import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { asoProcess } from "../../support/cli-process";
import { createTestDatabase, type TestDatabase, testDatabaseUrl } from "../../support/database";

/** Starting the whole app (every module, the embedded database and its migrations) is slow on a busy CI box. */
const START_TIMEOUT_MS = 120_000;

describe("aso worker", () => {
  let dataDir: string | undefined;
  let db: TestDatabase | undefined;
  afterEach(async () => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await db?.cleanup();
    db = undefined;
  });

  /** On PostgreSQL the worker gets a migrated schema of its own, as a deployed worker would. */
  async function databaseEnv(): Promise<Record<string, string>> {
    const url = testDatabaseUrl();
    if (!url) return {};
    db = await createTestDatabase();
    const separator = url.includes("?") ? "&" : "?";
    return { DATABASE_URL: `${url}${separator}schema=${db.schema}` };
  }

  it("runs until SIGTERM, then stops cleanly with exit code 0", { timeout: START_TIMEOUT_MS }, async () => {
    dataDir = mkdtempSync(join(tmpdir(), "aso-worker-cmd-"));
    const child = spawn(...asoProcess("worker", "--shutdown-timeout", "5"), {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn", ...(await databaseEnv()) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    await new Promise<void>((resolve, reject) => {
      child.stderr.on("data", (chunk) => {
        stderr += String(chunk);
        if (stderr.includes("SIGTERM to stop")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`exited early (${code}): ${stderr}`)));
    }).catch((error: unknown) => {
      child.kill("SIGKILL");
      throw error;
    });
    const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
  });

  it("refuses an unknown job name with a usage error", { timeout: START_TIMEOUT_MS }, async () => {
    const child = spawn(...asoProcess("worker", "--only", "nope.nothing"), {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown job name\(s\): nope\.nothing/);
  });
});
