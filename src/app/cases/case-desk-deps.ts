import type { Clock } from "../../core/clock";
import type { CaseRepository, DeliveryStream, SlaTimer } from "../../db/case-repository";
import type { Logger } from "../../log/logger";
import { caseDeliveryJob } from "../../queue/case-delivery.job";
import { caseNotificationJob } from "../../queue/case-notification.job";
import { caseSlaTimerJob } from "../../queue/case-sla.job";
import type { QueueRuntime } from "../../queue/queue-runtime";
import type { MessageUpdater } from "../notifications/queue-notifier";
import type { Notifier } from "../notifier";
import type { TranscriptSummarizer } from "./summarize-transcript";

/** Work a committed transaction leaves for the job queue. */
export type AfterCommit = {
  notifications: string[];
  deliveries: { caseId: string; stream: DeliveryStream; sequence: number }[];
  timers: SlaTimer[];
};

export function emptyAfterCommit(): AfterCommit {
  return { notifications: [], deliveries: [], timers: [] };
}

/** The job-queue port of the case desk: enqueue what a committed transaction produced. */
export type CaseJobs = { enqueue(work: AfterCommit): Promise<void> };

/**
 * Enqueues case work on the BullMQ runtime: notification and delivery jobs now, SLA timers delayed
 * until their instant (by `clock`; a timer already due runs at once).
 */
export function createQueueCaseJobs(runtime: QueueRuntime, clock: Clock): CaseJobs {
  return {
    async enqueue(work) {
      for (const notificationId of work.notifications)
        await caseNotificationJob.enqueue(runtime, { notificationId });
      for (const d of work.deliveries) await caseDeliveryJob.enqueue(runtime, d);
      for (const t of work.timers) {
        const delay = Math.max(0, t.at.getTime() - clock.now().getTime());
        await caseSlaTimerJob.enqueue(
          runtime,
          { clockId: t.clockId, caseId: t.caseId, kind: t.kind, at: t.at.toISOString() },
          { delay },
        );
      }
    },
  };
}

/** What the case use cases need. */
export type CaseDeskDeps = {
  cases: CaseRepository;
  jobs: CaseJobs;
  clock: Clock;
  /** Optional model-written summaries (LLM_PROVIDER set); otherwise the extractive summary is used. */
  summarizer?: TranscriptSummarizer | undefined;
  logger?: Logger | undefined;
};

/**
 * What the case processors need (jobs/case*.processor.ts). `update` (the queue notifier's
 * MessageUpdater) replaces posted case cards in place; without it a new card is posted.
 */
export type CaseWorkerDeps = CaseDeskDeps & {
  notifier: Notifier & Partial<MessageUpdater>;
  /** Delivery lease length (default 30 s); tests shorten it to see a dead worker's lease expire. */
  caseDeliveryLeaseMs?: number | undefined;
};
