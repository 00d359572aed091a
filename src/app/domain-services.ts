import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Clock } from "../core/clock";
import { createCaseRepository } from "../db/case-repository";
import type { Database } from "../db/database";
import { createDocumentRepository, type DocumentRepository } from "../db/document-repository";
import { createIdentityRepository, type IdentityRepository } from "../db/identity-repository";
import { createNotificationRepository, type NotificationRepository } from "../db/notification-repository";
import type { Embedder } from "../knowledge/embeddings";
import type { Logger } from "../log/logger";
import type { QueueRuntime } from "../queue/queue-runtime";
import {
  type BenefitsEnv,
  type BenefitsServices,
  createBenefitsServices,
} from "./benefits/benefits-services";
import { type CaseDeskDeps, createQueueCaseJobs } from "./cases/case-desk-deps";
import type { TranscriptSummarizer } from "./cases/summarize-transcript";
import { createDepositDeps, type DepositDeps } from "./deposits/deposit-deps";
import type { Notifier } from "./notifier";
import { createPayrollDeps, type PayrollDeps } from "./payroll/payroll-deps";
import type { TimesheetDeps } from "./timesheets/deps";
import { createTimesheetDeps } from "./timesheets/wiring";

/**
 * The domain services channels and job processors work through, built once per process by the
 * composition root (`src/main/runtime.ts`). Channels translate and render, processors unpack a
 * payload and call a use case; neither builds repositories or services itself.
 */
export type DomainServices = {
  cases: CaseDeskDeps;
  timesheets: TimesheetDeps;
  payroll: PayrollDeps;
  deposits: DepositDeps;
  benefits: BenefitsServices;
  identities: IdentityRepository;
  notifications: NotificationRepository;
  /** Documents rendered for employees (pay stubs, letters), fetched by the channel that delivers them. */
  documents: DocumentRepository;
};

/** Builds the domain services of a process from its ports; called once per process. */
export function createDomainServices(ports: {
  db: Database;
  queue: QueueRuntime;
  clock: Clock;
  logger: Logger;
  notifier: Notifier;
  /** Which models LLM_PROVIDER names (none by default). */
  env: BenefitsEnv;
  /** Models instead of the ones LLM_PROVIDER names (tests: fake models). */
  models?: { chatModel?: BaseChatModel; embedder?: Embedder };
  summarizer?: TranscriptSummarizer;
  /** The paycheck engine instead of the payroll core's (tests: a slowed engine). */
  computePaycheck?: PayrollDeps["computePaycheck"];
}): DomainServices {
  const { db, queue, clock, logger, notifier } = ports;
  // One payroll bundle for the process: the deposit calendar and every payroll job share its paycheck
  // writer and run contexts.
  const payroll = createPayrollDeps(db, {
    clock,
    ...(ports.computePaycheck ? { computePaycheck: ports.computePaycheck } : {}),
  });
  return {
    cases: {
      cases: createCaseRepository(db.prisma),
      jobs: createQueueCaseJobs(queue, clock),
      clock,
      logger,
      ...(ports.summarizer ? { summarizer: ports.summarizer } : {}),
    },
    timesheets: createTimesheetDeps({ db, queue, clock, notifier }),
    payroll,
    deposits: createDepositDeps(db, { clock, payroll }),
    benefits: createBenefitsServices(db, ports.env, ports.models),
    identities: createIdentityRepository(db.prisma),
    notifications: createNotificationRepository(db.prisma),
    documents: createDocumentRepository(db.prisma),
  };
}
