import type { JobDeps } from "../../jobs/job-deps";
import { jobProcessors } from "../../jobs/registry";
import type { Env } from "../config/env";
import { CommandRegistry } from "../conversation/commands";
import { createIntentClassifier } from "../conversation/create-classifier";
import { DialogRegistry } from "../conversation/dialog-registry";
import { builtInDialogs } from "../conversation/dialogs";
import type { ConversationDeps } from "../conversation/engine";
import { createCaseRepository } from "../db/case-repository";
import { PrismaConversationStore } from "../db/conversation-repository";
import { type Database, openDatabase } from "../db/database";
import { createIdentityRepository, type IdentityRepository } from "../db/identity-repository";
import type { Logger } from "../log/logger";
import {
  createQueueRuntime,
  type QueueRuntime,
  type StartWorkersOptions,
  type WorkerGroup,
} from "../queue/queue-runtime";
import { createCaseDesk } from "./cases/case-desk";
import { createQueueCaseJobs } from "./cases/case-desk-deps";
import type { Clock } from "./clock";
import type { ChannelDelivery } from "./notifications/channel-delivery";
import { createQueueNotifier, type MessageUpdater } from "./notifications/queue-notifier";
import type { Notifier } from "./notifier";

/**
 * The composition root: every dependency of the product, built once per process from the validated
 * environment. `aso serve`, `aso worker`, the CLI commands and the end-to-end tests all start here, so
 * the same wiring runs everywhere.
 */
export type AppRuntime = {
  env: Env;
  logger: Logger;
  clock: Clock;
  db: Database;
  queue: QueueRuntime;
  identities: IdentityRepository;
  notifier: Notifier & MessageUpdater;
  /** Channels that deliver notifications; each channel adds itself when it is configured. */
  deliveries: ChannelDelivery[];
  conversation: ConversationDeps;
  jobDeps: JobDeps;
  /** Starts every registered job processor in this process. */
  startWorkers(options?: Omit<StartWorkersOptions<JobDeps>, "deps">): WorkerGroup;
  /** Graceful shutdown: workers finish their active jobs, then queue and database close. */
  close(): Promise<void>;
};

export type RuntimeOptions = {
  logger: Logger;
  clock: Clock;
  /** An already open database (tests); otherwise opened from the environment. */
  db?: Database;
  /** Queue name prefix (tests isolate their queues with it). */
  queuePrefix?: string;
};

export async function createAppRuntime(env: Env, options: RuntimeOptions): Promise<AppRuntime> {
  const { logger, clock } = options;
  const db = options.db ?? (await openDatabase(env));
  const queue = await createQueueRuntime({
    env,
    db,
    logger,
    ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}),
  });
  const notifier = createQueueNotifier(queue);
  const deliveries: ChannelDelivery[] = [];
  const caseDeskDeps = {
    cases: createCaseRepository(db.prisma),
    jobs: createQueueCaseJobs(queue, clock),
    clock,
    logger,
  };

  const conversation: ConversationDeps = {
    store: new PrismaConversationStore(db.prisma),
    clock,
    classifier: createIntentClassifier(env, logger),
    dialogs: new DialogRegistry([...builtInDialogs]),
    commands: new CommandRegistry([]),
    caseDesk: createCaseDesk(caseDeskDeps),
    logger,
  };
  const jobDeps: JobDeps = { db, queue, clock, logger, notifier, deliveries };
  let workers: WorkerGroup | undefined;

  return {
    env,
    logger,
    clock,
    db,
    queue,
    identities: createIdentityRepository(db.prisma),
    notifier,
    deliveries,
    conversation,
    jobDeps,
    startWorkers(startOptions = {}) {
      workers = queue.startWorkers(jobProcessors, { deps: jobDeps, ...startOptions });
      return workers;
    },
    async close() {
      await queue.close();
      if (!options.db) await db.close();
    },
  };
}
