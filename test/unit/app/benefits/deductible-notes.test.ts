import { beforeAll, describe, expect, it } from "vitest";
import { answerBenefitsQuestion } from "../../../../src/app/benefits/answer-benefits-question";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";
import { oneEmployeeBenefits } from "../../../support/benefits-deps";

const SUMMARY = `# Saver HDHP 3000 - Summary

## Deductible

| | In-network | Out-of-network |
|---|---|---|
| Deductible - individual | $3,000 | $6,000 |
| Deductible - family | $6,000 | $12,000 |

When you cover dependents, the deductible is non-embedded: the full family deductible must be met before the plan pays for any member.

## Prescription drugs

| Drug tier | In-network | Out-of-network |
|---|---|---|
| Generic drugs | 20% after deductible | Not covered |
| Preferred brand drugs | 30% after deductible | Not covered |

Generic drugs on the Preventive Drug List (blood pressure, cholesterol and diabetes medicines) cost $5 per fill; the deductible does not apply to them.
`;

const hdhp: BenefitPlan = {
  id: "H",
  code: "HDHP",
  type: "medical",
  name: "Saver HDHP 3000",
  planYear: 2026,
  tiers: { family: { employee: "120.00", employer: "400.00" } },
  deductible: { individual: "3000", family: "6000" },
  documents: ["hdhp-summary.md"],
  rules: {},
};

let deps: Parameters<typeof answerBenefitsQuestion>[1];
beforeAll(async () => {
  deps = await oneEmployeeBenefits(hdhp, "family", { "hdhp-summary.md": SUMMARY });
});
const ask = (question: string) =>
  answerBenefitsQuestion({ employeeId: "e", clientId: "acme", question }, deps);

describe("deductible questions the amounts do not answer", () => {
  it("leads with how a family meets the deductible when asked whose it is", async () => {
    const answer = await ask(
      "does my husband have his own deductible or do we have to hit the whole family one?",
    );
    expect(answer.answer).toMatch(/^When you cover dependents, the deductible is non-embedded/);
    expect(answer.citations[0]).toMatchObject({ document: "hdhp-summary.md", section: "Deductible" });
    expect(answer.answer).toContain("$6,000");
  });

  it("reads the same question in Spanish", async () => {
    const answer = await ask("el deducible es por persona o para toda la familia?");
    expect(answer.answer).toContain("When you cover dependents, the deductible is non-embedded");
    expect(answer.citations[0]).toMatchObject({ document: "hdhp-summary.md", section: "Deductible" });
  });

  it("leads with the preventive drug list when asked about medicines before the deductible", async () => {
    const answer = await ask("do I pay full price for my blood pressure pills until I hit my deductible?");
    expect(answer.answer).toMatch(/^Generic drugs on the Preventive Drug List/);
    expect(answer.answer).toContain("$5 per fill");
    expect(answer.citations[0]?.section).toBe("Prescription drugs");
  });

  it.each([
    "what's our family deductible?",
    "what does a preferred brand drug cost once I've hit my deductible?",
    "how much is taken out of my paycheck for the high deductible plan",
  ])("%s: no note", async (question) => {
    const answer = await ask(question);
    expect(answer.answer).not.toContain("non-embedded");
    expect(answer.answer).not.toContain("Preventive Drug List");
  });
});
