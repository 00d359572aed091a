import type { JobDeps } from "../../jobs/job-deps";
import { jobProcessors } from "../../jobs/registry";
import { createPlaygroundDelivery } from "../channels/playground/playground-delivery";
import { playgroundEnabled, playgroundHub } from "../channels/playground/playground-hub";
import { type SlackTuning, slackDeliveryFromEnv } from "../channels/slack/slack-channel";
import { teamsConfigured } from "../channels/teams/teams-adapter";
import { createTeamsDeliveryFor } from "../channels/teams/teams-channel";
import type { Env } from "../config/env";
import { createIntentClassifier } from "../conversation/create-classifier";
import { createConversationDeps } from "../conversation/create-engine";
import { createPaycheckQuestionDialog } from "../conversation/dialogs/paycheck-question";
import type { ConversationDeps } from "../conversation/engine";
import { createChatModel } from "../conversation/llm/chat-model";
import { createCaseRepository } from "../db/case-repository";
import { PrismaConversationStore } from "../db/conversation-repository";
import { type Database, openDatabase } from "../db/database";
import { createIdentityRepository, type IdentityRepository } from "../db/identity-repository";
import { createPlaygroundRepository } from "../db/playground-repository";
import type { Logger } from "../log/logger";
import {
  createQueueRuntime,
  type QueueRuntime,
  type StartWorkersOptions,
  type WorkerGroup,
} from "../queue/queue-runtime";
import { registerTimesheetReminderScheduler } from "../queue/timesheet-schedule-reminders.job";
import { createBenefitsWiring } from "./benefits/wiring";
import { createCaseCommands } from "./cases/case-commands";
import { createCaseDesk } from "./cases/case-desk";
import { type CaseDeskDeps, createQueueCaseJobs } from "./cases/case-desk-deps";
import { resumeCaseWork } from "./cases/resume-case-work";
import { createModelSummarizer } from "./cases/summarize-transcript";
import type { Clock } from "./clock";
import type { ChannelDelivery } from "./notifications/channel-delivery";
import { createQueueNotifier, type MessageUpdater } from "./notifications/queue-notifier";
import type { Notifier } from "./notifier";
import { payrollDepsFor } from "./payroll/payroll-deps";
import { createTimesheetConversation, createTimesheetDeps } from "./timesheets/wiring";

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
  /**
   * What a process running workers does once at start: register the repeatable timesheet-reminder
   * scheduler, and re-enqueue case work committed but never enqueued (a crash between the two).
   */
  resumeBackgroundWork(): Promise<void>;
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
  /** Slack client tuning (tests: no retries, no pacing). */
  slack?: SlackTuning;
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
  // Slack delivers notifications when configured; workers need it as much as `aso serve` does.
  const slackDelivery = slackDeliveryFromEnv(env, { db, logger }, options.slack);
  if (slackDelivery) deliveries.push(slackDelivery);
  // Teams too (proactive messages through stored conversation references).
  if (teamsConfigured(env)) deliveries.push(createTeamsDeliveryFor({ env, logger, db }));
  // The playground's chat (embedded default, or PLAYGROUND_ENABLED in production).
  if (playgroundEnabled(env)) {
    deliveries.push(createPlaygroundDelivery(createPlaygroundRepository(db.prisma), playgroundHub));
  }
  // One chat model for the process (none by default): the LLM classifier and the case summaries share it;
  // summaries are model-written and checked against the transcript.
  const chatModel = createChatModel(env);
  const caseDeskDeps: CaseDeskDeps = {
    cases: createCaseRepository(db.prisma),
    jobs: createQueueCaseJobs(queue, clock),
    clock,
    logger,
    ...(chatModel ? { summarizer: createModelSummarizer(chatModel) } : {}),
  };
  const caseDesk = createCaseDesk(caseDeskDeps);

  const timesheets = createTimesheetConversation(createTimesheetDeps({ db, queue, clock, notifier }));
  const benefits = createBenefitsWiring({ db, env, queue });

  const conversation = createConversationDeps({
    store: new PrismaConversationStore(db.prisma),
    clock,
    classifier: createIntentClassifier(env, logger, undefined, chatModel),
    caseDesk,
    // After a handoff, the person's messages go to their specialist until the case is closed.
    caseRelay: caseDesk,
    logger,
    dialogs: [
      ...timesheets.dialogs,
      createPaycheckQuestionDialog({ payroll: payrollDepsFor({ db, clock }) }),
      ...benefits.dialogs,
    ],
    commands: [
      ...timesheets.commands,
      ...benefits.commandList,
      // The case buttons (claim, resolve, …) as typed commands, for every channel (playground included).
      ...createCaseCommands(caseDeskDeps),
    ],
  });
  const jobDeps: JobDeps = { db, queue, clock, logger, notifier, deliveries };

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
      return queue.startWorkers(jobProcessors, { deps: jobDeps, ...startOptions });
    },
    async resumeBackgroundWork() {
      await registerTimesheetReminderScheduler(queue);
      const resumed = await resumeCaseWork(caseDeskDeps);
      logger.info(resumed, "background work resumed");
    },
    async close() {
      await queue.close();
      if (!options.db) await db.close();
    },
  };
}
