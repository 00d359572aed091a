import type { z } from "zod";
import type { DomainServices } from "../src/app/domain-services";
import type { ChannelDelivery } from "../src/app/notifications/channel-delivery";
import type { Notifier } from "../src/app/notifier";
import type { Clock } from "../src/core/clock";
import type { Database } from "../src/db/database";
import type { Logger } from "../src/log/logger";
import {
  defineProcessor,
  type JobDefinition,
  type JobProcessor,
  type RegisteredProcessor,
} from "../src/queue/job-definition";
import type { QueueRuntime } from "../src/queue/queue-runtime";

/** What every processor gets as `ctx.deps`. */
export type JobDeps = {
  db: Database;
  /** To enqueue follow-up jobs (after your transaction commits). */
  queue: QueueRuntime;
  clock: Clock;
  logger: Logger;
  notifier: Notifier;
  /** The channels notifications are delivered on (Slack, Teams, playground), for `notify.*` jobs. */
  deliveries: readonly ChannelDelivery[];
  /** The process's domain services: processors call use cases with these and build nothing. */
  services: DomainServices;
};

/**
 * `defineProcessor` with the app's deps filled in, so a processor file needs no type annotations:
 *
 * ```ts
 * export const runPaycheckProcessor = defineJobProcessor(runPaycheckJob, async (payload, ctx) => {
 *   ...ctx.deps.db...
 * });
 * ```
 */
export function defineJobProcessor<S extends z.ZodType, R>(
  definition: JobDefinition<S>,
  process: JobProcessor<z.output<S>, R, JobDeps>,
): RegisteredProcessor<JobDeps> {
  return defineProcessor(definition, process);
}
