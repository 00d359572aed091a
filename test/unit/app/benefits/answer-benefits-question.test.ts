import { FakeListChatModel } from "@langchain/core/utils/testing";
import { describe, expect, it } from "vitest";
import {
  answerBenefitsQuestion,
  benefitsAnswerReply,
  NOT_FOUND_ANSWER,
  unsupportedFigures,
} from "../../../../src/app/benefits/answer-benefits-question";
import type { EmployeeBenefits } from "../../../../src/app/benefits/benefits-facts";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";
import { fixedClock } from "../../../../src/core/clock";
import { KnowledgeRetriever } from "../../../../src/knowledge/knowledge-retriever";
import { memoryKnowledgeStore } from "../../../../src/knowledge/knowledge-store";
import { splitDocument } from "../../../../src/knowledge/sections";

const PPO_DOC = `# PPO Gold – Summary

## Important Questions

### Overall deductible

The overall deductible is $1,000 individual and $2,000 family for in-network providers.

## Common Medical Events

### Office visits

Specialist visits cost a $50 copay per visit. Primary care visits cost a $25 copay per visit.

### Infertility

IVF is covered at 20% after the deductible, up to a $15,000 lifetime maximum.

### Life events

Add your spouse within 30 days of your marriage.
`;
const HMO_DOC = `# HMO Silver – Summary

### Overall deductible

The overall deductible is $500 individual and $1,000 family.

### Office visits

Specialist visits cost a $40 copay per visit with a referral.
`;
const DENTAL_DOC = `# Dental Plus

### Deductible

The dental deductible is $50 per person and $150 per family.
`;

const ppo: BenefitPlan = {
  id: "p1",
  code: "PPO-GOLD",
  type: "medical",
  name: "PPO Gold",
  planYear: 2026,
  tiers: { employee_spouse: { employee: "203.08", employer: "443.08" } },
  deductible: { individual: "1000", family: "2000" },
  outOfPocketMax: { individual: "4000", family: "8000" },
  documents: ["sbc-ppo-gold.md"],
  rules: {},
};
const dental: BenefitPlan = {
  ...ppo,
  id: "p2",
  code: "DENTAL-PLUS",
  type: "dental",
  name: "Dental Plus",
  deductible: { individual: "50", family: "150" },
  documents: ["dental-plus.md"],
};

async function setup() {
  const store = memoryKnowledgeStore();
  const add = async (clientId: string, name: string, text: string) => {
    const split = splitDocument(text, "markdown", name);
    await store.replaceDocument(clientId, {
      name,
      format: "markdown",
      title: split.title,
      contentHash: name,
      sections: split.sections,
    });
  };
  await add("acme", "sbc-ppo-gold.md", PPO_DOC);
  await add("acme", "dental-plus.md", DENTAL_DOC);
  await add("sunrise", "sbc-hmo-silver.md", HMO_DOC);
  const benefits: EmployeeBenefits = {
    employeeId: "e1",
    clientId: "acme",
    clientName: "Acme Manufacturing",
    payFrequency: "biweekly",
    plans: [ppo, dental],
    enrollments: [
      {
        enrollmentId: "en1",
        plan: ppo,
        tier: "employee_spouse",
        effectiveFrom: "2026-01-01",
        effectiveTo: null,
      },
      {
        enrollmentId: "en2",
        plan: dental,
        tier: "employee_spouse",
        effectiveFrom: "2026-01-01",
        effectiveTo: null,
      },
    ],
  };
  return {
    retriever: new KnowledgeRetriever(store),
    facts: { employeeBenefits: async () => benefits },
    clock: fixedClock("2026-03-02T15:00:00Z"),
  };
}

const ask = (question: string, planType?: string) => ({
  employeeId: "e1",
  clientId: "acme",
  question,
  planType,
});

describe("answerBenefitsQuestion offline", () => {
  it("reads a price asked with a network as the price of care, not of coverage", async () => {
    const deps = await setup();
    const answer = await answerBenefitsQuestion(
      ask("can i see an out of network doctor on the PPO? how much would it be"),
      deps,
    );
    expect(answer.answer).not.toContain("per paycheck");
  });

  it("answers 'am I covered?' from the enrollment record alone", async () => {
    const deps = await setup();
    const answer = await answerBenefitsQuestion(ask("am I covered?"), deps);
    expect(answer.answer).toMatch(
      /^You're enrolled in PPO Gold \(Employee \+ spouse\), Dental Plus \(Employee \+ spouse\)\.$/,
    );
    expect(answer.citations).toEqual([]);
  });

  it("searches a Spanish question with the words no language changes ('IVF')", async () => {
    const deps = await setup();
    const answer = await answerBenefitsQuestion(
      ask("mi esposa quiere hacer IVF, ¿lo cubre nuestro plan?"),
      deps,
    );
    expect(answer.answer).toContain("$15,000 lifetime maximum");
  });

  it("reads 'am I covered' beside a service as a question about the service, not the enrollment", async () => {
    const deps = await setup();
    const answer = await answerBenefitsQuestion(ask("am I covered for a specialist visit?"), deps);
    expect(answer.answer).toContain("$50 copay");
    expect(answer.answer).not.toContain("You're enrolled in");
  });

  it("gives the employee's own deductible from the database and cites the plan document", async () => {
    const deps = await setup();
    const answer = await answerBenefitsQuestion(ask("What's my deductible?"), deps);
    expect(answer.answer).toContain("Your PPO Gold deductible is $1,000 individual, $2,000 family.");
    expect(answer.citations[0]).toEqual({
      document: "sbc-ppo-gold.md",
      section: "Important Questions > Overall deductible",
      quote: "The overall deductible is $1,000 individual and $2,000 family for in-network providers.",
    });
    expect(answer.source).toBe("offline");
  });

  it("answers a plan rule with the passage's sentence and never cites another client's documents", async () => {
    const deps = await setup();
    const answer = await answerBenefitsQuestion(ask("how much is a specialist visit"), deps);
    expect(answer.answer).toContain("$50 copay");
    expect(answer.citations.every((c) => c.document !== "sbc-hmo-silver.md")).toBe(true);
  });

  it('follows the plan type the conversation passes ("and dental?")', async () => {
    const deps = await setup();
    const answer = await answerBenefitsQuestion(ask("what's my deductible", "dental"), deps);
    expect(answer.answer).toContain("Your Dental Plus deductible is $50 individual, $150 family.");
    expect(answer.citations[0]?.document).toBe("dental-plus.md");
  });

  it("says it found nothing and offers a person instead of inventing coverage", async () => {
    const deps = await setup();
    const answer = await answerBenefitsQuestion(ask("is there anything for my gym membership"), deps);
    expect(answer).toMatchObject({ answer: NOT_FOUND_ANSWER, citations: [], found: false });
    // Asked by name, the thing no document prints is named back.
    const named = await answerBenefitsQuestion(ask("does the plan pay for my gym membership"), deps);
    expect(named).toMatchObject({ citations: [], found: false });
    expect(named.answer).toContain("“gym membership”");
    const reply = benefitsAnswerReply(answer);
    expect(reply.blocks.at(-1)).toMatchObject({ kind: "actions" });
  });

  it.each([
    "is there a discount on my premium per paycheck if I quit smoking?",
    "can I pay for my kids' daycare from my paycheck before taxes?",
    "how much can I put in my FSA each paycheck?",
  ])("%s: a benefit no document names is not answered with the employee's own premium", async (question) => {
    const answer = await answerBenefitsQuestion(ask(question), await setup());
    expect(answer).toMatchObject({ found: false, citations: [] });
  });
});

describe("a cost per paycheck where the guide prints the employer's share too", () => {
  const GUIDE = `# Acme 2026 Benefits Guide

## What you pay per paycheck (2026)

| Plan | Employee only | Employee + spouse | Family |
|---|---|---|---|
| PPO Gold (PPO-GOLD) | $98.10 | $203.08 | $301.40 |
| HMO Silver (HMO-SILVER) | $61.00 | $150.25 | $220.75 |

## What Acme pays per paycheck (2026)

| Plan | Employee only | Employee + spouse | Family |
|---|---|---|---|
| PPO Gold (PPO-GOLD) | $310.00 | $443.08 | $520.00 |
| HMO Silver (HMO-SILVER) | $280.00 | $401.50 | $498.00 |
`;

  async function guideDeps() {
    const store = memoryKnowledgeStore();
    const split = splitDocument(GUIDE, "markdown", "benefits-guide.md");
    await store.replaceDocument("acme", {
      name: "benefits-guide.md",
      format: "markdown",
      title: split.title,
      contentHash: "guide",
      sections: split.sections,
    });
    const plan = { ...ppo, documents: ["benefits-guide.md"] };
    const benefits: EmployeeBenefits = {
      employeeId: "e1",
      clientId: "acme",
      clientName: "Acme Manufacturing",
      payFrequency: "biweekly",
      plans: [plan],
      enrollments: [
        {
          enrollmentId: "en1",
          plan,
          tier: "employee_spouse",
          effectiveFrom: "2026-01-01",
          effectiveTo: null,
        },
      ],
    };
    return {
      retriever: new KnowledgeRetriever(store),
      facts: { employeeBenefits: async () => benefits },
      clock: fixedClock("2026-03-02T15:00:00Z"),
    };
  }

  it.each(["how much is my health insurance per check", "how much comes out of each check for medical"])(
    "%s: cites the table of what the employee pays, their own line only",
    async (question) => {
      const answer = await answerBenefitsQuestion(ask(question), await guideDeps());
      expect(answer.answer).toContain("you pay $203.08 per paycheck");
      expect(answer.citations[0]?.section).toBe("What you pay per paycheck (2026)");
      expect(answer.citations[0]?.quote).toContain("$203.08");
      expect(answer.answer).not.toContain("$150.25");
    },
  );
});

describe("an employer's HSA deposit asked in Spanish", () => {
  it.each([
    "¿Cuánto dinero pone la compañía en mi cuenta HSA?",
    "¿La empresa aporta algo a mi cuenta HSA cada año?",
  ])("%s", async (question) => {
    const store = memoryKnowledgeStore();
    const text =
      "# Acme HSA\n\n## Your HSA from Acme\n\nAcme deposits $750 a year into your HSA with employee-only coverage and $1,500 with any other coverage.\n\n## Investing\n\nOnce your balance reaches $1,000 you may invest it.\n";
    const split = splitDocument(text, "markdown", "hsa.md");
    await store.replaceDocument("acme", {
      name: "hsa.md",
      format: "markdown",
      title: split.title,
      contentHash: "h",
      sections: split.sections,
    });
    const hsa: BenefitPlan = {
      ...ppo,
      id: "h",
      code: "HSA",
      type: "hsa",
      name: "Acme HSA",
      documents: ["hsa.md"],
    };
    const benefits: EmployeeBenefits = {
      employeeId: "e1",
      clientId: "acme",
      clientName: "Acme Manufacturing",
      payFrequency: "biweekly",
      plans: [hsa],
      enrollments: [
        { enrollmentId: "en1", plan: hsa, tier: "employee", effectiveFrom: "2026-01-01", effectiveTo: null },
      ],
    };
    const answer = await answerBenefitsQuestion(ask(question), {
      retriever: new KnowledgeRetriever(store),
      facts: { employeeBenefits: async () => benefits },
      clock: fixedClock("2026-03-02T15:00:00Z"),
    });
    expect(answer.found).toBe(true);
    expect(answer.citations[0]?.section).toBe("Your HSA from Acme");
    expect(answer.answer).toContain("$750");
  });
});

describe("a plan record's deductible backed by the comparison that prints it", () => {
  it("cites the comparison table's deductible line for the plan the employee is not in", async () => {
    const store = memoryKnowledgeStore();
    const text =
      "# Acme 2026 Benefits Summary\n\n## Medical plans at a glance\n\n| | PPO Gold | HMO Silver |\n|---|---|---|\n| Deductible (individual / family) | $1,000 / $2,000 | $500 / $1,000 |\n| Specialist visit | $50 copay | $40 copay |\n";
    const split = splitDocument(text, "markdown", "summary.html");
    await store.replaceDocument("acme", {
      name: "summary.html",
      format: "markdown",
      title: split.title,
      contentHash: "s",
      sections: split.sections,
    });
    const own = { ...ppo, documents: ["sbc-ppo-gold.md", "summary.html"] };
    const hmo: BenefitPlan = {
      ...ppo,
      id: "p3",
      code: "HMO-SILVER",
      name: "HMO Silver",
      deductible: { individual: "500", family: "1000" },
      documents: ["sbc-hmo-silver.md", "summary.html"],
    };
    const benefits: EmployeeBenefits = {
      employeeId: "e1",
      clientId: "acme",
      clientName: "Acme Manufacturing",
      payFrequency: "biweekly",
      plans: [own, hmo],
      enrollments: [
        { enrollmentId: "en1", plan: own, tier: "employee", effectiveFrom: "2026-01-01", effectiveTo: null },
      ],
    };
    const answer = await answerBenefitsQuestion(
      ask("If I'd picked HMO Silver instead, what would my deductible have been?"),
      {
        retriever: new KnowledgeRetriever(store),
        facts: { employeeBenefits: async () => benefits },
        clock: fixedClock("2026-03-02T15:00:00Z"),
      },
    );
    expect(answer.answer).toContain("$500 individual, $1,000 family");
    expect(answer.citations[0]).toMatchObject({
      document: "summary.html",
      section: "Medical plans at a glance",
    });
    expect(answer.citations[0]?.quote).toContain("Deductible (individual / family)");
  });
});

describe("answerBenefitsQuestion with a chat model", () => {
  it("uses the model's phrasing when every figure is in the sources", async () => {
    const deps = await setup();
    const chatModel = new FakeListChatModel({ responses: ["A specialist visit costs you a $50 copay."] });
    const answer = await answerBenefitsQuestion(ask("how much is a specialist visit"), {
      ...deps,
      chatModel,
    });
    expect(answer).toMatchObject({ answer: "A specialist visit costs you a $50 copay.", source: "model" });
    expect(answer.citations[0]?.document).toBe("sbc-ppo-gold.md");
  });

  it("rejects a model answer with a figure not in the sources and answers offline", async () => {
    const deps = await setup();
    const chatModel = new FakeListChatModel({ responses: ["A specialist visit costs $35."] });
    const answer = await answerBenefitsQuestion(ask("how much is a specialist visit"), {
      ...deps,
      chatModel,
    });
    expect(answer.source).toBe("offline");
    expect(answer.modelRejected).toBe("figures not in the sources: 35");
    expect(answer.answer).toContain("$50 copay");
  });
});

describe("unsupportedFigures", () => {
  it("compares figures however they are written", () => {
    expect(
      unsupportedFigures("You pay $1,000.00 or 20%", ["deductible is $1000", "20% coinsurance"]),
    ).toEqual([]);
    expect(unsupportedFigures("You pay $1,200", ["deductible is $1000"])).toEqual(["1200"]);
  });
});
