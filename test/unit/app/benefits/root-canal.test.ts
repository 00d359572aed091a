import { beforeAll, describe, expect, it } from "vitest";
import { answerBenefitsQuestion } from "../../../../src/app/benefits/answer-benefits-question";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";
import { oneEmployeeBenefits } from "../../../support/benefits-deps";

// A root canal is priced by its own line in a fee schedule, and by the class that lists it in a
// class-based plan: basic here, though many plans call it major.
const FEE_SCHEDULE = `# Acme Dental DHMO - Fee Schedule

## Fee schedule

| Procedure | Your copay |
|---|---|
| Crown, porcelain fused to metal | $395 |
| Root canal, front tooth | $170 |
| Root canal, molar | $295 |
`;
const CLASS_GUIDE = `# Acme Dental PPO

## What the plan pays

| Service class | In-network | Out-of-network |
|---|---|---|
| Basic: fillings, simple extractions, root canals | 80% | 70% |
| Major: crowns, bridges, dentures | 50% | 40% |
`;

const dental = (code: string, document: string): BenefitPlan => ({
  id: code,
  code,
  type: "dental",
  name: `Acme Dental ${code}`,
  planYear: 2026,
  tiers: { employee: { employee: "6.00", employer: "9.00" } },
  documents: [document],
  rules: {},
});

let schedule: Parameters<typeof answerBenefitsQuestion>[1];
let classes: Parameters<typeof answerBenefitsQuestion>[1];
beforeAll(async () => {
  schedule = await oneEmployeeBenefits(dental("DHMO", "dental-fees.md"), "employee", {
    "dental-fees.md": FEE_SCHEDULE,
  });
  classes = await oneEmployeeBenefits(dental("DPPO", "dental-guide.md"), "employee", {
    "dental-guide.md": CLASS_GUIDE,
  });
});
const ask = (deps: typeof schedule, question: string) =>
  answerBenefitsQuestion({ employeeId: "e", clientId: "acme", question }, deps);

describe("a root canal", () => {
  it("is priced by the fee schedule's own line, the tooth the question names", async () => {
    const answer = await ask(schedule, "root canal on a back molar - cost?");
    expect(answer.answer).toContain("$295");
    expect(answer.answer).not.toContain("$395");
  });

  it("is priced by the class row that lists it, whichever class that is", async () => {
    const answer = await ask(classes, "my dentist says I need a root canal, what part do I pay?");
    expect(answer.answer).toContain("80%");
    expect(answer.answer).not.toContain("50%");
  });
});
