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

// A class-based summary that prices each class in the line that opens it, and lists its services
// below without prices; a worked example under the major class prices an illustration.
const CLASS_SECTIONS = `# Acme Dental Plus

## Class II — Basic services

Plan pays 80% in-network and 70% out-of-network, after the deductible.

Fillings: Tooth-colored fillings on back teeth are paid at the silver filling rate.

Root canals (endodontics): Including root canals on molars.

## Class III — Major services

Plan pays 50% in-network and 40% out-of-network, after the deductible.

Crowns, inlays and onlays: Once per tooth every 7 years.

Example: a crown at a network dentist. The network fee is $1,200. You pay the $50 deductible, and the plan pays 50% of the remaining $1,150.
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
let sections: Parameters<typeof answerBenefitsQuestion>[1];
beforeAll(async () => {
  schedule = await oneEmployeeBenefits(dental("DHMO", "dental-fees.md"), "employee", {
    "dental-fees.md": FEE_SCHEDULE,
  });
  classes = await oneEmployeeBenefits(dental("DPPO", "dental-guide.md"), "employee", {
    "dental-guide.md": CLASS_GUIDE,
  });
  sections = await oneEmployeeBenefits(dental("PLUS", "dental-plus.md"), "employee", {
    "dental-plus.md": CLASS_SECTIONS,
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

  it("is priced by the line that opens its class's section, when the item itself prints no price", async () => {
    const answer = await ask(sections, "need a root canal on a molar, how much does dental cover");
    expect(answer.answer).toContain("Plan pays 80% in-network and 70% out-of-network");
    expect(answer.answer).toContain("Root canals (endodontics)");
  });
});

describe("a crown in a class whose section ends with a worked example", () => {
  it("is priced by the class line, not by the example's figures", async () => {
    const answer = await ask(sections, "how much does the plan pay for a crown");
    expect(answer.answer).toContain("50%");
    expect(answer.answer).not.toContain("$1,200");
  });
});
