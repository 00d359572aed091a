import { caseWorkerDeps } from "../src/app/cases/case-worker-deps";
import { sendCaseNotification } from "../src/app/cases/send-case-notification";
import { caseNotificationJob } from "../src/queue/case-notification.job";
import { defineJobProcessor } from "./job-deps";

/** cases.send-notification: sends one outbox row through the Notifier, once. */
export const caseNotificationProcessor = defineJobProcessor(caseNotificationJob, async (payload, ctx) =>
  sendCaseNotification(caseWorkerDeps(ctx.deps), payload),
);
