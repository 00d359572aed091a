import { z } from "zod";
import { defineJob } from "./job-definition";

export const CaseNotificationPayloadSchema = z.object({ notificationId: z.uuid() });
export type CaseNotificationPayload = z.infer<typeof CaseNotificationPayloadSchema>;

/** Sends one notification from the case desk's outbox (new case, claim, SLA warning, escalation, survey). */
export const caseNotificationJob = defineJob({
  name: "cases.send-notification",
  version: 1,
  schema: CaseNotificationPayloadSchema,
  jobId: (p) => `case-notify-${p.notificationId}`,
});
