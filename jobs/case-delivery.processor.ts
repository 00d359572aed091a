import { caseWorkerDeps } from "../src/app/cases/case-worker-deps";
import { createChannelNotifier } from "../src/app/cases/channel-notifier";
import { deliverCaseMessages } from "../src/app/cases/deliver-case-messages";
import { caseDeliveryJob } from "../src/queue/case-delivery.job";
import { defineJobProcessor } from "./job-deps";

/**
 * cases.deliver-messages: drains one case stream in sequence order. With channels configured it
 * delivers on them directly (in order); otherwise through the process's Notifier (tests, playground).
 * Transient channel errors are rethrown, so the job retries from the same message.
 */
export const caseDeliveryProcessor = defineJobProcessor(caseDeliveryJob, async (payload, ctx) => {
  const deps = caseWorkerDeps(ctx.deps);
  const notifier = ctx.deps.deliveries?.length
    ? createChannelNotifier({
        notifications: ctx.deps.services.notifications,
        deliveries: ctx.deps.deliveries,
        logger: ctx.deps.logger,
      })
    : ctx.deps.notifier;
  return deliverCaseMessages(
    { ...deps, notifier },
    { caseId: payload.caseId, stream: payload.stream },
    deps.caseDeliveryLeaseMs ? { leaseMs: deps.caseDeliveryLeaseMs } : {},
  );
});
