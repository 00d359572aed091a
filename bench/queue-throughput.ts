/**
 * Queue throughput and wake-up latency on each configured backend.
 *
 *   npx tsx bench/queue-throughput.ts [jobs=2000] [concurrency=10]
 *   REDIS_URL=redis://127.0.0.1:6379 DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx bench/queue-throughput.ts
 *
 * Embedded always; Redis and PostgreSQL (pg.Pool) when their URLs are set. Wake-up latency: an idle
 * worker, one job added, time from `add` returning to the processor starting (median of 20).
 */
import { PGlite } from "@electric-sql/pglite";
import { z } from "zod";
import { loadEnv } from "../src/config/env";
import { defineJob, defineProcessor, type JobContext } from "../src/queue/job-definition";
import { createQueueRuntime, type QueueBackendKind } from "../src/queue/queue-runtime";

const total = Number(process.argv[2] ?? 2000);
const concurrency = Number(process.argv[3] ?? 10);
const env = loadEnv();

const benchJob = defineJob({
  name: "bench.noop",
  version: 1,
  schema: z.object({ i: z.number().int() }),
  jobId: (p) => `noop-${p.i}`,
});
type Deps = { onJob(i: number): void };
const benchProcessor = defineProcessor(benchJob, async (payload, ctx: JobContext<Deps>) => {
  ctx.deps.onJob(payload.i);
  return payload.i;
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function bench(kind: QueueBackendKind) {
  const pglite = kind === "embedded" ? await PGlite.create("memory://") : undefined;
  const runtime = await createQueueRuntime({
    env:
      kind === "redis"
        ? { REDIS_URL: env.REDIS_URL }
        : kind === "postgres"
          ? { DATABASE_URL: env.DATABASE_URL }
          : {},
    db: { kind: kind === "embedded" ? "embedded" : "postgres", pglite },
    prefix: `bench${Date.now()}`,
  });
  let onJob: (i: number) => void = () => undefined;
  const workers = runtime.startWorkers([benchProcessor], { deps: { onJob: (i) => onJob(i) }, concurrency });
  await Promise.all(workers.workers.map((w) => w.waitUntilReady()));
  await new Promise((resolve) => setTimeout(resolve, 300));

  const wakeups: number[] = [];
  for (let n = 0; n < 20; n++) {
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the worker go idle (blocked)
    const started = new Promise<number>((resolve) => {
      onJob = () => resolve(performance.now());
    });
    await benchJob.enqueue(runtime, { i: 1_000_000 + n });
    const added = performance.now();
    wakeups.push((await started) - added);
  }

  let done = 0;
  const finished = new Promise<void>((resolve) => {
    onJob = () => {
      if (++done === total) resolve();
    };
  });
  const t0 = performance.now();
  for (let start = 0; start < total; start += 500) {
    const batch = Array.from({ length: Math.min(500, total - start) }, (_, k) => ({
      name: benchJob.name,
      data: { v: 1, payload: { i: start + k } },
      opts: { ...benchJob.defaults, jobId: `noop-${start + k}` },
    }));
    await runtime.queue(benchJob.queue).addBulk(batch);
  }
  const added = performance.now();
  await finished;
  const t1 = performance.now();

  const t2 = performance.now();
  for (let i = 0; i < 200; i++) await benchJob.enqueue(runtime, { i: 2_000_000 + i });
  const singleAdds = 200 / ((performance.now() - t2) / 1000);

  await runtime.close();
  await pglite?.close();
  return {
    backend: kind,
    jobs: total,
    concurrency,
    "jobs/s (add+process)": Math.round(total / ((t1 - t0) / 1000)),
    "addBulk jobs/s": Math.round(total / ((added - t0) / 1000)),
    "single add/s": Math.round(singleAdds),
    "wake-up median ms": Number(median(wakeups).toFixed(1)),
    "wake-up max ms": Number(Math.max(...wakeups).toFixed(1)),
  };
}

const kinds: QueueBackendKind[] = [
  "embedded",
  ...(env.REDIS_URL ? (["redis"] as const) : []),
  ...(env.DATABASE_URL ? (["postgres"] as const) : []),
];
const rows = [];
for (const kind of kinds) rows.push(await bench(kind));
console.table(rows);
process.exit(0);
