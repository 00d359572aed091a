/**
 * `npm run bench:payroll-run [-- --employees 10000] [--mode both|services|embedded]`: seeds a client with
 * N employees with approved timesheets, then runs payroll end to end — calculate every paycheck through
 * the job queue (FlowProducer, one child per employee), approve, post to the ledger — on PostgreSQL +
 * Redis (DATABASE_URL / REDIS_URL, default the local services) and on the embedded mode (PGlite +
 * BullMQ's PostgreSQL backend). Prints paychecks per second, seconds per phase and peak memory.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { fixedClock } from "../src/app/clock";
import { approvePayRun } from "../src/app/payroll/approve-pay-run";
import { openPayrollSession } from "../src/app/payroll/payroll-session";
import { startPayRun } from "../src/app/payroll/start-pay-run";
import { watchPayRun } from "../src/app/payroll/watch-pay-run";
import { loadEnv } from "../src/config/env";
import { type Database, openDatabase } from "../src/db/database";
import { seedPayrollClient } from "./payroll-run-seed";

const { values } = parseArgs({
  options: {
    employees: { type: "string", default: "10000" },
    mode: { type: "string", default: "both" },
    concurrency: { type: "string", default: "100" },
    /** Extra worker processes (PostgreSQL + Redis mode only; the embedded database is one process's). */
    workers: { type: "string", default: "1" },
  },
});
const employees = Number(values.employees);
const extraWorkers = Number(values.workers);
const concurrency = Number(values.concurrency);
const EIN = "55-0000001";
const PERIOD_END = "2026-01-17";

type Result = {
  mode: string;
  seed: number;
  calculate: number;
  post: number;
  total: number;
  rate: number;
  peakRssMb: number;
};

function memorySampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 200);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.round(peak / 1_048_576);
    },
  };
}

async function bench(mode: "services" | "embedded"): Promise<Result> {
  const base = loadEnv();
  const env =
    mode === "services"
      ? loadEnv({
          ...process.env,
          DATABASE_URL: base.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test",
          REDIS_URL: base.REDIS_URL ?? "redis://127.0.0.1:6379",
        })
      : loadEnv({ ...process.env, DATABASE_URL: "", REDIS_URL: "" });
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const db: Database =
    mode === "services"
      ? await openDatabase(env, { schema, migrate: true, poolMax: 20 })
      : await openDatabase(env, { pgliteDataDir: "memory://" });
  const sampler = memorySampler();
  try {
    let t = performance.now();
    await seedPayrollClient(db, { ein: EIN, employees, periodEnd: PERIOD_END });
    const seed = (performance.now() - t) / 1000;
    const prefix = `bench${randomBytes(4).toString("hex")}`;
    const children: ChildProcess[] = [];
    if (mode === "services") {
      const url = new URL(env.DATABASE_URL!);
      url.searchParams.set("schema", schema);
      for (let i = 0; i < extraWorkers; i++) {
        const child = spawn(
          process.execPath,
          [
            "--import",
            "tsx",
            new URL("./payroll-run-worker.ts", import.meta.url).pathname,
            prefix,
            String(concurrency),
          ],
          {
            stdio: ["ignore", "pipe", "inherit"],
            env: { ...process.env, DATABASE_URL: url.toString(), REDIS_URL: env.REDIS_URL },
          },
        );
        await new Promise<void>((resolve, reject) => {
          child.stdout?.once("data", () => resolve());
          child.once("exit", (code) => reject(new Error(`worker exited ${code}`)));
        });
        children.push(child);
      }
    }
    const session = await openPayrollSession(env, {
      clock: fixedClock("2026-01-20T12:00:00Z"),
      queue: true,
      db,
      concurrency,
      prefix,
    });
    try {
      const system = { kind: "system", name: "bench" } as const;
      t = performance.now();
      const run = await startPayRun({ ...session.deps, queue: session.queue! }, system, {
        clientEin: EIN,
        periodEnd: PERIOD_END,
        payDate: "2026-01-23",
      });
      let last = 0;
      const done = await watchPayRun(
        session.deps,
        run.id,
        (p) => {
          if (p.done - last >= employees / 10 || p.done === p.total) {
            last = p.done;
            process.stderr.write(`  [${mode}] ${p.done}/${p.total} paychecks calculated\n`);
          }
        },
        { pollMs: 250 },
      );
      const calculate = (performance.now() - t) / 1000;
      if (done.status !== "calculated") throw new Error(`run ended ${done.status}`);
      const t2 = performance.now();
      const approved = await approvePayRun(session.deps, system, { clientEin: EIN, periodEnd: PERIOD_END });
      const post = (performance.now() - t2) / 1000;
      if (approved.run.status !== "posted") throw new Error(`run is ${approved.run.status}`);
      const total = calculate + post;
      return { mode, seed, calculate, post, total, rate: employees / total, peakRssMb: sampler.stop() };
    } finally {
      for (const child of children) child.kill("SIGTERM");
      await session.close();
    }
  } finally {
    sampler.stop();
    if (mode === "services") await db.pgPool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db.close();
  }
}

const modes: ("services" | "embedded")[] =
  values.mode === "both" ? ["services", "embedded"] : [values.mode as "services" | "embedded"];
const results: Result[] = [];
for (const mode of modes) {
  process.stderr.write(`${mode}: seeding ${employees} employees…\n`);
  results.push(await bench(mode));
}
for (const r of results) {
  const label =
    r.mode === "services"
      ? `PostgreSQL + Redis (${1 + extraWorkers} worker processes)`
      : "embedded (PGlite, one process)";
  console.log(
    `${label}: ${employees} paychecks calculated, approved and posted in ${r.total.toFixed(1)} s ` +
      `(calculate ${r.calculate.toFixed(1)} s, approve+post ${r.post.toFixed(1)} s) = ${r.rate.toFixed(0)} paychecks/s; ` +
      `seed ${r.seed.toFixed(1)} s; peak RSS ${r.peakRssMb} MB`,
  );
}
process.exit(0);
