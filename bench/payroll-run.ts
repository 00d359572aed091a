/**
 * `npm run bench:payroll-run [-- --employees 10000] [--mode both|services|embedded] [--clients 1]
 * [--workers 1]`: seeds `--clients` clients sharing N employees, all with approved timesheets and one
 * pay date, then runs payroll end to end — calculate every paycheck through the job queue (FlowProducer,
 * one chunk child per 250 employees), approve, post to the ledger — on PostgreSQL +
 * Redis (DATABASE_URL / REDIS_URL, default the local services) and on the embedded mode (PGlite +
 * BullMQ's PostgreSQL backend). Prints paychecks per second, seconds per phase, and per worker process
 * (`--workers` extra ones beside the main process, services mode) its paychecks per second and peak RSS.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { approvePayRun } from "../src/app/payroll/approve-pay-run";
import { openPayrollSession } from "../src/app/payroll/payroll-session";
import { startPayRun } from "../src/app/payroll/start-pay-run";
import { watchPayRun } from "../src/app/payroll/watch-pay-run";
import { loadEnv } from "../src/config/env";
import { fixedClock } from "../src/core/clock";
import { type Database, openDatabase } from "../src/db/database";
import { seedPayrollClient } from "./payroll-run-seed";
import { type ProcessFigures, processTally } from "./payroll-run-tally";

const { values } = parseArgs({
  options: {
    employees: { type: "string", default: "10000" },
    mode: { type: "string", default: "both" },
    concurrency: { type: "string", default: "100" },
    /** Extra worker processes (PostgreSQL + Redis mode only; the embedded database is one process's). */
    workers: { type: "string", default: "1" },
    /** Clients the employees are spread over, each with its own run on the same pay date. */
    clients: { type: "string", default: "1" },
  },
});
const employees = Number(values.employees);
const extraWorkers = Number(values.workers);
const concurrency = Number(values.concurrency);
const clientCount = Number(values.clients);
const eins = Array.from({ length: clientCount }, (_, i) => `55-${String(i + 1).padStart(7, "0")}`);
const PERIOD_END = "2026-01-17";

type Result = {
  mode: string;
  seed: number;
  calculate: number;
  post: number;
  total: number;
  rate: number;
  peakRssMb: number;
  processes: ProcessFigures[];
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

/** Stops a worker process and reads the figures it prints on SIGTERM. */
function childFigures(child: ChildProcess): Promise<ProcessFigures> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (data: Buffer) => {
      out += data.toString();
    });
    child.once("exit", () => {
      const line = out.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(line) as ProcessFigures);
      } catch {
        reject(new Error(`worker process printed no figures: ${line}`));
      }
    });
    child.kill("SIGTERM");
  });
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
    for (const [i, ein] of eins.entries()) {
      const share = Math.floor(employees / clientCount) + (i < employees % clientCount ? 1 : 0);
      await seedPayrollClient(db, { ein, employees: share, periodEnd: PERIOD_END });
    }
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
      const tally = processTally(session.workers);
      t = performance.now();
      const runs = [];
      for (const ein of eins)
        runs.push(
          await startPayRun({ ...session.deps, queue: session.queue! }, system, {
            clientEin: ein,
            periodEnd: PERIOD_END,
            payDate: "2026-01-23",
          }),
        );
      let last = 0;
      const doneByRun = new Map<string, number>();
      const finished = await Promise.all(
        runs.map((run) =>
          watchPayRun(
            session.deps,
            run.id,
            (p) => {
              doneByRun.set(run.id, p.done);
              const done = [...doneByRun.values()].reduce((a, b) => a + b, 0);
              if (done !== last && (done - last >= employees / 10 || done === employees)) {
                last = done;
                process.stderr.write(`  [${mode}] ${done}/${employees} paychecks calculated\n`);
              }
            },
            { pollMs: 250 },
          ),
        ),
      );
      const calculate = (performance.now() - t) / 1000;
      for (const done of finished)
        if (done.status !== "calculated") throw new Error(`run ended ${done.status}`);
      const t2 = performance.now();
      for (const ein of eins) {
        const approved = await approvePayRun(session.deps, system, { clientEin: ein, periodEnd: PERIOD_END });
        if (approved.run.status !== "posted") throw new Error(`run is ${approved.run.status}`);
      }
      const post = (performance.now() - t2) / 1000;
      const total = calculate + post;
      tally.stop();
      const processes = [tally.snapshot(), ...(await Promise.all(children.map(childFigures)))];
      return {
        mode,
        seed,
        calculate,
        post,
        total,
        rate: employees / total,
        peakRssMb: sampler.stop(),
        processes,
      };
    } finally {
      for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
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
      `seed ${r.seed.toFixed(1)} s; peak RSS ${r.peakRssMb} MB` +
      (clientCount > 1 ? `; ${clientCount} clients, one run each on the same pay date` : ""),
  );
  for (const [i, p] of r.processes.entries())
    console.log(
      `  ${i === 0 ? "main process" : `worker process ${i}`}: ${p.paychecks} paychecks calculated = ` +
        `${(p.paychecks / r.calculate).toFixed(0)} paychecks/s over the calculation; peak RSS ${p.peakRssMb} MB`,
    );
}
process.exit(0);
