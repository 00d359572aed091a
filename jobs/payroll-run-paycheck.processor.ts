import { calculatePaycheck } from "../src/app/payroll/calculate-paycheck";
import { payrollRunPaycheckJob } from "../src/queue/payroll-run-paycheck.job";
import { defineJobProcessor } from "./job-deps";

/**
 * Calculates and stores one paycheck (pay runs enqueued before chunked calculation; new runs use
 * `payroll.run-chunk`). Transient failures are retried, then rethrown for the queue to retry.
 */
export const payrollRunPaycheckProcessor = defineJobProcessor(payrollRunPaycheckJob, async (payload, ctx) => {
  const outcome = await calculatePaycheck(ctx.deps.services.payroll, payload, { signal: ctx.signal });
  return { outcome };
});
