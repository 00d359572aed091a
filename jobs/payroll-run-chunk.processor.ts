import { payrollRunChunkJob } from "../src/queue/payroll-run-chunk.job";
import { defineJobProcessor } from "./job-deps";

/** Nothing to do once its paycheck children are done: the run's parent closes the run. */
export const payrollRunChunkProcessor = defineJobProcessor(payrollRunChunkJob, async (payload) => ({
  chunk: payload.chunk,
}));
