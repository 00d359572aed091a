import { caseWorkerDeps } from "../src/app/cases/case-worker-deps";
import { fireSlaTimer } from "../src/app/cases/fire-sla-timer";
import { caseSlaTimerJob } from "../src/queue/case-sla.job";
import { defineJobProcessor } from "./job-deps";

/** cases.sla-timer: 75% warning / breach escalation, exactly once per clock (database-guarded). */
export const caseSlaProcessor = defineJobProcessor(caseSlaTimerJob, async (payload, ctx) => {
  const outcome = await fireSlaTimer(caseWorkerDeps(ctx.deps), payload);
  await ctx.log(`sla ${payload.kind}: ${outcome}`);
  return { outcome };
});
