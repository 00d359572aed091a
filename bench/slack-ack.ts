/**
 * `npm run bench:slack-ack`: how fast the Slack endpoint acknowledges button clicks under load, and
 * whether duplicated clicks ever double a decision.
 *
 * Starts the real app (runtime, workers, Slack on the HTTP server, a fake Slack Web API), seeds
 * MANAGERS × REPORTS submitted timesheets, then fires TOTAL signed `block_actions` Approve clicks over
 * HTTP, CONCURRENCY at a time (every timesheet is clicked TOTAL / timesheets times, by its manager).
 * Prints the median and p99 time to the HTTP 200 (the ack), errors, and — after the work has
 * drained — how many decisions were recorded and how many cards said "Approved" (must equal the
 * number of timesheets: anything above is a duplicated decision).
 *
 * Embedded (PGlite + BullMQ on PGlite) by default; with DATABASE_URL / REDIS_URL set, on those.
 * Before the measured clicks the load generator sends --warmup clicks (300) from someone not set up, on
 * the same connections, and waits until their work has drained: the measured figures are a warm server's
 * (its JIT compiled, its connections open); the warm-up's own latencies are printed too.
 *
 * Options: --total N (2000) --concurrency N (100) --managers N (20) --reports N (10) --warmup N (300)
 *
 * `--during-run N`: a client of N employees is seeded with approved time, and after the warm-up a pay
 * run for it is started through the real queue and workers; the clicks then come at `--rate` per second
 * (100), as many as fit, until the run has calculated (instead of --total as fast as possible). Prints
 * the ack figures during the run, the run's own duration, and errors / duplicated decisions as above.
 * `--run-worker process` (PostgreSQL only) calculates the run in a separate `aso worker`-like process
 * (`payroll-run-worker.ts`), as production does; by default the server's own workers calculate it, as
 * the embedded `aso serve` does. See `bench/slack-ack.md`.
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { jobProcessors } from "../jobs/registry";
import { startPayRun } from "../src/app/payroll/start-pay-run";
import { watchPayRun } from "../src/app/payroll/watch-pay-run";
import { recordHours } from "../src/app/timesheets/record-hours";
import { approvalCard } from "../src/app/timesheets/replies";
import { submitTimesheet } from "../src/app/timesheets/submit-timesheet";
import { createTimesheetDeps } from "../src/app/timesheets/wiring";
import { encodeCommandValue, renderMessage } from "../src/channels/slack/render-blocks";
import type { Actor } from "../src/core/policy/actor";
import { SIGNING_SECRET, seedSlackClient, startSlackHarness, TEAM } from "../test/integration/slack/harness";
import { createTestDatabase } from "../test/support/database";
import { interactionRequest } from "../test/support/slack-requests";
import { seedPayrollClient } from "./payroll-run-seed";

const { values } = parseArgs({
  options: {
    total: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "100" },
    managers: { type: "string", default: "20" },
    reports: { type: "string", default: "10" },
    "work-concurrency": { type: "string", default: "" },
    warmup: { type: "string", default: "300" },
    client: { type: "string" },
    "during-run": { type: "string", default: "0" },
    rate: { type: "string", default: "100" },
    "run-worker": { type: "string", default: "in-process" },
  },
});
const DURING_RUN = Number(values["during-run"]);
const RATE = Number(values.rate);
const RUN_WORKER = values["run-worker"];
if (RUN_WORKER !== "in-process" && RUN_WORKER !== "process")
  throw new Error("--run-worker: in-process or process");
if (RUN_WORKER === "process" && !process.env.DATABASE_URL)
  throw new Error("--run-worker process needs DATABASE_URL (the embedded database is one process's)");
/** The pay run's jobs; with `--run-worker process` the server leaves them to the other process. */
const PAYROLL_JOBS = ["payroll.run", "payroll.run-chunk", "payroll.run-paycheck"];
const RUN_EIN = "55-0000001";
const RUN_PERIOD_END = "2026-11-21";
const WORK_CONCURRENCY = values["work-concurrency"] ? Number(values["work-concurrency"]) : undefined;
const TOTAL = Number(values.total);
const WARMUP = Number(values.warmup);
const CONCURRENCY = Number(values.concurrency);
const MANAGERS = Number(values.managers);
const REPORTS = Number(values.reports);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

async function main() {
  const mode = process.env.DATABASE_URL ? "postgres" : "embedded";
  const queueMode = process.env.REDIS_URL ? "redis" : mode;
  const db = await createTestDatabase();
  const h = await startSlackHarness(db, {
    ...(WORK_CONCURRENCY ? { workConcurrency: WORK_CONCURRENCY } : {}),
    ...(RUN_WORKER === "process"
      ? {
          onlyJobs: jobProcessors
            .map((p) => p.definition.name)
            .filter((name) => !PAYROLL_JOBS.includes(name)),
        }
      : {}),
  });
  let runWorker: ChildProcess | undefined;
  try {
    // ---- seed: managers with reports, each report's week submitted --------------------------------
    const deps = createTimesheetDeps({
      db,
      queue: h.runtime.queue,
      clock: h.clock,
      notifier: { notify: async () => undefined },
    });
    type Card = {
      manager: string;
      channel: string;
      ts: string;
      value: string;
      blocks: unknown;
      text: string;
    };
    const cards: Card[] = [];
    let n = 0;
    for (let m = 0; m < MANAGERS; m += 1) {
      const { manager, add } = await seedSlackClient(db, m === 0 ? TEAM : `T0BENCH${m}`);
      const managerSlack = `UM${m}`;
      await db.prisma.employee.update({ where: { id: manager.id }, data: { slackUserId: managerSlack } });
      for (let r = 0; r < REPORTS; r += 1) {
        const person = await add(`Report ${m}-${r}`, `UR${m}x${r}`, ["employee"], { managerId: manager.id });
        const actor: Actor = {
          kind: "employee",
          employeeId: person.id,
          clientId: (await db.prisma.employee.findUniqueOrThrow({ where: { id: person.id } })).clientId,
          roles: ["employee"],
          name: person.name,
          timezone: "America/New_York",
        };
        await recordHours(deps, actor, { days: [{ date: "2026-11-24", hours: "9" }] });
        const submitted = await submitTimesheet(deps, actor, { date: "2026-11-24", requestId: `bench-${n}` });
        const card = approvalCard({
          timesheetId: submitted.timesheet.id,
          submission: 1,
          employeeName: person.name,
          weekStart: submitted.timesheet.weekStart,
          totalHours: "9",
          ptoHours: "0",
        });
        const rendered = renderMessage(card);
        const approve = card.blocks.find((b) => b.kind === "actions");
        const value =
          approve?.kind === "actions" ? encodeCommandValue(approve.buttons[0]!.command) : undefined;
        if (!value) throw new Error("no approve button");
        cards.push({
          manager: managerSlack,
          channel: `D${managerSlack}`,
          ts: `1764000000.${String(900000 + n).padStart(6, "0")}`,
          value,
          blocks: rendered.blocks,
          text: rendered.text,
        });
        n += 1;
      }
    }
    if (DURING_RUN > 0) {
      process.stderr.write(`seeding a client of ${DURING_RUN} employees for the pay run…\n`);
      await seedPayrollClient(db, { ein: RUN_EIN, employees: DURING_RUN, periodEnd: RUN_PERIOD_END });
    }
    if (RUN_WORKER === "process") {
      const url = new URL(process.env.DATABASE_URL!);
      if (db.schema) url.searchParams.set("schema", db.schema);
      runWorker = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          new URL("./payroll-run-worker.ts", import.meta.url).pathname,
          h.runtime.queue.prefix,
          "100",
        ],
        { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, DATABASE_URL: url.toString() } },
      );
      const child = runWorker;
      await new Promise<void>((resolve, reject) => {
        child.stdout?.once("data", () => resolve());
        child.once("exit", (code) => reject(new Error(`payroll worker exited ${code}`)));
      });
    }
    // Manager ids in other workspaces: each seedSlackClient has its own team id.
    const teamOf = new Map<string, string>();
    for (let m = 0; m < MANAGERS; m += 1) teamOf.set(`UM${m}`, m === 0 ? TEAM : `T0BENCH${m}`);

    // ---- fire, from a separate process (as Slack would: the load generator must not share our event loop)
    const dir = mkdtempSync(join(tmpdir(), "slack-ack-"));
    const plan = join(dir, "plan.json");
    writeFileSync(
      plan,
      JSON.stringify({
        baseUrl: h.baseUrl,
        now: h.nowSeconds(),
        cards,
        teams: [...teamOf],
        total: TOTAL,
        concurrency: CONCURRENCY,
        warmup: WARMUP,
        rate: DURING_RUN > 0 ? RATE : 0,
      }),
    );
    type ClientResult = { latencies: number[]; errors: number; cold: number[] };
    /**
     * Runs the load generator; between its warm-up and the measured clicks, waits for `drained`. A
     * paced plan (`rate`) clicks until told to stop: when `stopWhen` resolves.
     */
    const runClient = (planPath: string, drained: () => Promise<void>, stopWhen?: () => Promise<unknown>) =>
      new Promise<ClientResult>((resolve, reject) => {
        const child = fork(process.argv[1]!, ["--client", planPath], { execArgv: process.execArgv });
        child.on("message", (m: { warmedUp?: boolean } & ClientResult) => {
          if (m.warmedUp)
            drained().then(() => {
              child.send("go");
              stopWhen?.().then(() => child.send("stop"), reject);
            }, reject);
          else resolve(m);
        });
        child.once("error", reject);
        child.once("exit", (code) => {
          if (code !== 0) reject(new Error(`load generator exited with ${code}`));
        });
      });
    const settled = async (what: () => boolean) => {
      const deadline = Date.now() + 120_000;
      while (!what() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    };
    // The machine's floor: the same load against a server that answers 200 and does nothing else.
    const noop = createServer((req, res) => {
      req.resume();
      req.once("end", () => res.writeHead(200).end());
    });
    await new Promise<void>((resolve) => noop.listen(0, "127.0.0.1", resolve));
    const noopPlan = join(dir, "noop.json");
    writeFileSync(
      noopPlan,
      JSON.stringify({
        ...JSON.parse(readFileSync(plan, "utf8")),
        baseUrl: `http://127.0.0.1:${(noop.address() as AddressInfo).port}`,
      }),
    );
    // The floor is measured unpaced (--total as fast as possible), whatever the plan's rate.
    writeFileSync(noopPlan, JSON.stringify({ ...JSON.parse(readFileSync(noopPlan, "utf8")), rate: 0 }));
    const floor = (await runClient(noopPlan, async () => undefined)).latencies.sort((a, b) => a - b);
    noop.close();
    let started = performance.now();
    // How long the server's event loop was held up while the clicks came (a request waits that long).
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    // ---- with --during-run: the pay run, started once the warm-up has drained, watched to its end ----
    let run:
      | { promise: Promise<{ status: string; seconds: number; done: number; errors: number }> }
      | undefined;
    const startRun = async () => {
      const system = { kind: "system", name: "bench" } as const;
      const t0 = performance.now();
      const payroll = h.runtime.services.payroll;
      const started = await startPayRun({ ...payroll, queue: h.runtime.queue }, system, {
        clientEin: RUN_EIN,
        periodEnd: RUN_PERIOD_END,
        payDate: "2026-11-27",
      });
      let last = { done: 0, errors: 0 };
      const promise = watchPayRun(
        payroll,
        started.id,
        (p) => {
          last = p;
        },
        { pollMs: 100 },
      ).then((r) => ({ status: r.status, seconds: (performance.now() - t0) / 1000, ...last }));
      run = { promise };
    };
    const result = await runClient(
      plan,
      async () => {
        await settled(() => h.fake.callsOf("chat.postEphemeral").length >= WARMUP);
        if (DURING_RUN > 0) await startRun();
        h.serverTimes.length = 0;
        loopDelay.enable();
        started = performance.now();
      },
      DURING_RUN > 0 ? () => run!.promise : undefined,
    );
    loopDelay.disable();
    const { latencies, errors } = result;
    const sent = latencies.length;
    const cold = [...result.cold].sort((a, b) => a - b);
    const serverSorted = [...h.serverTimes].sort((a, b) => a - b);
    const ackedIn = performance.now() - started;

    // ---- drain: every click answered with a chat.update on its card -----------------------------------
    const deadline = Date.now() + 600_000;
    while (h.fake.callsOf("chat.update").length < sent && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const drainedIn = performance.now() - started;
    const updates = h.fake.callsOf("chat.update");
    const approvedCards = updates.filter((u) => String(u.args.text).startsWith("Approved ")).length;
    const decisions = await db.prisma.timesheetDecision.count();
    const sorted = [...latencies].sort((a, b) => a - b);
    const fmt = (x: number) => `${x.toFixed(1)} ms`;
    console.log(`slack-ack bench (${mode} database, ${queueMode} queue)`);
    const ranFor = run ? await run.promise : undefined;
    // Click i is on card i mod cards: a short paced run may not reach every card.
    const clicked = Math.min(sent, cards.length);
    console.log(
      ranFor
        ? `  clicks: ${sent} signed block_actions at ${RATE}/s (up to ${CONCURRENCY} in flight) on ${cards.length} timesheets, while a pay run of ${DURING_RUN} employees calculated`
        : `  clicks: ${TOTAL} signed block_actions, ${CONCURRENCY} concurrent, on ${cards.length} timesheets`,
    );
    if (ranFor)
      console.log(
        `  pay run: ${ranFor.status} in ${ranFor.seconds.toFixed(1)} s (${ranFor.done} paychecks, ${ranFor.errors} with errors), calculated by ${RUN_WORKER === "process" ? "a separate worker process" : "the server's own workers"}`,
      );
    console.log(
      `  ack latency: median ${fmt(percentile(sorted, 50))}, p99 ${fmt(percentile(sorted, 99))}, max ${fmt(sorted.at(-1) ?? Number.NaN)}`,
    );
    console.log(
      `  warm-up before it (${WARMUP} clicks by someone not set up, on a cold server, their work drained before the measured clicks): median ${fmt(percentile(cold, 50))}, p99 ${fmt(percentile(cold, 99))}, max ${fmt(cold.at(-1) ?? Number.NaN)}`,
    );
    console.log(
      `  server-side (request in → ack written): median ${fmt(percentile(serverSorted, 50))}, p99 ${fmt(percentile(serverSorted, 99))}`,
    );
    console.log(
      `  machine floor (same load, a server that only answers 200): median ${fmt(percentile(floor, 50))}, p99 ${fmt(percentile(floor, 99))}`,
    );
    console.log(
      `  server event-loop delay while clicking: p99 ${fmt(loopDelay.percentile(99) / 1e6)}, max ${fmt(loopDelay.max / 1e6)}`,
    );
    console.log(`  errors: ${errors}`);
    console.log(
      `  all acked in ${(ackedIn / 1000).toFixed(2)} s; all work drained in ${(drainedIn / 1000).toFixed(2)} s (${updates.length} chat.update)`,
    );
    console.log(
      `  decisions recorded: ${decisions} for ${clicked} timesheets clicked; cards saying "Approved": ${approvedCards}; duplicated decisions: ${Math.max(0, decisions - clicked) + Math.max(0, approvedCards - clicked)}`,
    );
  } finally {
    if (runWorker && runWorker.exitCode === null) runWorker.kill("SIGTERM");
    await h.close();
    await db.cleanup();
  }
}

const WARMUP_USER = "UWARMUP";

type Plan = {
  warmup: number;
  baseUrl: string;
  now: number;
  cards: { manager: string; channel: string; ts: string; value: string; blocks: unknown; text: string }[];
  teams: [string, string][];
  total: number;
  concurrency: number;
  /** Clicks per second until told to stop; 0: `total` clicks as fast as `concurrency` allows. */
  rate: number;
};

/** A keep-alive connection to the server. */
function openSocket(url: URL): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => resolve(socket));
    socket.setNoDelay(true);
    socket.once("error", reject);
  });
}

/**
 * One HTTP/1.1 request on a keep-alive socket: writes the prepared bytes, resolves with the status once
 * the whole response (Content-Length or chunked) has arrived.
 */
function exchange(socket: Socket, request: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered: Buffer = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      const headEnd = buffered.indexOf("\r\n\r\n");
      if (headEnd < 0) return;
      const head = buffered.subarray(0, headEnd).toString("latin1");
      const length = /\r\ncontent-length: *(\d+)/i.exec(head);
      const complete = length
        ? buffered.length >= headEnd + 4 + Number(length[1])
        : buffered.subarray(headEnd + 4).includes("0\r\n\r\n");
      if (!complete) return;
      socket.off("data", onData);
      socket.off("error", onError);
      resolve(Number(head.slice(9, 12)));
    };
    const onError = (error: Error) => {
      socket.off("data", onData);
      reject(error);
    };
    socket.on("data", onData);
    socket.once("error", onError);
    socket.write(request);
  });
}

/**
 * The load generator (child process): fires the clicks, reports every ack latency to the parent. It
 * speaks HTTP/1.1 on raw keep-alive sockets with every request prepared and signed up front: with
 * node:http's client, a server that only answers 200 measured a median of 17–31 ms under this load; with
 * raw sockets, 7–13 ms (the machine floor line shows what is left).
 */
async function client(planPath: string) {
  const plan = JSON.parse(readFileSync(planPath, "utf8")) as Plan;
  const teamOf = new Map(plan.teams);
  const url = new URL(`${plan.baseUrl}/slack/events`);
  const click = (i: number, user: string, team: string, channel: string, trigger = `trig-${i}`) => {
    const card = plan.cards[i % plan.cards.length]!;
    const r = interactionRequest(
      {
        type: "block_actions",
        team: { id: team },
        user: { id: user, team_id: team },
        api_app_id: "A0ASO",
        trigger_id: trigger,
        channel: { id: channel },
        container: { type: "message", channel_id: channel, message_ts: card.ts },
        message: { ts: card.ts, text: card.text, blocks: card.blocks },
        actions: [{ type: "button", action_id: "aso_command:0", block_id: "b", value: card.value }],
      },
      { secret: SIGNING_SECRET, timestamp: plan.now },
    );
    const headers = Object.entries({ ...r.headers, "content-length": String(Buffer.byteLength(r.body)) })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join("");
    return Buffer.from(`POST ${url.pathname} HTTP/1.1\r\nhost: ${url.host}\r\n${headers}\r\n${r.body}`);
  };
  const measured = Array.from({ length: plan.total }, (_, i) => {
    const card = plan.cards[i % plan.cards.length]!;
    return click(i, card.manager, teamOf.get(card.manager)!, card.channel);
  });
  // Warm-up clicks come from someone who is not set up: same path to the ack, and little work after.
  const warmup = Array.from({ length: plan.warmup }, (_, i) =>
    click(i, WARMUP_USER, TEAM, `D${WARMUP_USER}`),
  );
  const sockets = await Promise.all(Array.from({ length: plan.concurrency }, () => openSocket(url)));
  const fire = async (wire: Buffer[]) => {
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    await Promise.all(
      sockets.map(async (socket) => {
        for (let i = next++; i < wire.length; i = next++) {
          const t0 = performance.now();
          try {
            if ((await exchange(socket, wire[i]!)) !== 200) errors += 1;
          } catch {
            errors += 1;
          }
          latencies.push(performance.now() - t0);
        }
      }),
    );
    return { latencies, errors };
  };
  /**
   * Paced clicks: the i-th is sent at i / rate seconds (on a free socket), each with its own trigger id
   * (a repeated one is a replay the server ignores), until the parent says stop.
   */
  const paced = async () => {
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    let stopped = false;
    process.once("message", () => {
      stopped = true;
    });
    const t0 = performance.now();
    await Promise.all(
      sockets.map(async (socket) => {
        while (!stopped) {
          const i = next++;
          const wait = t0 + (i * 1000) / plan.rate - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          if (stopped) break;
          const card = plan.cards[i % plan.cards.length]!;
          const wire = click(i, card.manager, teamOf.get(card.manager)!, card.channel, `run-${i}`);
          const sentAt = performance.now();
          try {
            if ((await exchange(socket, wire)) !== 200) errors += 1;
          } catch {
            errors += 1;
          }
          latencies.push(performance.now() - sentAt);
        }
      }),
    );
    return { latencies, errors };
  };
  const cold = await fire(warmup);
  // The parent lets the warm-up's work drain before the measured clicks.
  process.send?.({ warmedUp: true });
  await new Promise((resolve) => process.once("message", resolve));
  const result = plan.rate > 0 ? await paced() : await fire(measured);
  for (const socket of sockets) socket.destroy();
  process.send?.({ ...result, cold: cold.latencies });
}

(values.client ? client(values.client) : main()).then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
