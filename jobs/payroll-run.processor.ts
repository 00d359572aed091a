import { finishCalculation } from "../src/app/payroll/finish-calculation";
import { payrollDepsFor } from "../src/app/payroll/payroll-deps";
import { payrollRunJob } from "../src/queue/payroll-run.job";
import { defineJobProcessor } from "./job-deps";

/** Closes a pay run's calculation once all its paycheck children are done. Idempotent. */
export const payrollRunProcessor = defineJobProcessor(payrollRunJob, async (payload, ctx) =>
  finishCalculation(payrollDepsFor(ctx.deps), payload.runId),
);
