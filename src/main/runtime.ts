import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { JobDeps } from "../../jobs/job-deps";
import { jobProcessors } from "../../jobs/registry";
import { createDirectDepositConversation } from "../app/banking/wiring";
import { clientAssistanceProgram } from "../app/benefits/assistance-program";
import { createBenefitsWiring } from "../app/benefits/wiring";
import { createCaseCommands } from "../app/cases/case-commands";
import { createCaseDesk } from "../app/cases/case-desk";
import { resumeCaseWork } from "../app/cases/resume-case-work";
import { createModelSummarizer } from "../app/cases/summarize-transcript";
import { createDepositConversation } from "../app/deposits/wiring";
import { assembleDialogs } from "../app/dialogs";
import { createDomainServices } from "../app/domain-services";
import { createFilingSummaryCommands } from "../app/filings/filing-summary-commands";
import { getMyW2, getMyW2Boxes } from "../app/filings/w2-forms";
import type { ChannelDelivery } from "../app/notifications/channel-delivery";
import { createQueueNotifier } from "../app/notifications/queue-notifier";
import { createPayRunCommands } from "../app/payroll/pay-run-commands";
import { createPaycheckQuestionDialog } from "../app/payroll/paycheck-question-dialog";
import { type PayRunWatchdog, startPayRunWatchdog } from "../app/payroll/resume-pay-run";
import { createTaxWithholdingDialog } from "../app/payroll/tax-withholding-dialog";
import { createWithholdingCommands } from "../app/payroll/withholding-commands";
import { createAddressChangeDialog } from "../app/personal/address-change-dialog";
import { createAddressCommands } from "../app/personal/address-commands";
import { createTimesheetConversation } from "../app/timesheets/wiring";
import type { ChannelHost, ChannelTuning } from "../channels/channel-module";
import { CHANNELS } from "../channels/index";
import type { Env } from "../config/env";
import type { CommandContext } from "../conversation/commands";
import { createIntentClassifier } from "../conversation/create-classifier";
import { createConversationDeps } from "../conversation/create-engine";
import { createChatModel } from "../conversation/llm/chat-model";
import type { Clock } from "../core/clock";
import { PrismaConversationStore } from "../db/conversation-repository";
import { type Database, openDatabase } from "../db/database";
import { createFeedbackRepository } from "../db/feedback-repository";
import { personalDetailsRepository } from "../db/personal-details-repository";
import { withholdingRepository } from "../db/withholding-repository";
import type { Embedder } from "../knowledge/embeddings";
import type { Logger } from "../log/logger";
import { createSmtpMailer } from "../mail/smtp-mailer";
import { registerDepositReminderScheduler } from "../queue/deposit-reminder.job";
import { createQueueRuntime, type StartWorkersOptions, type WorkerGroup } from "../queue/queue-runtime";
import { registerTimesheetReminderScheduler } from "../queue/timesheet-schedule-reminders.job";

/**
 * The composition root: every dependency of the product, built once per process from the validated
 * environment. `aso serve`, `aso worker`, the CLI commands and the end-to-end tests all start here, so
 * the same wiring runs everywhere.
 */
export type AppRuntime = ChannelHost & {
  /** Channels that deliver notifications; each channel adds itself when it is configured. */
  deliveries: ChannelDelivery[];
  jobDeps: JobDeps;
  /** Starts every registered job processor in this process. */
  startWorkers(options?: Omit<StartWorkersOptions<JobDeps>, "deps">): WorkerGroup;
  /**
   * What a process running workers does once at start: start the pay-run watchdog (re-enqueues what a
   * run still lacks, then checks every 15 s), register the repeatable timesheet-reminder scheduler, and
   * re-enqueue case work committed but never enqueued (a crash between the two).
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
  /** Channel client tuning (tests: no retries, no pacing). */
  channels?: ChannelTuning;
  /** Models instead of the ones LLM_PROVIDER names (tests: fake LangChain models). */
  models?: { chatModel?: BaseChatModel; embedder?: Embedder };
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
  // Every configured channel delivers notifications; workers need them as much as `aso serve` does.
  const deliveries: ChannelDelivery[] = CHANNELS.flatMap(
    (channel) => channel.delivery({ env, logger, db }, options.channels) ?? [],
  );
  // One chat model for the process (none by default): the LLM classifier and the case summaries share it;
  // summaries are model-written and checked against the transcript.
  const chatModel = options.models?.chatModel ?? createChatModel(env);
  const services = createDomainServices({
    db,
    queue,
    clock,
    logger,
    notifier,
    env,
    ...(options.models ? { models: options.models } : {}),
    ...(chatModel ? { summarizer: createModelSummarizer(chatModel) } : {}),
  });
  const { cases: caseDeskDeps, timesheets: timesheetDeps, payroll } = services;
  const caseDesk = createCaseDesk(caseDeskDeps);

  const timesheets = createTimesheetConversation(timesheetDeps);
  // No mail transport ships yet: a direct-deposit change is confirmed by an ASO specialist.
  // With an SMTP server, a direct-deposit change is verified by a one-time code sent by email;
  // without one, a specialist confirms it.
  const mailer =
    env.SMTP_URL && env.MAIL_FROM ? createSmtpMailer({ url: env.SMTP_URL, from: env.MAIL_FROM }) : undefined;
  const directDeposit = createDirectDepositConversation({
    env,
    db,
    clock,
    notifier,
    ...(mailer ? { mailer } : {}),
  });
  const benefits = createBenefitsWiring({ services: services.benefits, queue });

  // W-4 changes in chat: the form, the preview, the signature; client admins are told.
  const withholding = { payroll, certificates: withholdingRepository(db), notifier };
  // Home-address changes in chat: the form, what a move does to withholding, the confirm click; on a
  // move of state the payroll contacts are told and a low-priority case asks the ASO to check.
  const addresses = {
    payroll,
    details: personalDetailsRepository(db),
    payrollContacts: withholding.certificates.payrollContacts,
    notifier,
    openAsoCase: (ctx: CommandContext, request: { key: string; summary: string }) =>
      caseDesk.openCase({
        actor: ctx.actor,
        origin: "failed_answer",
        category: "tax",
        priority: "low",
        summary: request.summary,
        transcript: [],
        channel: ctx.channel,
        conversationKey: ctx.conversationKey,
        idempotencyKey: request.key,
      }),
  };

  const conversation = createConversationDeps({
    store: new PrismaConversationStore(db.prisma),
    clock,
    classifier: createIntentClassifier(env, logger, undefined, chatModel),
    caseDesk,
    // After a handoff, the person's messages go to their specialist until the case is closed.
    caseRelay: caseDesk,
    logger,
    feedback: createFeedbackRepository(db.prisma),
    dialogs: assembleDialogs({
      assistanceProgram: (clientId) =>
        clientAssistanceProgram(
          {
            knowledge: benefits.services.knowledge,
            clientSettings: async (id) =>
              (await db.prisma.clientEmployer.findUnique({ where: { id }, select: { settings: true } }))
                ?.settings,
          },
          clientId,
        ),
      domain: [
        ...timesheets.dialogs,
        createPaycheckQuestionDialog({
          payroll,
          planQuestions: benefits.dialogs.find((d) => d.intent === "benefits_question"),
          withholding,
          documents: {
            documents: services.documents,
            runs: payroll.runs,
            timesheets: services.timesheets.timesheets,
            pto: services.timesheets.pto,
            clock,
            w2: (actor, input) => getMyW2(payroll, actor, input),
            w2Boxes: (actor, input) => getMyW2Boxes(payroll, actor, input),
          },
        }),
        createTaxWithholdingDialog({ payroll, withholding }),
        createAddressChangeDialog(addresses),
        ...benefits.dialogs,
        ...directDeposit.dialogs,
      ],
    }),
    commands: [
      ...timesheets.commands,
      ...benefits.commandList,
      ...createWithholdingCommands(withholding),
      ...createAddressCommands(addresses),
      // The case buttons (claim, resolve, …) as typed commands, for every channel (playground included).
      ...createCaseCommands(caseDeskDeps),
      // The pay-run desk for client admins and ASO staff: approve, recalculate, leave out, void.
      ...createPayRunCommands({ ...payroll, queue }),
      // The deposit calendar and its "mark paid" form, for staff and client admins.
      ...createDepositConversation(services.deposits).commands,
      // A quarter's Form 941 figures for a client admin's own client.
      ...createFilingSummaryCommands(payroll).list,
      ...directDeposit.commands,
    ],
  });
  const jobDeps: JobDeps = { db, queue, clock, logger, notifier, deliveries, services };
  let watchdog: PayRunWatchdog | undefined;

  return {
    env,
    logger,
    clock,
    db,
    queue,
    services,
    notifier,
    deliveries,
    conversation,
    jobDeps,
    startWorkers(startOptions = {}) {
      return queue.startWorkers(jobProcessors, { deps: jobDeps, ...startOptions });
    },
    async resumeBackgroundWork() {
      // Pay runs the queue lost (Redis flushed, a crash between commit and enqueue) are re-enqueued
      // from the database now and on every watchdog check after.
      watchdog ??= startPayRunWatchdog({ ...payroll, queue }, { logger });
      await watchdog.tick();
      await registerTimesheetReminderScheduler(queue);
      await registerDepositReminderScheduler(queue);
      const resumed = await resumeCaseWork(caseDeskDeps);
      logger.info(resumed, "background work resumed");
    },
    async close() {
      watchdog?.stop();
      mailer?.close();
      await queue.close();
      if (!options.db) await db.close();
    },
  };
}
