import { beforeAll, describe, expect, it } from "vitest";
import { answerBenefitsQuestion } from "../../../../src/app/benefits/answer-benefits-question";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";
import { oneEmployeeBenefits } from "../../../support/benefits-deps";

const HANDBOOK = `# Benefits handbook

## Dependent Care FSA

You may set aside up to $7,500 per household per year before taxes for daycare, preschool and
before- or after-school care for children under 13 while you work.

## Leaving the company

You and your covered dependents may continue dental coverage under COBRA for up to 18 months.

## Dental network

The plan uses the SmileNet PPO network. Pediatric dentists in the network are paid at the same
rates as general dentists.

## Who counts as a dependent

You can add your spouse, and your biological, adopted and step-children until the end of the month they turn 26.

## Other benefits

Part 2 of this guide (time off, holidays, life and disability insurance and the 401(k)) is a separate booklet and is not covered here.

## Dental costs

| Service | In-network | Out-of-network |
|---|---|---|
| Cleanings and exams | No charge | 20% |
| Fillings | 20% | 40% |
`;

const DENTAL: BenefitPlan = {
  id: "D",
  code: "DENTAL",
  type: "dental",
  name: "SmileNet Dental",
  planYear: 2026,
  tiers: { employee: { employee: "8.00", employer: "20.00" } },
  documents: ["handbook.md"],
  rules: {},
};

let deps: Parameters<typeof answerBenefitsQuestion>[1];
beforeAll(async () => {
  deps = await oneEmployeeBenefits(DENTAL, "employee", { "handbook.md": HANDBOOK });
});
const ask = (question: string) =>
  answerBenefitsQuestion({ employeeId: "e", clientId: "acme", question }, deps);

describe("what an account may be used for", () => {
  it("is not answered by the account's limit when no passage names the purpose", async () => {
    const answer = await ask("can i use my dependent care fsa for summer camp?");
    expect(answer.found).toBe(false);
    expect(answer.answer).not.toContain("$7,500");
  });

  it("is answered where a passage names it", async () => {
    const answer = await ask("can I use the dependent care FSA for daycare?");
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("daycare");
  });
});

describe("a provider near the asker", () => {
  it("is not answered from the network's description: the documents list no one by place", async () => {
    for (const question of [
      "is there an in-network pediatric dentist near me?",
      "does SmileNet have a kids dentist close to my house",
      "are there any pediatric dentists in millbrook that take our plan",
    ]) {
      const answer = await ask(question);
      expect(answer.found, question).toBe(false);
    }
  });

  it("is not answered for a provider by kind and place, by name, or a price with no plan at all", async () => {
    for (const question of [
      "who are the in network dentists near millbrook",
      "how much is a filling at smilecraft in millbrook",
      "what will braces cost at dr. okafor",
      "how much is a cleaning without insurance",
      "how much does a pediatric dentist in millbrook charge for a filling",
    ]) {
      const answer = await ask(question);
      expect(answer.found, question).toBe(false);
    }
  });

  it("leaves a provider's place to the documents when the plan's out-of-network terms are asked", async () => {
    const answer = await ask("my dentist in millbrook isn't in the network, what do fillings cost then?");
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("40%");
  });

  it("leaves a price question that mentions a nearby office to the documents", async () => {
    const answer = await ask("what do I pay for fillings at the dentist near me?");
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("20%");
  });
});

describe("a plan whose name is a kind of cost", () => {
  it("is no price asked: how long it lasts on COBRA is answered", async () => {
    const copayPlan: BenefitPlan = { ...DENTAL, code: "COPAY-20", name: "SmileNet Copay 20" };
    const copayDeps = await oneEmployeeBenefits(copayPlan, "employee", { "handbook.md": HANDBOOK });
    const answer = await answerBenefitsQuestion(
      {
        employeeId: "e",
        clientId: "acme",
        question: "if i leave how long can i keep the copay 20 plan on cobra",
      },
      copayDeps,
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("18 months");
  });
});

describe("what something costs", () => {
  it("is not answered by a passage about it that prices nothing", async () => {
    const answer = await ask("how much is COBRA if I quit in june");
    expect(answer.found).toBe(false);
    expect(answer.answer).not.toContain("18 months");
  });

  it("is answered by one that does, a share or no charge", async () => {
    expect((await ask("how much are fillings?")).answer).toContain("20%");
    expect((await ask("what do cleanings cost?")).answer).toContain("No charge");
  });

  it("leaves a question that is not about a price to the passage", async () => {
    for (const question of ["how long can I keep dental under COBRA?", "how long does COBRA last?"]) {
      const answer = await ask(question);
      expect(answer.found, question).toBe(true);
      expect(answer.answer, question).toContain("18 months");
    }
  });
});

describe("a named provider's price or network status", () => {
  it.each([
    "is childrens hospital colorado in network",
    "is the dental clinic by the north yard in network",
    "how much does a cleaning cost at bright smiles dental clinic",
    "what would fillings cost at uchealth",
    "can you find me a dentist in network thats open saturdays",
    "what's the price of a cleaning at smile bright dental in taylors",
    "how much are fillings at greer memorial",
  ])("%s is the directory's or the provider's to say", async (question) => {
    expect((await ask(question)).found).toBe(false);
  });

  it("is not a time of day: 'at night, does dental pay' names no provider", async () => {
    const answer = await ask("my tooth hurts at night. does dental pay for fillings");
    expect(answer.found).toBe(true);
  });

  it("is not a question about out-of-network care in general", async () => {
    const answer = await ask("how much are fillings and is it more if the dentist isnt in network");
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("40%");
  });
});

describe("a benefit another booklet covers", () => {
  it("says where it is written and offers a person, the booklet's 'not covered here' being no exclusion", async () => {
    const answer = await ask("do part timers get paid holidays");
    expect(answer.found).toBe(false);
    expect(answer.answer).toContain("is a separate booklet");
  });

  it("reads 'seguro de vida' as life insurance, not the employee's own premium", async () => {
    const answer = await ask("cuanto cuesta el seguro de vida para mi esposa");
    expect(answer.found).toBe(false);
    expect(answer.answer).not.toContain("$8.00");
  });
});

describe("a rule of the guide every plan shares", () => {
  it("answers for the plan type asked, though the section never names it", async () => {
    const answer = await ask("can i add my stepson to my dental");
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("step-children");
  });
});
