import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";
import { compileForWorker } from "../compile-for-worker";
import { type PaycheckBatchOutcome, runPaycheckBatch, splitLines } from "./paycheck-batch";

const USAGE = "aso paycheck < requests.jsonl";
/** Input bytes per batch (≈ 750 requests): one batch is one message to a worker and one write to stdout. */
const BATCH_BYTES = 512 * 1024;
/** Batches in flight per worker before reading pauses (bounds memory on large inputs). */
const IN_FLIGHT_PER_WORKER = 3;
const NEWLINE = 0x0a;

/** A batch's result as it comes back: the result lines already UTF-8 encoded (by the worker, in parallel). */
type EncodedOutput = PaycheckBatchOutcome & { out: Uint8Array | string };

/**
 * `aso paycheck`: paycheck requests as JSON Lines on stdin → one result line per request on stdout, in
 * order (docs/contracts.md §1 and §3). A bad line yields `{"id","error"}` (and one line on stderr naming the
 * input line) and the batch goes on; the exit code is 1 at the end if any line failed. Blank lines are
 * skipped.
 *
 * An input of more than one batch is cut into batches at line ends, as raw bytes, and computed by worker
 * threads (one per core, at most 4) running the engine compiled into one script
 * ({@link compileForWorker}); each worker decodes its batch and encodes its results, and both move as
 * transferred buffers, so this thread only reads, cuts and writes. Batches are written back in input
 * order. A small input runs in this thread (no compile or worker start-up cost).
 */
export const paycheckCommand: CliCommand = {
  summary: "gross-to-net for paycheck requests (JSON Lines on stdin)",
  usage: USAGE,
  async run(io) {
    parseCommandArgs(io.args, {}, USAGE);
    let failed = 0;
    let linesRead = 0;
    let chunks: Buffer[] = [];
    let buffered = 0;
    let nextSeq = 0;
    let nextToWrite = 0;
    const done = new Map<number, EncodedOutput>();
    let pool: WorkerPool | undefined;
    let writing = Promise.resolve();

    const drainInOrder = () => {
      writing = writing.then(async () => {
        for (let out = done.get(nextToWrite); out !== undefined; out = done.get(nextToWrite)) {
          done.delete(nextToWrite);
          nextToWrite++;
          failed += out.failed;
          if (out.errors) io.stderr.write(out.errors);
          if (out.out.length > 0 && !io.stdout.write(out.out))
            await new Promise<void>((resolve) => io.stdout.once("drain", resolve));
        }
      });
      return writing;
    };
    /** Hands a batch of whole lines to the pool (or runs it here), numbering its lines from `linesRead + 1`. */
    const submit = async (bytes: Buffer) => {
      const seq = nextSeq++;
      const firstLineNo = linesRead + 1;
      linesRead += countLines(bytes);
      if (!pool) {
        let out = "";
        const outcome = runPaycheckBatch(splitLines(bytes.toString("utf8")), firstLineNo, (line) => {
          out += line;
        });
        done.set(seq, { out, ...outcome });
        await drainInOrder();
        return;
      }
      await pool.whenReady();
      // A copy of its own, so the transfer cannot take a buffer that stdin's other chunks share.
      const own = new Uint8Array(bytes);
      pool.run(seq, own, firstLineNo).then((out) => {
        done.set(seq, out);
        void drainInOrder();
      });
    };

    try {
      for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
        chunks.push(bytes);
        buffered += bytes.length;
        if (buffered < BATCH_BYTES) continue;
        // Cut after the last complete line (a newline byte never occurs inside a UTF-8 character).
        const all = Buffer.concat(chunks, buffered);
        const cut = all.lastIndexOf(NEWLINE) + 1;
        chunks = cut < all.length ? [all.subarray(cut)] : [];
        buffered = all.length - cut;
        if (cut === 0) continue;
        // A full batch means a large input: start the workers (once) and hand batches to them.
        pool ??= new WorkerPool(
          await compileForWorker(new URL("./paycheck-worker.ts", import.meta.url)),
          Math.min(4, Math.max(1, availableParallelism())),
        );
        await submit(all.subarray(0, cut));
      }
      if (buffered > 0) await submit(Buffer.concat(chunks, buffered));
      if (pool) await pool.idle();
      await drainInOrder();
    } finally {
      await pool?.close();
    }
    return failed > 0 ? 1 : 0;
  },
};

/** Lines in a batch: its newlines, plus a last line without one. */
function countLines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE ? n + 1 : n;
}

/** A fixed set of worker threads computing batches; `whenReady` applies back-pressure to the reader. */
class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, (out: EncodedOutput) => void>();
  private readonly load: number[] = [];
  private inFlight = 0;
  private wake: (() => void) | undefined;

  constructor(code: string, size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(code, { eval: true });
      worker.on("message", (m: { seq: number } & EncodedOutput) => {
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

  run(seq: number, bytes: Uint8Array, firstLineNo: number): Promise<EncodedOutput> {
    let target = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.load[i]! < this.load[target]!) target = i;
    this.load[target]!++;
    this.inFlight++;
    return new Promise((resolve) => {
      this.waiting.set(seq, resolve);
      this.workers[target]!.postMessage({ seq, bytes, firstLineNo }, [bytes.buffer as ArrayBuffer]);
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
