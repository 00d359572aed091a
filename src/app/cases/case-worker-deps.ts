import { createCaseRepository } from "../../db/case-repository";
import type { Database } from "../../db/database";
import type { Logger } from "../../log/logger";
import type { QueueRuntime } from "../../queue/queue-runtime";
import type { Clock } from "../clock";
import type { MessageUpdater } from "../notifications/queue-notifier";
import type { Notifier } from "../notifier";
import { type CaseWorkerDeps, createQueueCaseJobs } from "./case-desk-deps";
import type { TranscriptSummarizer } from "./summarize-transcript";

/**
 * The case desk's dependencies built from the process's shared ones (the worker's JobDeps, or the
 * server's composition root).
 */
export function caseWorkerDeps(deps: {
  db: Pick<Database, "prisma">;
  queue: QueueRuntime;
  clock: Clock;
  logger?: Logger;
  /** The queue notifier also updates posted messages in place (MessageUpdater). */
  notifier: Notifier & Partial<MessageUpdater>;
  summarizer?: TranscriptSummarizer;
  caseDeliveryLeaseMs?: number;
}): CaseWorkerDeps {
  return {
    cases: createCaseRepository(deps.db.prisma),
    jobs: createQueueCaseJobs(deps.queue, deps.clock),
    clock: deps.clock,
    logger: deps.logger,
    notifier: deps.notifier,
    summarizer: deps.summarizer,
    caseDeliveryLeaseMs: deps.caseDeliveryLeaseMs,
  };
}
