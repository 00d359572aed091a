import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AnswerBenefitsQuestionDeps } from "../../src/app/benefits/answer-benefits-question";
import type { EmployeeBenefits } from "../../src/app/benefits/benefits-facts";
import type { BenefitPlan, CoverageTier } from "../../src/core/benefits/plan";
import { fixedClock } from "../../src/core/clock";
import { ingestDirectory } from "../../src/knowledge/ingest";
import { KnowledgeRetriever } from "../../src/knowledge/knowledge-retriever";
import { memoryKnowledgeStore } from "../../src/knowledge/knowledge-store";

/**
 * The benefits answer's dependencies for one employee of client "acme" (employee id "e") enrolled in
 * `plan` at `tier`, with `files` (name → text) ingested as the client's documents; `otherPlans` are
 * the client's plans the employee is not enrolled in.
 */
export async function oneEmployeeBenefits(
  plan: BenefitPlan,
  tier: CoverageTier,
  files: Record<string, string>,
  otherPlans: readonly BenefitPlan[] = [],
): Promise<AnswerBenefitsQuestionDeps> {
  const dir = mkdtempSync(join(tmpdir(), "benefits-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const store = memoryKnowledgeStore();
  await ingestDirectory(store, "acme", dir);
  const benefits: EmployeeBenefits = {
    employeeId: "e",
    clientId: "acme",
    clientName: "Acme",
    payFrequency: "biweekly",
    plans: [plan, ...otherPlans],
    enrollments: [{ enrollmentId: "x", plan, tier, effectiveFrom: "2026-01-01", effectiveTo: null }],
  };
  return {
    facts: { employeeBenefits: async () => benefits },
    retriever: new KnowledgeRetriever(store),
    clock: fixedClock("2026-03-02T15:00:00Z"),
  };
}
