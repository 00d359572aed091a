import { z } from "zod";
import { defineJob } from "./job-definition";

export const PayrollRunPaycheckPayloadSchema = z.object({
  runId: z.uuid(),
  employeeId: z.uuid(),
  /** Recalculation round (absent for the first calculation). */
  attempt: z
    .string()
    .regex(/^[a-z0-9]+$/)
    .optional(),
});
export type PayrollRunPaycheckPayload = z.infer<typeof PayrollRunPaycheckPayloadSchema>;

/**
 * One employee's paycheck in a pay run (a child of `payroll.run`). Idempotent through the unique
 * (runId, employeeId) paycheck key, not through the jobId alone.
 */
export const payrollRunPaycheckJob = defineJob({
  name: "payroll.run-paycheck",
  version: 1,
  schema: PayrollRunPaycheckPayloadSchema,
  jobId: (p) => `paycheck-${p.runId}-${p.employeeId}${p.attempt ? `-${p.attempt}` : ""}`,
  concurrency: 50,
});
