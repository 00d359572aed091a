import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";
import { type PaycheckBatchOutput, runPaycheckBatch } from "./paycheck-batch";

const USAGE = "aso paycheck < requests.jsonl";
/** Lines per batch: one batch is one message to a worker and one write to stdout. */
const BATCH = 2000;
/** Batches in flight per worker before reading pauses (bounds memory on large inputs). */
const IN_FLIGHT_PER_WORKER = 3;

/**
 * `aso paycheck`: paycheck requests as JSON Lines on stdin → one result line per request on stdout, in
 * order (ARCHITECTURE.md §4–5). A bad line yields `{"id","error"}` (and one line on stderr naming the
 * input line) and the batch goes on; the exit code is 1 at the end if any line failed. Blank lines are
 * skipped. Inputs larger than one batch are computed by worker threads (one per core, at most 4),
 * batches written back in input order; small inputs run in this thread (no worker start-up cost).
 */
export const paycheckCommand: CliCommand = {
  summary: "gross-to-net for paycheck requests (JSON Lines on stdin)",
  usage: USAGE,
  async run(io) {
    parseCommandArgs(io.args, {}, USAGE);
    let failed = 0;
    let lineNo = 0;
    let pending = "";
    let batch: string[] = [];
    let batchStart = 1;
    let nextSeq = 0;
    let nextToWrite = 0;
    const done = new Map<number, PaycheckBatchOutput>();
    let pool: WorkerPool | undefined;
    let writing = Promise.resolve();

    const write = async (text: string) => {
      if (text && !io.stdout.write(text))
        await new Promise<void>((resolve) => io.stdout.once("drain", resolve));
    };
    const drainInOrder = () => {
      writing = writing.then(async () => {
        for (let out = done.get(nextToWrite); out !== undefined; out = done.get(nextToWrite)) {
          done.delete(nextToWrite);
          nextToWrite++;
          failed += out.failed;
          if (out.errors) io.stderr.write(out.errors);
          await write(out.out);
        }
      });
      return writing;
    };
    const submit = async (lines: string[], firstLineNo: number) => {
      const seq = nextSeq++;
      if (!pool) {
        done.set(seq, runPaycheckBatch(lines, firstLineNo));
        await drainInOrder();
        return;
      }
      await pool.whenReady();
      pool.run(seq, lines, firstLineNo).then((out) => {
        done.set(seq, out);
        void drainInOrder();
      });
    };

    io.stdin.setEncoding("utf8");
    try {
      for await (const chunk of io.stdin as AsyncIterable<string>) {
        pending += chunk;
        let start = 0;
        let nl = pending.indexOf("\n", start);
        while (nl !== -1) {
          lineNo++;
          batch.push(pending.slice(start, nl));
          start = nl + 1;
          nl = pending.indexOf("\n", start);
          if (batch.length === BATCH) {
            // A full batch means a large input: start the workers (once) and hand batches to them.
            if (!pool) pool = new WorkerPool(Math.min(4, Math.max(1, availableParallelism())));
            const lines = batch;
            batch = [];
            await submit(lines, batchStart);
            batchStart = lineNo + 1;
          }
        }
        pending = pending.slice(start);
      }
      if (pending !== "") batch.push(pending);
      if (batch.length > 0) await submit(batch, batchStart);
      if (pool) await pool.idle();
      await drainInOrder();
    } finally {
      await pool?.close();
    }
    return failed > 0 ? 1 : 0;
  },
};

/** A fixed set of worker threads computing batches; `whenReady` applies back-pressure to the reader. */
class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, (out: PaycheckBatchOutput) => void>();
  private readonly load: number[] = [];
  private inFlight = 0;
  private wake: (() => void) | undefined;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL("./paycheck-worker.mjs", import.meta.url));
      worker.on("message", (m: { seq: number } & PaycheckBatchOutput) => {
        this.load[i]!--;
        this.inFlight--;
        const resolve = this.waiting.get(m.seq);
        this.waiting.delete(m.seq);
        resolve?.({ out: m.out, errors: m.errors, failed: m.failed });
        this.wake?.();
      });
      worker.on("error", (error) => {
        for (const resolve of this.waiting.values())
          resolve({ out: "", errors: `aso paycheck: worker failed: ${error.message}\n`, failed: 1 });
        this.waiting.clear();
      });
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  run(seq: number, lines: string[], firstLineNo: number): Promise<PaycheckBatchOutput> {
    let target = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.load[i]! < this.load[target]!) target = i;
    this.load[target]!++;
    this.inFlight++;
    return new Promise((resolve) => {
      this.waiting.set(seq, resolve);
      this.workers[target]!.postMessage({ seq, lines, firstLineNo });
    });
  }

  async whenReady(): Promise<void> {
    while (this.inFlight >= this.workers.length * IN_FLIGHT_PER_WORKER)
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
  }

  async idle(): Promise<void> {
    while (this.inFlight > 0)
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
