/**
 * `npm run bench:chaos [-- --employees 10000] [--scenario NAME|all] [--down-mode refuse|hold] [--keep]`:
 * a pay run of N employees on PostgreSQL + Redis, calculated by a separate worker process
 * (bench/payroll-run-worker.ts: the product's payroll workers and pay-run watchdog) while a fault is
 * injected through TCP proxies in front of PostgreSQL and Redis (bench/tcp-proxy.ts). The run is then
 * approved and posted, and the outcome checked: `calculated` by itself, seconds from recovery to
 * `calculated` (target 60), every employee paid exactly once, no paycheck errors left, a balanced
 * ledger, Form 941 = the posted paychecks. Each scenario has its own schema, client EIN and queue
 * prefix, dropped afterwards (`--keep` keeps the schema). Exits 1 when a check fails. See bench/chaos.md.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomInt } from "node:crypto";
import { createWriteStream } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { Redis } from "ioredis";
import { approvePayRun } from "../src/app/payroll/approve-pay-run";
import { createPayrollDeps, type PayrollDeps } from "../src/app/payroll/payroll-deps";
import { form941Report, liabilitiesReport } from "../src/app/payroll/payroll-reports";
import { openPayrollSession, type PayrollSession } from "../src/app/payroll/payroll-session";
import { startPayRun } from "../src/app/payroll/start-pay-run";
import { loadEnv } from "../src/config/env";
import { fixedClock } from "../src/core/clock";
import { Money } from "../src/core/money/money";
import { type Database, openDatabase } from "../src/db/database";
import { seedPayrollClient } from "./payroll-run-seed";
import { type DownMode, startTcpProxy, type TcpProxy } from "./tcp-proxy";

const { values } = parseArgs({
  options: {
    employees: { type: "string", default: "10000" },
    scenario: { type: "string", default: "all" },
    "down-mode": { type: "string", default: "refuse" },
    keep: { type: "boolean", default: false },
  },
});
const EMPLOYEES = Number(values.employees);
const DOWN_MODE = values["down-mode"] as DownMode;
const base = loadEnv();
const DATABASE_URL = base.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const REDIS_URL = base.REDIS_URL ?? "redis://127.0.0.1:6379";
const PERIOD_END = "2026-01-17";
const PAY_DATE = "2026-01-23";
const QUARTER = "2026Q1";
const CLOCK = fixedClock("2026-01-20T12:00:00Z");
const SYSTEM = { kind: "system", name: "bench" } as const;
const TARGET_SECONDS = 60;
const CALCULATION_DEADLINE_MS = 20 * 60_000;
const WORKER = new URL("./payroll-run-worker.ts", import.meta.url).pathname;
const ASO = new URL("../bin/aso", import.meta.url).pathname;

/** What a scenario works with. `observer` reads PostgreSQL directly; the product goes through the proxies. */
type Bench = {
  ein: string;
  clientId: string;
  pg: TcpProxy;
  redis: TcpProxy;
  productEnv: NodeJS.ProcessEnv;
  observer: PayrollDeps;
  session: PayrollSession;
  worker: { start(): Promise<void>; kill(signal: NodeJS.Signals): Promise<void> };
  /** startPayRun as the product runs it (through the proxies); the run's id. */
  start(): Promise<string>;
  stored(runId: string): Promise<number>;
  /** Waits until this share of the employees have a paycheck (fails if the run finished first). */
  until(runId: string, share: number): Promise<void>;
  deleteQueueKeys(): Promise<number>;
  note(line: string): void;
  fail(check: string): void;
};

/** A scenario starts the run, injects its fault and returns when the fault is over (the recovery). */
type Scenario = { what: string; run(b: Bench): Promise<{ runId: string; recoveredAt: number }> };

async function pgDown(b: Bench, seconds: number) {
  const runId = await b.start();
  await b.until(runId, 0.3);
  await b.pg.down(DOWN_MODE);
  b.note(`PostgreSQL down (${DOWN_MODE}) at ${await b.stored(runId)} paychecks`);
  await sleep(seconds * 1000);
  await b.pg.up();
  b.note(`PostgreSQL up at ${await b.stored(runId)} paychecks`);
  return { runId, recoveredAt: Date.now() };
}

const SCENARIOS: Record<string, Scenario> = {
  baseline: {
    what: "no fault: the reference calculation time",
    run: async (b) => ({ recoveredAt: Date.now(), runId: await b.start() }),
  },
  "pg-down-30s": {
    what: "PostgreSQL unreachable for 30 s from 30% of the paychecks stored",
    run: (b) => pgDown(b, 30),
  },
  "pg-down-60s": {
    what: "PostgreSQL unreachable for 60 s from 30% of the paychecks stored",
    run: (b) => pgDown(b, 60),
  },
  "redis-restart": {
    what: "Redis restarted without persistence at 30%: connections cut, the prefix's keys deleted, back after 5 s",
    async run(b) {
      const runId = await b.start();
      await b.until(runId, 0.3);
      await b.redis.down(DOWN_MODE);
      const deleted = await b.deleteQueueKeys();
      b.note(
        `Redis down (${DOWN_MODE}) at ${await b.stored(runId)} paychecks; ${deleted} queue keys deleted`,
      );
      await sleep(5_000);
      await b.redis.up();
      b.note(`Redis up at ${await b.stored(runId)} paychecks`);
      return { runId, recoveredAt: Date.now() };
    },
  },
  "redis-down-at-start": {
    what: "Redis unreachable when the run is started (`aso payroll run`, then startPayRun); back, start again",
    async run(b) {
      await b.redis.down(DOWN_MODE);
      // The command a person runs opens the queue itself: refused at once, exit 1.
      let t = Date.now();
      const cli = await runAso(b.productEnv, [
        "payroll",
        "run",
        "--client",
        b.ein,
        "--period-end",
        PERIOD_END,
      ]);
      let seconds = (Date.now() - t) / 1000;
      b.note(
        `aso payroll run: exit ${cli.code} in ${seconds.toFixed(1)} s: ${cli.stderr.trim().split("\n")[0]}`,
      );
      if (cli.code !== 1 || seconds > 20 || !/queue/i.test(cli.stderr)) b.fail("aso payroll run fails fast");
      // A process whose queue connection was open when Redis went away.
      t = Date.now();
      const error = await b.start().then(
        () => undefined,
        (e: Error & { code?: string }) => e,
      );
      seconds = (Date.now() - t) / 1000;
      b.note(`startPayRun: ${error?.code ?? "no error"} in ${seconds.toFixed(1)} s: ${error?.message}`);
      if (error?.code !== "queue.unavailable" || seconds > 10) b.fail("startPayRun fails fast");
      const runs = await b.observer.runs.listForClient(b.clientId);
      b.note(`pay runs left for the client: ${runs.length} (${runs.map((r) => r.status).join(", ")})`);
      if (runs.length > 0) b.fail("nothing stranded");
      await b.redis.up();
      const recoveredAt = Date.now();
      return { runId: await b.start(), recoveredAt };
    },
  },
  "worker-kill-twice": {
    what: "the worker process SIGKILLed at 25% and at 60% of the paychecks stored, restarted each time",
    async run(b) {
      const runId = await b.start();
      let recoveredAt = 0;
      for (const share of [0.25, 0.6]) {
        await b.until(runId, share);
        await b.worker.kill("SIGKILL");
        b.note(`worker SIGKILLed at ${await b.stored(runId)} paychecks`);
        await b.worker.start();
        recoveredAt = Date.now();
        b.note("worker restarted");
      }
      return { runId, recoveredAt };
    },
  },
};

type Row = {
  scenario: string;
  passed: boolean;
  recoverySeconds: number | null;
  calculateSeconds: number | null;
  approveSeconds: number | null;
  storedAtRecovery: number;
  paychecks: number;
  duplicates: number;
  errors: number;
  ledger: string;
  form941: boolean;
  gross: string;
  load: string;
};

function runAso(env: NodeJS.ProcessEnv, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ASO, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** The worker process (SIGKILL is real), its output appended to `logPath`. */
function workerProcess(env: NodeJS.ProcessEnv, prefix: string, logPath: string) {
  const log = createWriteStream(logPath, { flags: "a" });
  let child: ChildProcess | undefined;
  const exited = (c: ChildProcess) =>
    c.exitCode !== null || c.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => c.once("exit", () => resolve()));
  return {
    async start() {
      const c = spawn(process.execPath, ["--import", "tsx", WORKER, prefix], {
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = c;
      c.stderr?.pipe(log, { end: false });
      await new Promise<void>((resolve, reject) => {
        c.once("exit", (code) => reject(new Error(`worker exited ${code} before ready (see ${logPath})`)));
        c.stdout?.on("data", (d) => {
          log.write(d);
          if (String(d).includes("ready")) resolve();
        });
      });
    },
    async kill(signal: NodeJS.Signals) {
      if (!child) return;
      const c = child;
      c.kill(signal);
      const timer = setTimeout(() => c.kill("SIGKILL"), 20_000);
      await exited(c);
      clearTimeout(timer);
    },
    close: () => new Promise<void>((resolve) => log.end(resolve)),
  };
}

async function deleteKeys(prefix: string): Promise<number> {
  const redis = new Redis(REDIS_URL);
  try {
    let deleted = 0;
    for await (const keys of redis.scanStream({ match: `bull:${prefix}.*`, count: 1000 }) as AsyncIterable<
      string[]
    >)
      if (keys.length) deleted += await redis.unlink(...keys);
    return deleted;
  } finally {
    redis.disconnect();
  }
}

async function checkOutcome(b: Bench, db: Database, runId: string, row: Row): Promise<void> {
  const check = (name: string, ok: boolean, detail: string) => {
    console.log(`  ${ok ? "ok  " : "FAIL"} ${name}: ${detail}`);
    if (!ok) b.fail(name);
  };
  const t = Date.now();
  const approved = await approvePayRun(b.session.deps, SYSTEM, {
    clientEin: b.ein,
    periodEnd: PERIOD_END,
  }).then(
    (r) => r.run.status,
    (e: Error) => `refused: ${e.message.slice(0, 200)}`,
  );
  row.approveSeconds = (Date.now() - t) / 1000;
  check("approved and posted", approved === "posted", `${approved} in ${row.approveSeconds.toFixed(1)} s`);
  const q = async <T>(sql: string, ...params: unknown[]) =>
    (await db.pgPool!.query(sql, params)).rows[0] as T;
  const counts = await q<{ paychecks: number; employees: number; errors: number; gross: string }>(
    `SELECT count(*)::int AS paychecks, count(DISTINCT "employeeId")::int AS employees,
            count(*) FILTER (WHERE status = 'error')::int AS errors, COALESCE(sum(gross), 0)::text AS gross
       FROM "Paycheck" WHERE "runId" = $1`,
    runId,
  );
  row.paychecks = counts.paychecks;
  row.duplicates = counts.paychecks - counts.employees;
  row.errors = counts.errors;
  row.gross = Money.of(counts.gross).toFixed();
  check("paychecks stored", counts.employees === EMPLOYEES, `${counts.employees}/${EMPLOYEES}`);
  check("duplicate paychecks", row.duplicates === 0, String(row.duplicates));
  check("paycheck errors left", counts.errors === 0, String(counts.errors));

  const ledger = await liabilitiesReport(b.observer, SYSTEM, {
    clientEin: b.ein,
    from: "2026-01-01",
    to: "2026-12-31",
  });
  const entries = await q<{ n: number }>(
    `SELECT count(*)::int AS n FROM "JournalEntry" WHERE "runId" = $1`,
    runId,
  );
  const { debit, credit } = ledger.totals;
  row.ledger = `${debit} = ${credit}`;
  check(
    "ledger balanced",
    debit === credit && Money.of(debit).isPositive() && entries.n === 1,
    `debits ${debit}, credits ${credit}, ${entries.n} journal entry for the run`,
  );

  const form = await form941Report(b.observer, SYSTEM, { clientEin: b.ein, quarter: QUARTER });
  const sums = await q<Record<string, string>>(
    `SELECT sum((f->'taxableWages'->>'federalIncomeTax')::numeric)::text AS wages,
            sum((f->'employeeTaxes'->>'federalIncomeTax')::numeric)::text AS fit,
            sum((f->'taxableWages'->>'socialSecurity')::numeric)::text AS ss,
            sum((f->'taxableWages'->>'medicare')::numeric)::text AS medicare,
            sum((f->'employeeTaxes'->>'socialSecurity')::numeric + (f->'employerTaxes'->>'socialSecurity')::numeric
              + (f->'employeeTaxes'->>'medicare')::numeric + (f->'employerTaxes'->>'medicare')::numeric
              + (f->'employeeTaxes'->>'additionalMedicare')::numeric)::text AS fica
       FROM (SELECT p.figures AS f FROM "Paycheck" p JOIN "PayRun" r ON r.id = p."runId"
              WHERE p."clientId" = $1 AND p.status = 'calculated' AND r.status = 'posted'
                AND p."payDate" BETWEEN '2026-01-01' AND '2026-03-31') x`,
    b.clientId,
  );
  const fica = Money.of(form.line5e).plus(Money.of(form.line7)).toFixed();
  const pairs: [string, string, string | null][] = [
    ["line 2 wages", form.line2, sums.wages ?? null],
    ["line 3 federal income tax", form.line3, sums.fit ?? null],
    ["line 5a Social Security wages", form.line5a.wages, sums.ss ?? null],
    ["line 5c Medicare wages", form.line5c.wages, sums.medicare ?? null],
    ["lines 5e + 7 Social Security and Medicare tax", fica, sums.fica ?? null],
  ];
  const differ = pairs.filter(([, line, sum]) => sum === null || !Money.of(line).equals(Money.of(sum)));
  row.form941 = differ.length === 0;
  check(
    "Form 941 = posted paychecks",
    row.form941,
    differ.length
      ? differ.map(([name, line, sum]) => `${name} ${line} ≠ ${sum}`).join("; ")
      : `wages ${form.line2}, FIT ${form.line3}, SS wages ${form.line5a.wages}, Medicare wages ${form.line5c.wages}, SS+Medicare tax ${fica}`,
  );
}

async function runScenario(name: string, scenario: Scenario): Promise<Row> {
  const t0 = Date.now();
  const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s`;
  const failures: string[] = [];
  const id = randomBytes(4).toString("hex");
  const schema = `chaos_${id}`;
  const prefix = `chaos${id}`;
  const ein = `56-${String(randomInt(10_000_000)).padStart(7, "0")}`;
  const row: Row = {
    scenario: name,
    passed: false,
    recoverySeconds: null,
    calculateSeconds: null,
    approveSeconds: null,
    storedAtRecovery: 0,
    paychecks: 0,
    duplicates: 0,
    errors: 0,
    ledger: "",
    form941: false,
    gross: "",
    load: loadavg()[0]!.toFixed(2),
  };
  console.log(
    `\n${name}: ${scenario.what} (${EMPLOYEES} employees, schema ${schema}, queue prefix ${prefix})`,
  );
  const db = await openDatabase({ DATABASE_URL, DATA_DIR: "" }, { schema, migrate: true });
  const pg = await startTcpProxy({
    host: new URL(DATABASE_URL).hostname,
    port: Number(new URL(DATABASE_URL).port),
  });
  const redis = await startTcpProxy({
    host: new URL(REDIS_URL).hostname,
    port: Number(new URL(REDIS_URL).port),
  });
  const productDb = new URL(pg.via(DATABASE_URL));
  productDb.searchParams.set("schema", schema);
  const productEnv = {
    ...process.env,
    DATABASE_URL: productDb.toString(),
    REDIS_URL: redis.via(REDIS_URL),
    LOG_LEVEL: "warn",
  };
  const logPath = join(tmpdir(), `chaos-${name}-${id}.log`);
  const worker = workerProcess(productEnv, prefix, logPath);
  let session: PayrollSession | undefined;
  try {
    const seeded = await seedPayrollClient(db, { ein, employees: EMPLOYEES, periodEnd: PERIOD_END });
    await worker.start();
    session = await openPayrollSession(loadEnv({ ...productEnv, LOG_LEVEL: "silent" }), {
      clock: CLOCK,
      queue: "producer",
      prefix,
    });
    const observer = createPayrollDeps(db, { clock: CLOCK });
    const stored = async (runId: string) => {
      const p = await observer.runs.progress(runId);
      return p.calculated + p.errors + p.skipped;
    };
    const live = session;
    const b: Bench = {
      ein,
      clientId: seeded.clientId,
      pg,
      redis,
      productEnv,
      observer,
      session: live,
      worker,
      start: async () => {
        const run = await startPayRun({ ...live.deps, queue: live.queue! }, SYSTEM, {
          clientEin: ein,
          periodEnd: PERIOD_END,
          payDate: PAY_DATE,
        });
        b.note(`run ${run.id} started`);
        return run.id;
      },
      stored,
      async until(runId, share) {
        const deadline = Date.now() + CALCULATION_DEADLINE_MS;
        while ((await stored(runId)) < share * EMPLOYEES) {
          const run = await observer.runs.findById(runId);
          if (run?.status !== "calculating" || Date.now() > deadline)
            throw new Error(
              `the run is ${run?.status} before ${share * 100}% of the paychecks: no fault injected`,
            );
          await sleep(100);
        }
      },
      deleteQueueKeys: () => deleteKeys(prefix),
      note: (line) => console.log(`  [${elapsed()}] ${line}`),
      fail: (check) => failures.push(check),
    };
    const startedAt = Date.now();
    const { runId, recoveredAt } = await scenario.run(b);
    row.storedAtRecovery = await stored(runId);
    let run = await observer.runs.findById(runId);
    while (run?.status === "calculating" && Date.now() - recoveredAt < CALCULATION_DEADLINE_MS) {
      await sleep(250);
      run = await observer.runs.findById(runId);
    }
    const calculated = run?.status === "calculated";
    if (calculated) {
      row.recoverySeconds = (Date.now() - recoveredAt) / 1000;
      row.calculateSeconds = (Date.now() - startedAt) / 1000;
    }
    b.note(`run ${run?.status}`);
    console.log(
      `  ${calculated ? "ok  " : "FAIL"} reached calculated by itself: ${run?.status}` +
        (calculated ? ` (${row.calculateSeconds!.toFixed(1)} s after the start)` : ""),
    );
    if (!calculated) b.fail("reached calculated by itself");
    const fast = row.recoverySeconds !== null && row.recoverySeconds <= TARGET_SECONDS;
    console.log(
      `  ${fast ? "ok  " : "FAIL"} recovery → calculated: ${row.recoverySeconds?.toFixed(1) ?? "-"} s ` +
        `(target ${TARGET_SECONDS} s; ${row.storedAtRecovery}/${EMPLOYEES} paychecks stored at recovery)`,
    );
    if (!fast) b.fail("recovery → calculated");
    if (calculated) await checkOutcome(b, db, runId, row);
  } catch (error) {
    console.log(`  FAIL ${(error as Error).stack ?? error}`);
    failures.push("scenario ran to the end");
  } finally {
    await pg.up();
    await redis.up();
    await session?.close().catch(() => undefined);
    await worker.kill("SIGTERM");
    await worker.close();
    await pg.close();
    await redis.close();
    await deleteKeys(prefix);
    if (!values.keep) await db.pgPool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db.close();
  }
  row.passed = failures.length === 0;
  console.log(`  ${row.passed ? "PASS" : `FAIL (${failures.join("; ")})`}; worker log ${logPath}`);
  return row;
}

const names = values.scenario === "all" ? Object.keys(SCENARIOS) : values.scenario.split(",");
const unknown = names.filter((n) => !SCENARIOS[n]);
if (unknown.length || !(EMPLOYEES > 0) || !["refuse", "hold"].includes(DOWN_MODE)) {
  console.error(
    `usage: bench/chaos.ts [--employees N] [--scenario all|${Object.keys(SCENARIOS).join("|")}] [--down-mode refuse|hold] [--keep]`,
  );
  process.exit(2);
}
const fmtLoad = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
console.log(`chaos bench ${new Date().toISOString()}: ${EMPLOYEES} employees; load average ${fmtLoad()}`);
const rows: Row[] = [];
for (const name of names) rows.push(await runScenario(name, SCENARIOS[name]!));
console.log(`\nload average at the end ${fmtLoad()}\n`);
console.log(
  "| scenario | result | recovery → calculated (s) | start → calculated (s) | approve + post (s) | stored at recovery | paychecks | duplicates | errors left | ledger debits = credits | 941 = paychecks | gross | load (1 min) |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const r of rows)
  console.log(
    `| ${r.scenario} | ${r.passed ? "pass" : "FAIL"} | ${r.recoverySeconds?.toFixed(1) ?? "-"} | ${r.calculateSeconds?.toFixed(1) ?? "-"} | ${r.approveSeconds?.toFixed(0) ?? "-"} | ${r.storedAtRecovery} | ${r.paychecks}/${EMPLOYEES} | ${r.duplicates} | ${r.errors} | ${r.ledger || "-"} | ${r.form941 ? "yes" : "no"} | ${r.gross || "-"} | ${r.load} |`,
  );
process.exit(rows.every((r) => r.passed) ? 0 : 1);
