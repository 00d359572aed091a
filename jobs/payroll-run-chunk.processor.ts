import { calculateChunk } from "../src/app/payroll/calculate-paycheck";
import { payrollRunChunkJob } from "../src/queue/payroll-run-chunk.job";
import { defineJobProcessor } from "./job-deps";

/**
 * Calculates and stores a chunk's paychecks. Database errors are retried inside the job with backoff,
 * then rethrown so the queue retries the chunk; they never become paycheck errors.
 */
export const payrollRunChunkProcessor = defineJobProcessor(payrollRunChunkJob, async (payload, ctx) => {
  const result = await calculateChunk(ctx.deps.services.payroll, payload, {
    signal: ctx.signal,
    retry: {
      onRetry: (error, attempt, delayMs) =>
        ctx.deps.logger.warn(
          { job: ctx.job.id, attempt, delayMs, reason: (error as Error).message?.slice(0, 200) },
          "pay run chunk: database unavailable, retrying",
        ),
    },
  });
  return { chunk: payload.chunk, ...result };
});
