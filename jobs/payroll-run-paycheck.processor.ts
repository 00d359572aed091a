import { calculatePaycheck } from "../src/app/payroll/calculate-paycheck";
import { payrollDepsFor } from "../src/app/payroll/payroll-deps";
import { payrollRunPaycheckJob } from "../src/queue/payroll-run-paycheck.job";
import { defineJobProcessor } from "./job-deps";

/**
 * Calculates and stores one paycheck. Transient failures are rethrown (BullMQ retries); on the last
 * attempt the failure is stored as an error paycheck so the run can still finish with it listed.
 */
export const payrollRunPaycheckProcessor = defineJobProcessor(payrollRunPaycheckJob, async (payload, ctx) => {
  const finalAttempt = ctx.job.attemptsMade + 1 >= ctx.job.attempts;
  const outcome = await calculatePaycheck(payrollDepsFor(ctx.deps), payload, { finalAttempt });
  return { outcome };
});
