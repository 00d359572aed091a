import { z } from "zod";
import { defineJob } from "./job-definition";

export const CaseSlaTimerPayloadSchema = z.object({
  clockId: z.uuid(),
  caseId: z.uuid(),
  /** warn: 75% of the target used; breach: the target is used up. */
  kind: z.enum(["warn", "breach"]),
  /** The planned instant (ISO); a clock re-planned after a pause gets a new job, the stale one does nothing. */
  at: z.iso.datetime(),
});
export type CaseSlaTimerPayload = z.infer<typeof CaseSlaTimerPayloadSchema>;

/**
 * A delayed SLA check: warns the owner at 75% and escalates to the leads at breach. Exactly once per
 * clock and kind, guarded by `CaseSlaClock.warnedAt/escalatedAt` (the jobId only dedupes while the job exists).
 */
export const caseSlaTimerJob = defineJob({
  name: "cases.sla-timer",
  version: 1,
  schema: CaseSlaTimerPayloadSchema,
  jobId: (p) => `case-sla-${p.clockId}-${p.kind}-${Date.parse(p.at)}`,
});
