import type { MessageUpdater } from "../notifications/queue-notifier";
import type { Notifier } from "../notifier";
import type { CaseDeskDeps, CaseWorkerDeps } from "./case-desk-deps";

/**
 * What the case processors work with: the process's case bundle (built once by the composition root)
 * with the worker's notifier and, in tests, a shorter delivery lease.
 */
export function caseWorkerDeps(deps: {
  services: { cases: CaseDeskDeps };
  /** The queue notifier also updates posted messages in place (MessageUpdater). */
  notifier: Notifier & Partial<MessageUpdater>;
  caseDeliveryLeaseMs?: number;
}): CaseWorkerDeps {
  return {
    ...deps.services.cases,
    notifier: deps.notifier,
    caseDeliveryLeaseMs: deps.caseDeliveryLeaseMs,
  };
}
