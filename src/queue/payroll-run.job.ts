import { z } from "zod";
import { defineJob } from "./job-definition";

/** `attempt` names a recalculation round (absent for the first), so its jobIds differ from the first flow's. */
export const PayrollRunPayloadSchema = z.object({
  runId: z.uuid(),
  attempt: z
    .string()
    .regex(/^[a-z0-9]+$/)
    .optional(),
});
export type PayrollRunPayload = z.infer<typeof PayrollRunPayloadSchema>;

/**
 * Parent job of a pay run's calculation flow: runs once every `payroll.run-paycheck` child is done and
 * closes the run (`calculating` → `calculated`, errors listed).
 */
export const payrollRunJob = defineJob({
  name: "payroll.run",
  version: 1,
  schema: PayrollRunPayloadSchema,
  jobId: (p) => `payrun-${p.runId}${p.attempt ? `-${p.attempt}` : ""}`,
  concurrency: 2,
});
