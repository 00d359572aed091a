import { beforeAll, describe, expect, it } from "vitest";
import { answerBenefitsQuestion } from "../../../../src/app/benefits/answer-benefits-question";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";
import { oneEmployeeBenefits } from "../../../support/benefits-deps";

const GUIDE = `# Bright Smile Dental PPO

## What the plan pays

| Service | In-network | Out-of-network |
|---|---|---|
| Preventive (cleanings, exams) | 100% | 80% |
| Basic (fillings, extractions) | 80% | 70% |
| Major (crowns, bridges, dentures) | 50% | 40% |

## Waiting periods

Preventive services are covered from your first day. Basic services have a 6-month waiting period and major services have a 12-month waiting period.
`;

const dental: BenefitPlan = {
  id: "D",
  code: "DENTAL",
  type: "dental",
  name: "Bright Smile Dental PPO",
  planYear: 2026,
  tiers: { employee: { employee: "6.00", employer: "9.00" } },
  documents: ["dental-guide.md"],
  rules: {},
};

let deps: Parameters<typeof answerBenefitsQuestion>[1];
beforeAll(async () => {
  deps = await oneEmployeeBenefits(dental, "employee", { "dental-guide.md": GUIDE });
});
const ask = (question: string) =>
  answerBenefitsQuestion({ employeeId: "e", clientId: "acme", question }, deps);

describe("a dental price asked by a new enrollee", () => {
  it("adds the waiting period sentence that names the service's class, cited", async () => {
    const answer = await ask(
      "I just started in August and need a crown, will the dental plan pay for it yet?",
    );
    expect(answer.answer).toContain("50%");
    expect(answer.answer).toContain("major services have a 12-month waiting period");
    expect(answer.citations.map((c) => c.section)).toContainEqual(expect.stringContaining("Waiting periods"));
  });

  it("leaves a plain price question alone", async () => {
    const answer = await ask("how much does the dental plan pay for a crown?");
    expect(answer.answer).not.toContain("waiting period");
  });
});
