import { z } from "zod";
import { defineJob } from "./job-definition";

export const BenefitsApplyElectionPayloadSchema = z.object({ electionId: z.uuid() });
export type BenefitsApplyElectionPayload = z.infer<typeof BenefitsApplyElectionPayloadSchema>;

/**
 * After an employee confirmed a benefits change in chat and the election was stored: end the old
 * enrollment, start the new one, record its payroll detail and audit it. Exactly once per election,
 * guarded by the election's status (pending → applied) inside one transaction; the jobId only
 * dedupes while the job exists.
 */
export const benefitsApplyElectionJob = defineJob({
  name: "benefits.apply-election",
  version: 1,
  schema: BenefitsApplyElectionPayloadSchema,
  jobId: (p) => `benefits-election-${p.electionId}`,
  concurrency: 2,
});
