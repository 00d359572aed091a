import { beforeAll, describe, expect, it } from "vitest";
import { answerBenefitsQuestion } from "../../../../src/app/benefits/answer-benefits-question";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";
import { oneEmployeeBenefits } from "../../../support/benefits-deps";

// A plan page that prices the emergency room and says nothing of ambulances.
const PORTAL = `# Acme HSA 3000

## Covered services

| Service | In-network | Out-of-network |
|---|---|---|
| Emergency room | 10% after deductible | 10% after deductible |
| Primary care visit | 10% after deductible | 40% after deductible |
`;

const HSA: BenefitPlan = {
  id: "HSA-3000",
  code: "HSA-3000",
  type: "medical",
  name: "Acme HSA 3000",
  planYear: 2026,
  tiers: { employee: { employee: "30.00", employer: "200.00" } },
  documents: ["hsa-portal.md"],
  rules: {},
};

let deps: Parameters<typeof answerBenefitsQuestion>[1];
beforeAll(async () => {
  deps = await oneEmployeeBenefits(HSA, "employee", { "hsa-portal.md": PORTAL });
});
const ask = (question: string) =>
  answerBenefitsQuestion({ employeeId: "e", clientId: "acme", question }, deps);

describe("a service the question names", () => {
  it("is not answered by a passage that never names it, however near its row", async () => {
    const answer = await ask("what do we pay for an ambulance on the hsa plan");
    expect(answer.found).toBe(false);
    expect(answer.answer).not.toContain("10% after deductible");
  });

  it("is answered where the passage names it", async () => {
    const answer = await ask("what do we pay for the emergency room on the hsa plan");
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("10% after deductible");
  });
});
