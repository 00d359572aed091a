import { beforeAll, describe, expect, it } from "vitest";
import { answerBenefitsQuestion } from "../../../../src/app/benefits/answer-benefits-question";
import { coverageAnswer } from "../../../../src/app/benefits/coverage-answer";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";
import { readCoverageQuestion } from "../../../../src/knowledge/coverage/coverage-question";
import { extractCoverage } from "../../../../src/knowledge/coverage/extract-coverage";
import { splitDocument } from "../../../../src/knowledge/sections";
import { oneEmployeeBenefits } from "../../../support/benefits-deps";

// A plan page that prices the emergency room and says nothing of ambulances.
const PORTAL = `# Acme HSA 3000

## Covered services

| Service | In-network | Out-of-network |
|---|---|---|
| Emergency room | 10% after deductible | 10% after deductible |
| Primary care visit | 10% after deductible | 40% after deductible |`;
const SBC_BOX = [
  "Services Your Plan Generally Does NOT Cover (Check your policy for more information.): Cosmetic surgery; Weight loss programs",
  "Other Covered Services (Limitations may apply to these services.): Hearing aids (one per ear every 36 months); Refractive eye surgery (LASIK)",
].join("\n");

const HSA: BenefitPlan = {
  id: "HSA-3000",
  code: "HSA-3000",
  type: "medical",
  name: "Acme HSA 3000",
  planYear: 2026,
  tiers: { employee: { employee: "30.00", employer: "200.00" } },
  documents: ["hsa-portal.md", "hsa-sbc.txt"],
  rules: {},
};

let deps: Parameters<typeof answerBenefitsQuestion>[1];
beforeAll(async () => {
  deps = await oneEmployeeBenefits(HSA, "employee", { "hsa-portal.md": PORTAL, "hsa-sbc.txt": SBC_BOX });
});
const ask = (question: string) =>
  answerBenefitsQuestion({ employeeId: "e", clientId: "acme", question }, deps);

describe("a service the question names", () => {
  it("is not answered by a passage that never names it, however near its row", async () => {
    const answer = await ask("what do we pay for an ambulance on the hsa plan");
    expect(answer.found).toBe(false);
    expect(answer.answer).not.toContain("10% after deductible");
  });

  it("is not said to be covered because a listed service shares one of its words", () => {
    const documents = [
      {
        document: "hsa-sbc.txt",
        coverage: extractCoverage({
          format: "text",
          text: SBC_BOX,
          sections: splitDocument(SBC_BOX, "text", "hsa-sbc").sections,
        }),
      },
    ];
    const answer = (q: string) =>
      coverageAnswer({
        question: readCoverageQuestion(q),
        plan: HSA,
        tier: "employee",
        documents,
        spanish: false,
      })?.answer ?? "";
    expect(answer("is a routine hearing test covered")).not.toMatch(/^Yes/);
    expect(answer("are hearing aids covered")).toMatch(/^Yes/);
    // What the question sets aside is not what it asks about.
    expect(answer("is a hearing test covered for my daughter (not hearing aids, only the test)")).not.toMatch(
      /hearing aids/i,
    );
    // The other name in parentheses is the service's name too.
    expect(answer("does my medical plan cover lasik")).toMatch(/^Yes/);
  });

  it("is answered where the passage names it", async () => {
    const answer = await ask("what do we pay for the emergency room on the hsa plan");
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("10% after deductible");
  });
});

describe("a referral question", () => {
  const SBC = `# Acme HMO

## Important Questions

### Do you need a referral to see a specialist?

Yes. You need a written referral from your primary care doctor, except for OB/GYN visits.

## Office visits

| Service | In-network | Out-of-network |
|---|---|---|
| Specialist visit | $40 copay | Not covered |
`;
  const HMO: BenefitPlan = { ...HSA, id: "HMO", code: "HMO", name: "Acme HMO", documents: ["hmo.md"] };

  it("is answered by the plan's rule, not the specialist's price; a price asked too is the row's", async () => {
    const hmo = await oneEmployeeBenefits(HMO, "employee", { "hmo.md": SBC });
    const askHmo = (question: string) =>
      answerBenefitsQuestion({ employeeId: "e", clientId: "acme", question }, hmo);
    const rule = await askHmo("do i need a referal to see a cardiologist");
    expect(rule.answer).toContain("written referral");
    expect((await askHmo("do i need a referral for my obgyn")).answer).toContain("OB/GYN");
    expect((await askHmo("how much is a dermatologist, and do I need a referral?")).answer).toContain(
      "$40 copay",
    );
  });
});

describe("a referral asked about in a section that prices the visit", () => {
  it("is quoted with its rule, not only the price sentence beside it", async () => {
    const GLANCE = `# Acme HMO at a glance

## Primary care visit

You pay a $25 copay for each visit.

## Specialist visit

You pay a $50 copay for each visit. A referral from your PCP is required.

## Urgent care

You pay a $40 copay for each visit.
`;
    const HMO: BenefitPlan = { ...HSA, id: "HMO", code: "HMO", name: "Acme HMO", documents: ["glance.md"] };
    const hmo = await oneEmployeeBenefits(HMO, "employee", { "glance.md": GLANCE });
    const answer = await answerBenefitsQuestion(
      { employeeId: "e", clientId: "acme", question: "do I need a referral for the dermatologist" },
      hmo,
    );
    expect(answer.answer).toContain("A referral from your PCP is required.");
  });
});

describe("a kind of therapy", () => {
  it("is not answered by a row that names only another kind", async () => {
    const page = `# Acme HSA 3000

## Covered services

| Service | In-network | Out-of-network |
|---|---|---|
| Physical therapy (limit 30 visits per year) | 10% after deductible | 40% after deductible |
`;
    const deps = await oneEmployeeBenefits({ ...HSA, documents: ["page.md"] }, "employee", {
      "page.md": page,
    });
    const ask = (question: string) =>
      answerBenefitsQuestion({ employeeId: "e", clientId: "acme", question }, deps);
    expect((await ask("is speech therapy covered on the hsa plan")).answer).not.toContain(
      "10% after deductible",
    );
    expect((await ask("is physical therapy covered")).answer).toContain("10% after deductible");
  });
});
