import { parentPort } from "node:worker_threads";
import { runPaycheckBatch, splitLines } from "./paycheck-batch";

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Worker thread body for `aso paycheck` (compiled by `compileForWorker`): decodes a batch of whole
 * request lines, computes it, and sends the result lines back UTF-8 encoded in a transferred buffer.
 */
parentPort?.on("message", (message: { seq: number; bytes: Uint8Array; firstLineNo: number }) => {
  const output = runPaycheckBatch(splitLines(decoder.decode(message.bytes)), message.firstLineNo);
  const out = encoder.encode(output.out);
  parentPort?.postMessage({ seq: message.seq, out, errors: output.errors, failed: output.failed }, [
    out.buffer,
  ]);
});
