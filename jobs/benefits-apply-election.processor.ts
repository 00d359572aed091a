import { applyBenefitsElection } from "../src/app/benefits/apply-benefits-election";
import { benefitsApplyElectionJob } from "../src/queue/benefits-apply-election.job";
import { defineJobProcessor } from "./job-deps";

/** Applies a confirmed benefits election (idempotent: the election's status guards it). */
export const benefitsApplyElectionProcessor = defineJobProcessor(
  benefitsApplyElectionJob,
  async (payload, ctx) => {
    const result = await applyBenefitsElection(payload.electionId, {
      repo: ctx.deps.services.benefits.repo,
      clock: ctx.deps.clock,
      notifier: ctx.deps.notifier,
    });
    await ctx.log(result.changed ? "election applied" : "election already applied");
    return result;
  },
);
