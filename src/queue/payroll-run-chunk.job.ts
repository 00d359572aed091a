import { z } from "zod";
import { defineJob } from "./job-definition";

/** Employees per chunk job at most (a pay run of 10,000 is 40 chunks of 250). */
export const MAX_CHUNK_EMPLOYEES = 500;

export const PayrollRunChunkPayloadSchema = z.object({
  runId: z.uuid(),
  chunk: z.number().int().min(0),
  /** The employees this chunk calculates (their order is the run's). */
  employeeIds: z.array(z.uuid()).min(1).max(MAX_CHUNK_EMPLOYEES),
  /** Calculation round (absent for the first calculation). */
  attempt: z
    .string()
    .regex(/^[a-z0-9]+$/)
    .optional(),
});
export type PayrollRunChunkPayload = z.infer<typeof PayrollRunChunkPayloadSchema>;

/**
 * One chunk of a pay run's calculation: a child of `payroll.run`, it calculates and stores a few hundred
 * employees' paychecks at once. The job id is the business key (run, round, chunk), so an enqueue
 * repeated by the watchdog is one job; inside, each employee is idempotent through the unique
 * (runId, employeeId) paycheck key. A chunk may stall several times (a worker killed twice on it)
 * before it fails: doing it again is harmless.
 */
export const payrollRunChunkJob = defineJob({
  name: "payroll.run-chunk",
  version: 2,
  schema: PayrollRunChunkPayloadSchema,
  jobId: (p) => `paychunk-${p.runId}-${p.chunk}${p.attempt ? `-${p.attempt}` : ""}`,
  concurrency: 4,
  maxStalledCount: 10,
  // A killed worker's chunks come back within about 20 s instead of 60 (a pay date waits on them).
  stall: { lockDuration: 15_000, stalledInterval: 5_000 },
  defaults: { attempts: 10, backoff: { type: "exponential", delay: 1_000 } },
});
