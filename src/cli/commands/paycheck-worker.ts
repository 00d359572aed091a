import { parentPort } from "node:worker_threads";
import { runPaycheckBatch, splitLines } from "./paycheck-batch";

const decoder = new TextDecoder();
const encoder = new TextEncoder();
/** Room for a result line: ~2 KB of text, up to 3 bytes a UTF-16 unit once encoded. */
const BYTES_PER_LINE = 4096;

/**
 * Worker thread body for `aso paycheck` (compiled by `compileForWorker`): decodes a batch of whole
 * request lines, computes it, and sends the result lines back UTF-8 encoded in one transferred buffer.
 * Each line is encoded as it is made (no batch-long string to build and flatten first).
 */
parentPort?.on("message", (message: { seq: number; bytes: Uint8Array; firstLineNo: number }) => {
  const lines = splitLines(decoder.decode(message.bytes));
  let buffer = new Uint8Array(Math.max(1, lines.length) * BYTES_PER_LINE);
  let used = 0;
  const outcome = runPaycheckBatch(lines, message.firstLineNo, (line) => {
    if (buffer.length - used < line.length * 3) {
      const bigger = new Uint8Array(Math.max(buffer.length * 2, used + line.length * 3));
      bigger.set(buffer.subarray(0, used));
      buffer = bigger;
    }
    used += encoder.encodeInto(line, buffer.subarray(used)).written;
  });
  const out = buffer.subarray(0, used);
  parentPort?.postMessage({ seq: message.seq, out, ...outcome }, [buffer.buffer]);
});
