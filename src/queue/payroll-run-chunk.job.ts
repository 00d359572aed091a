import { z } from "zod";
import { defineJob } from "./job-definition";

export const PayrollRunChunkPayloadSchema = z.object({
  runId: z.uuid(),
  chunk: z.number().int().min(0),
  /** Recalculation round (absent for the first calculation). */
  attempt: z
    .string()
    .regex(/^[a-z0-9]+$/)
    .optional(),
});
export type PayrollRunChunkPayload = z.infer<typeof PayrollRunChunkPayloadSchema>;

/**
 * A middle node of a pay run's flow: `payroll.run` → `payroll.run-chunk` (a few hundred employees
 * each) → `payroll.run-paycheck`. It completes once its paychecks have; keeping each parent's child
 * list short keeps the queue's dependency bookkeeping cheap for 10,000-employee runs.
 */
export const payrollRunChunkJob = defineJob({
  name: "payroll.run-chunk",
  version: 1,
  schema: PayrollRunChunkPayloadSchema,
  jobId: (p) => `paychunk-${p.runId}-${p.chunk}${p.attempt ? `-${p.attempt}` : ""}`,
  concurrency: 5,
});
