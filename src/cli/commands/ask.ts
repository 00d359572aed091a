import { randomUUID } from "node:crypto";
import { answerBenefitsQuestion } from "../../app/benefits/answer-benefits-question";
import { createBenefitsServices } from "../../app/benefits/benefits-services";
import { describeEnrollments } from "../../app/benefits/describe-enrollments";
import { systemClock } from "../../app/clock";
import { employeeActor } from "../../app/identity/resolve-actor";
import { type Env, loadEnv } from "../../config/env";
import { createIntentClassifier } from "../../conversation/create-classifier";
import { handleTurn } from "../../conversation/engine";
import { contractIntent } from "../../conversation/intents";
import { type Citation, plainText, type Reply } from "../../conversation/reply";
import type { Actor } from "../../core/policy/actor";
import { type Database, openDatabase } from "../../db/database";
import { createIdentityRepository } from "../../db/identity-repository";
import { DomainError } from "../../errors/domain-error";
import { createLogger, type Logger } from "../../log/logger";
import { createAppRuntime } from "../../main/runtime";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = 'aso ask --employee EMAIL "question"';

/** Intents whose dialogs only read the person's own records, answered as in chat. */
const OWN_RECORDS = new Set<string>([
  "pto_balance",
  "paycheck_question",
  "timesheet_status",
  "pending_approvals",
]);

/** One turn of the chat's engine as the employee, in a conversation of its own (no state carried over). */
async function ownRecordsTurn(
  env: Env,
  db: Database,
  logger: Logger,
  actor: Actor,
  question: string,
): Promise<Reply[]> {
  const runtime = await createAppRuntime(env, { logger, clock: systemClock, db });
  try {
    return await handleTurn(runtime.conversation, {
      actor,
      channel: "cli",
      conversationKey: `cli:ask:${randomUUID()}`,
      input: { kind: "text", text: question },
    });
  } finally {
    await runtime.close();
  }
}

function citationsOf(replies: readonly Reply[]): Citation[] {
  return replies.flatMap((r) => r.blocks).flatMap((b) => (b.kind === "citations" ? b.citations : []));
}

/**
 * `aso ask --employee EMAIL "question"` (docs/contracts.md §1): answers as the bot would in chat, as
 * JSON `{"answer","citations":[{"document","section","quote"}],"intent"}`. The intent comes from the
 * configured classifier (offline by default). `enrollment_status` is answered from the employee's
 * own enrollments; questions about the person's own records (PTO balance, pay, timesheets, approvals
 * waiting) by the chat's own dialogs, in one turn of the conversation engine; every other question
 * goes through the benefits answer (the employee's own client's documents, with citations; "not
 * found" offers a person rather than guessing). Nothing here opens a case or changes a record.
 */
export const askCommand: CliCommand = {
  summary: "answer an employee's question as the bot would (JSON)",
  usage,
  async run(io) {
    const { values, positionals } = parseCommandArgs(io.args, { employee: { type: "string" } }, usage, true);
    const email = requireOption(values.employee, "--employee", usage);
    const question = positionals.join(" ").trim();
    if (question === "") throw new DomainError("cli.usage", `missing the question\nusage: ${usage}`);
    if (question.length > 2000)
      throw new DomainError("input.invalid", "question: longer than 2000 characters");
    const env = loadEnv(io.env);
    const db = await openDatabase(env);
    try {
      const employee = await createIdentityRepository(db.prisma).employeeByEmail(email);
      if (!employee)
        throw new DomainError("auth.unknown_user", `--employee: no employee with email ${email}`);
      const timezone = employee.timezone ?? employee.client.timezone;
      const logger = createLogger(env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL);
      const classification = await createIntentClassifier(env, logger).classify(question, {
        timezone,
        now: systemClock.now(),
      });
      const actor = employeeActor(employee);
      if (actor && OWN_RECORDS.has(classification.intent)) {
        const replies = await ownRecordsTurn(env, db, logger, actor, question);
        io.stdout.write(
          `${JSON.stringify({ answer: plainText(replies), citations: citationsOf(replies), ...contractIntent(classification.intent) })}\n`,
        );
        return 0;
      }
      const services = createBenefitsServices(db, env);
      const deps = {
        facts: services.repo,
        retriever: services.retriever,
        clock: systemClock,
        chatModel: services.chatModel,
      };
      const answer =
        classification.intent === "enrollment_status"
          ? await describeEnrollments({ employeeId: employee.id, timezone }, deps)
          : await answerBenefitsQuestion(
              {
                employeeId: employee.id,
                clientId: employee.clientId,
                question,
                planType: classification.slots.planType,
                timezone,
              },
              deps,
            );
      io.stdout.write(
        `${JSON.stringify({ answer: answer.answer, citations: answer.citations, ...contractIntent(classification.intent) })}\n`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
