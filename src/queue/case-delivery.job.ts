import { z } from "zod";
import { defineJob } from "./job-definition";

export const CaseDeliveryPayloadSchema = z.object({
  caseId: z.uuid(),
  /** employee: specialist → employee chat; staff: employee → specialists' case thread. */
  stream: z.enum(["employee", "staff"]),
  /** The message that triggered this job; the job delivers everything pending up to the newest, in order. */
  sequence: z.number().int().positive(),
});
export type CaseDeliveryPayload = z.infer<typeof CaseDeliveryPayloadSchema>;

/**
 * Delivers a case's relayed messages through the Notifier in sequence order. One job per stored
 * message (business key: case, stream, sequence); each run drains the stream from its cursor, so a
 * lost or duplicated job loses or repeats nothing.
 */
export const caseDeliveryJob = defineJob({
  name: "cases.deliver-messages",
  version: 1,
  schema: CaseDeliveryPayloadSchema,
  jobId: (p) => `case-deliver-${p.caseId}-${p.stream}-${p.sequence}`,
  concurrency: 5,
  // A job that finds another worker delivering the stream retries: a fixed 3 s for up to a minute,
  // longer than a dead worker's delivery lease (30 s).
  defaults: { attempts: 20, backoff: { type: "fixed", delay: 3_000 } },
});
