import type { CaseDeskDeps } from "./case-desk-deps";

/**
 * Re-enqueues whatever the database says is still pending: undelivered messages, unsent
 * notifications and SLA timers not yet fired. Run at worker start: it covers a crash between a
 * commit and its enqueue, and a queue that lost its jobs. Duplicates are harmless (business-key
 * jobIds, delivery cursors, once-only SLA marks).
 */
export async function resumeCaseWork(
  deps: CaseDeskDeps,
): Promise<{ deliveries: number; notifications: number; timers: number }> {
  const deliveries = await deps.cases.casesWithUndelivered();
  const notifications = await deps.cases.unsentNotificationIds();
  const timers = await deps.cases.pendingSlaTimers();
  await deps.jobs.enqueue({ deliveries, notifications, timers });
  return { deliveries: deliveries.length, notifications: notifications.length, timers: timers.length };
}
