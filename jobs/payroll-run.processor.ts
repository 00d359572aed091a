import { finishCalculation } from "../src/app/payroll/finish-calculation";
import { resumeCalculation } from "../src/app/payroll/resume-pay-run";
import { payrollRunJob } from "../src/queue/payroll-run.job";
import { defineJobProcessor } from "./job-deps";

/** The round a parent's `attempt` names (`r<n>`; none for the first round, 0). */
function roundOf(attempt: string | undefined): number | undefined {
  if (attempt === undefined) return 0;
  const m = /^r(\d+)$/.exec(attempt);
  return m ? Number(m[1]) : undefined;
}

/**
 * Runs once every chunk of its round is done: closes the run when every employee has a paycheck;
 * otherwise (a chunk failed for good) starts the next round for the employees still missing, unless a
 * newer round already exists. Idempotent.
 */
export const payrollRunProcessor = defineJobProcessor(payrollRunJob, async (payload, ctx) => {
  const deps = ctx.deps.services.payroll;
  const summary = await finishCalculation(deps, payload.runId);
  if (summary.status !== "calculating" || summary.missing === 0) return summary;
  const round = roundOf(payload.attempt);
  const resumed = await resumeCalculation({ ...deps, queue: ctx.deps.queue }, payload.runId, {
    force: true,
    ...(round !== undefined ? { afterRound: round } : {}),
  });
  return { ...summary, resumed };
});
