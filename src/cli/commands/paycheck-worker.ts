import { parentPort } from "node:worker_threads";
import { runPaycheckBatch } from "./paycheck-batch";

/** Worker thread body for `aso paycheck`: computes batches sent by the main thread. */
parentPort?.on("message", (message: { seq: number; lines: string[]; firstLineNo: number }) => {
  const output = runPaycheckBatch(message.lines, message.firstLineNo);
  parentPort?.postMessage({ seq: message.seq, ...output });
});
