import { answerBenefitsQuestion } from "../../app/benefits/answer-benefits-question";
import { benefitsServicesFor } from "../../app/benefits/benefits-services";
import { describeEnrollments } from "../../app/benefits/describe-enrollments";
import { systemClock } from "../../app/clock";
import { loadEnv } from "../../config/env";
import { createIntentClassifier } from "../../conversation/create-classifier";
import { openDatabase } from "../../db/database";
import { createIdentityRepository } from "../../db/identity-repository";
import { DomainError } from "../../errors/domain-error";
import { createLogger } from "../../log/logger";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = 'aso ask --employee EMAIL "question"';

/**
 * `aso ask --employee EMAIL "question"` (docs/contracts.md §1): answers as the bot would in chat, as
 * JSON `{"answer","citations":[{"document","section","quote"}],"intent"}`. The intent comes from the
 * configured classifier (offline by default). `enrollment_status` is answered from the employee's
 * own enrollments; every other question goes through the benefits answer (the employee's own
 * client's documents, with citations; "not found" offers a person rather than guessing).
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
      const services = benefitsServicesFor(db, env);
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
        `${JSON.stringify({ answer: answer.answer, citations: answer.citations, intent: classification.intent })}\n`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
