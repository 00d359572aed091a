import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The production entry (`npm run build`, then `node dist/aso.js`): built once for this file, into a
// directory under the repository so the built code resolves the same node_modules as production.
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const OUT = join(ROOT, ".vitest-data", `build-${randomBytes(4).toString("hex")}`);
const FORBID = fileURLToPath(new URL("../../support/forbid-dev-tools.mjs", import.meta.url));
const dataDirs: string[] = [];

/** A clean environment: no NODE_OPTIONS (so no tsx loader), and any tsx/esbuild/vite import fails. */
function builtEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_OPTIONS: "", LOG_LEVEL: "warn", ...extra };
}
const nodeArgs = (args: string[]) => ["--import", FORBID, join(OUT, "aso.js"), ...args];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "aso-built-"));
  dataDirs.push(dir);
  return dir;
};

function run(args: string[], env: Record<string, string>, input?: string) {
  return spawnSync(process.execPath, nodeArgs(args), {
    env: builtEnv(env),
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--out", OUT], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(build.stderr).toBe("");
  expect(build.status).toBe(0);
}, 120_000);

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

const request = (id: string) =>
  JSON.stringify({
    id,
    payDate: "2026-01-15",
    payFrequency: "weekly",
    earnings: [{ code: "salary", amount: "1323.00" }],
    federalW4: { version: 2020, filingStatus: "single" },
    workState: "TX",
  });

describe("the built CLI (node dist/aso.js)", () => {
  it("prints its usage without loading tsx, esbuild or vite", () => {
    const help = run(["--help"], {});
    expect(help.stderr).toBe("");
    expect(help.status).toBe(0);
    for (const command of ["serve", "worker", "migrate", "paycheck"])
      expect(help.stdout).toContain(`aso ${command}`);
  });

  it("computes paychecks through its prebuilt worker threads on a large input", () => {
    // Over one 512 KiB batch, so the command starts its worker pool (the script esbuild compiles in development).
    const count = 4000;
    const input = `${Array.from({ length: count }, (_, i) => request(`r${i}`)).join("\n")}\n`;
    expect(input.length).toBeGreaterThan(512 * 1024);
    const paycheck = run(["paycheck"], {}, input);
    expect(paycheck.stderr).toBe("");
    expect(paycheck.status).toBe(0);
    const lines = paycheck.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(count);
    expect(lines.map((l) => l.id)).toEqual(Array.from({ length: count }, (_, i) => `r${i}`));
    // docs/contracts.md's worked example: $1,323.00 weekly, single, no state tax.
    expect(new Set(lines.map((l) => l.net))).toEqual(new Set(["1100.54"]));
  });

  it("applies the committed migrations to a fresh database, then finds nothing to do", async () => {
    // The services project sets DATABASE_URL: a fresh PostgreSQL schema; otherwise an embedded data directory.
    const base = process.env.DATABASE_URL;
    const schema = `built_${randomBytes(5).toString("hex")}`;
    let env: Record<string, string> = { DATA_DIR: dataDir() };
    if (base) {
      const url = new URL(base);
      url.searchParams.set("schema", schema);
      env = { DATABASE_URL: url.toString(), NODE_ENV: "test" };
    }
    const pool = base ? new pg.Pool({ connectionString: base }) : undefined;
    try {
      const first = run(["migrate"], env);
      expect(first.status).toBe(0);
      expect(first.stdout + first.stderr).toMatch(/applied 20261125230423_foundation/);
      const second = run(["migrate"], env);
      expect(second.status).toBe(0);
      expect(second.stdout + second.stderr).not.toMatch(/applied 2026/);
      if (pool) {
        const applied = await pool.query(`SELECT count(*)::int AS n FROM "${schema}"._prisma_migrations`);
        expect(applied.rows[0].n).toBeGreaterThan(0);
      }
    } finally {
      await pool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool?.end();
    }
  });

  it("serves /livez, /healthz, /readyz, /metrics and the playground page, and exits 0 on SIGTERM", async () => {
    const child: ChildProcess = spawn(process.execPath, nodeArgs(["serve", "--port", "0"]), {
      env: builtEnv({ DATA_DIR: dataDir() }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr?.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /listening on http:\/\/localhost:(\d+)/.exec(stderr);
        if (match) resolve(Number(match[1]));
      });
      void exited.then(() => reject(new Error(`aso serve exited before listening: ${stderr}`)));
    });
    try {
      const livez = await fetch(`http://127.0.0.1:${port}/livez`);
      expect(livez.status).toBe(200);
      expect(await livez.json()).toEqual({ status: "ok" });
      const healthz = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(healthz.status).toBe(200);
      expect(await healthz.json()).toEqual({ status: "ok" });
      const readyz = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(await readyz.json()).toEqual({ status: "ok" });
      // Local development (embedded, loopback): metrics are served without a token.
      const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(/aso_jobs\{queue="payroll\.run",state="waiting"\} 0/);
      // So is the admins' queue view.
      const queues = await fetch(`http://127.0.0.1:${port}/admin/queues`);
      expect(queues.status).toBe(200);
      expect(await queues.json()).toMatchObject({ backend: "embedded" });
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<html");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toMatch(/development tool/);
  }, 120_000);

  it("runs the workers, answers /livez and /metrics on WORKER_METRICS_PORT, and exits 0 on SIGTERM", async () => {
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, "127.0.0.1", resolve));
    const port = (free.address() as AddressInfo).port;
    await new Promise((resolve) => free.close(resolve));
    const child = spawn(process.execPath, nodeArgs(["worker"]), {
      env: builtEnv({ DATA_DIR: dataDir(), WORKER_METRICS_PORT: String(port) }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("SIGTERM to stop")) resolve();
      });
      void exited.then(() => reject(new Error(`aso worker exited early: ${stderr}`)));
    });
    try {
      expect(await (await fetch(`http://127.0.0.1:${port}/livez`)).json()).toEqual({ status: "ok" });
      const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain("# TYPE aso_notification_delivery_failures_total counter");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
