import { describe, expect, it } from "vitest";
import { answerBenefitsQuestion } from "../../../../src/app/benefits/answer-benefits-question";
import type { EmployeeBenefits } from "../../../../src/app/benefits/benefits-facts";
import {
  asksAboutOwnPlan,
  keepPlanCells,
  namedPlans,
  plansNamedInText,
} from "../../../../src/app/benefits/plan-scope";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";
import { fixedClock } from "../../../../src/core/clock";
import { KnowledgeRetriever } from "../../../../src/knowledge/knowledge-retriever";
import { memoryKnowledgeStore } from "../../../../src/knowledge/knowledge-store";
import { splitDocument } from "../../../../src/knowledge/sections";

// Two medical plans of one client with different figures for the same services, and a vision plan.
const PPO_DOC = `# Keystone PPO Gold – Summary of Benefits and Coverage

### Overall deductible

The overall deductible is $1,000 individual and $2,000 family.

### Office visits

| Service | In-network (you pay) | Out-of-network (you pay) |
|---|---|---|
| Specialist visit | $50 copay per visit | 40% coinsurance |
| Chiropractic care | $35 copay per visit, 20 visits per year | 40% coinsurance |

### Acupuncture

Acupuncture costs a $30 copay per visit, up to 12 visits per year.
`;
const HDHP_DOC = `# Keystone HDHP with HSA – Summary of Benefits and Coverage

### Overall deductible

The overall deductible is $3,400 individual and $6,800 family.

### Office visits

| Service | In-network (you pay) | Out-of-network (you pay) |
|---|---|---|
| Specialist visit | 10% coinsurance after deductible | 30% coinsurance after deductible |
| Chiropractic care | Not covered | Not covered |
`;
const VISION_DOC = `# ClearView Vision

### Eye exams

An eye exam costs a $10 copay once every 12 months.
`;
const HANDBOOK = `# Benefits Handbook

### Adding a newborn

Add a newborn within 60 days of the birth.

### Open enrollment

Open enrollment for every medical plan runs November 2 through November 20.
`;

const plan = (code: string, name: string, type: BenefitPlan["type"], documents: string[]): BenefitPlan => ({
  id: code,
  code,
  type,
  name,
  planYear: 2026,
  tiers: { employee: { employee: "40.00", employer: "200.00" } },
  documents,
  rules: {},
});
const PPO = plan("PPO-GOLD", "Keystone Health PPO Gold", "medical", ["sbc-ppo-gold.md", "handbook.md"]);
const HDHP = plan("HDHP-HSA", "Keystone Health HDHP with HSA", "medical", ["sbc-hdhp.md", "handbook.md"]);
const VISION = plan("VISION-BASIC", "ClearView Vision Basic", "vision", ["vision.md"]);

async function hdhpEmployee() {
  const store = memoryKnowledgeStore();
  for (const [name, text] of [
    ["sbc-ppo-gold.md", PPO_DOC],
    ["sbc-hdhp.md", HDHP_DOC],
    ["vision.md", VISION_DOC],
    ["handbook.md", HANDBOOK],
  ] as const) {
    const split = splitDocument(text, "markdown", name);
    await store.replaceDocument("acme", {
      name,
      format: "markdown",
      title: split.title,
      contentHash: name,
      sections: split.sections,
    });
  }
  const benefits: EmployeeBenefits = {
    employeeId: "e1",
    clientId: "acme",
    clientName: "Acme Manufacturing",
    payFrequency: "biweekly",
    plans: [PPO, HDHP, VISION],
    enrollments: [
      { enrollmentId: "x", plan: HDHP, tier: "employee", effectiveFrom: "2026-01-01", effectiveTo: null },
    ],
  };
  return {
    retriever: new KnowledgeRetriever(store),
    facts: { employeeBenefits: async () => benefits },
    clock: fixedClock("2026-03-02T15:00:00Z"),
  };
}
const ask = (question: string) => ({ employeeId: "e1", clientId: "acme", question });

describe("answers scoped to the employee's own plans", () => {
  it.each([
    "how much is a specialist visit",
    "what do I pay to see an orthopedist",
    "is chiropractic covered",
    "how much for a chiropractor out of network",
  ])("%s: never quotes or cites the plan the employee is not in", async (question) => {
    const answer = await answerBenefitsQuestion(ask(question), await hdhpEmployee());
    expect(answer.citations.map((c) => c.document)).not.toContain("sbc-ppo-gold.md");
    expect(answer.answer).not.toContain("$50");
    expect(answer.answer).not.toContain("$35");
    expect(answer.answer).not.toContain("40%");
  });

  it("says its documents don't say, rather than quote another plan's row for a service only that plan lists", async () => {
    const answer = await answerBenefitsQuestion(
      ask("how much does acupuncture cost me"),
      await hdhpEmployee(),
    );
    expect(answer.citations.map((c) => c.document)).not.toContain("sbc-ppo-gold.md");
    expect(answer.answer).not.toContain("$30");
  });

  it("answers from the employee's own plan", async () => {
    const answer = await answerBenefitsQuestion(ask("how much is a specialist visit"), await hdhpEmployee());
    expect(answer.citations[0]?.document).toBe("sbc-hdhp.md");
    expect(answer.answer).toContain("10% coinsurance after deductible");
  });

  it("never quotes another plan's own documents, even when the question names it: it offers a person", async () => {
    const answer = await answerBenefitsQuestion(
      ask("what would a specialist cost on the PPO Gold?"),
      await hdhpEmployee(),
    );
    expect(answer.found).toBe(false);
    expect(answer.citations).toEqual([]);
    expect(answer.answer).toContain("I only quote the documents of the plans you're enrolled in");
    expect(answer.answer).toContain("Keystone Health PPO Gold");
    expect(answer.answer).not.toContain("$50");
    // Nor the employee's own plan's figure in the other plan's place.
    expect(answer.answer).not.toContain("10% coinsurance");
  });

  it("answers a question about another plan from a document both plans share, saying it is not theirs", async () => {
    const answer = await answerBenefitsQuestion(
      ask("when is open enrollment for the PPO Gold?"),
      await hdhpEmployee(),
    );
    expect(answer.citations[0]?.document).toBe("handbook.md");
    expect(answer.answer).toContain("For Keystone Health PPO Gold (a plan you're not enrolled in):");
    expect(answer.answer).toContain("November 2 through November 20");
  });

  it("states another plan's cost and deductible from the plan record, beside the employee's own", async () => {
    const deps = await hdhpEmployee();
    const benefits = (await deps.facts.employeeBenefits())!;
    const ppo = { ...PPO, deductible: { individual: "1000", family: "2000" } };
    const withRecords = {
      ...deps,
      facts: { employeeBenefits: async () => ({ ...benefits, plans: [ppo, HDHP, VISION] }) },
    };
    const cost = await answerBenefitsQuestion(
      ask("what would the PPO Gold cost me per paycheck?"),
      withRecords,
    );
    expect(cost.facts).toContainEqual({
      label: "Keystone Health PPO Gold (Employee only), not your plan",
      value: "$40.00 per paycheck",
    });
    const deductible = await answerBenefitsQuestion(
      ask("if I had picked the PPO Gold, what would my deductible be?"),
      withRecords,
    );
    expect(deductible.answer).toContain(
      "The deductible of Keystone Health PPO Gold (a plan you're not enrolled in) is $1,000 individual, $2,000 family.",
    );
    expect(deductible.citations.map((c) => c.document)).not.toContain("sbc-ppo-gold.md");
  });

  it("quotes a comparison row at the plans asked about, label and plain cells kept", () => {
    const benefits = {
      clientName: "Acme Manufacturing",
      plans: [PPO, HDHP, VISION],
    } as unknown as EmployeeBenefits;
    const quote =
      "Chiropractic care — Keystone Health PPO Gold: $35 copay; Keystone Health HDHP with HSA: 20% after deductible; Notes: 20 visits a year. Deductible — Keystone Health PPO Gold: $1,000; Keystone Health HDHP with HSA: $3,000.";
    expect(keepPlanCells(quote, benefits, [PPO])).toBe(
      "Chiropractic care — Keystone Health PPO Gold: $35 copay; Notes: 20 visits a year. Deductible — Keystone Health PPO Gold: $1,000.",
    );
    expect(keepPlanCells(quote, benefits, [PPO, HDHP])).toBe(quote);
    expect(keepPlanCells("Specialist visit — In network: $50; Out of network: 40%.", benefits, [PPO])).toBe(
      "Specialist visit — In network: $50; Out of network: 40%.",
    );
  });

  it("reads 'the HSA plan' as the client's one high-deductible medical plan", () => {
    const benefits = {
      clientName: "Acme Manufacturing",
      plans: [PPO, HDHP, VISION],
    } as unknown as EmployeeBenefits;
    expect(namedPlans(benefits, "what does the HSA plan cost per paycheck?")).toEqual([HDHP]);
    expect(namedPlans(benefits, "how much can I put in my HSA?")).toEqual([]);
  });

  it("reads a word a medical and a dental plan share ('PPO') as the plan of the type asked about", () => {
    const dentalPpo = plan("DENTAL-PPO", "Brightsmile Dental PPO", "dental", ["dental.md"]);
    const medicalPpo = plan("PPO-1500", "Granite Choice PPO 1500", "medical", ["summary.md"]);
    const benefits = {
      clientName: "Acme Manufacturing",
      plans: [medicalPpo, HDHP, dentalPpo],
    } as unknown as EmployeeBenefits;
    expect(namedPlans(benefits, "how much is a doctor visit on the PPO", "medical")).toEqual([medicalPpo]);
    expect(namedPlans(benefits, "is a crown covered on the PPO", "dental")).toEqual([dentalPpo]);
    // With no type to go by, the shared word names neither.
    expect(namedPlans(benefits, "what does the PPO cost")).toEqual([]);
  });

  it.each([
    "the PPO Gold charges $50 for a specialist visit, what do I pay?",
    "what do I pay for a specialist visit on my plan, not the PPO Gold?",
  ])("%s: answers for the employee's own plan though another is named", async (question) => {
    const answer = await answerBenefitsQuestion(ask(question), await hdhpEmployee());
    expect(answer.citations[0]?.document).toBe("sbc-hdhp.md");
    expect(answer.answer).toContain("10% coinsurance after deductible");
    expect(answer.answer).not.toContain("not enrolled in");
  });

  it("never answers for the plan named only for context, even when it finds nothing for the own plan", async () => {
    const answer = await answerBenefitsQuestion(
      ask("my coworker on the PPO Gold pays $50 for a specialist, what about mine?"),
      await hdhpEmployee(),
    );
    expect(answer.citations.map((c) => c.document)).not.toContain("sbc-ppo-gold.md");
    expect(answer.answer).not.toContain("$50 copay");
  });

  it("counts the HSA of a high-deductible plan's enrollee: never 'not enrolled', never the medical premium", async () => {
    const answer = await answerBenefitsQuestion(
      ask("how much does the company put into my HSA each paycheck?"),
      await hdhpEmployee(),
    );
    expect(answer.answer).not.toContain("not enrolled");
    expect(answer.facts.map((f) => f.value).join(" ")).not.toContain("per paycheck");
  });

  it("says the employee has no plan of a type rather than quoting one they are not in", async () => {
    const answer = await answerBenefitsQuestion(ask("what about an eye exam?"), await hdhpEmployee());
    expect(answer.citations).toEqual([]);
    expect(answer.answer).toContain("You're not enrolled in a vision plan");
    expect(answer.answer).not.toContain("$10");
  });

  it("answers a Spanish question in Spanish, quoting the English document", async () => {
    const answer = await answerBenefitsQuestion(
      ask("¿Cuánto pago por ver a un especialista?"),
      await hdhpEmployee(),
    );
    expect(answer.answer).toMatch(/^Según los documentos de tu plan/);
    expect(answer.answer).toContain("10% coinsurance after deductible");
    expect(answer.citations[0]?.document).toBe("sbc-hdhp.md");
  });

  it("still answers policy questions from a handbook every plan shares", async () => {
    const answer = await answerBenefitsQuestion(
      ask("how long do I have to add my newborn"),
      await hdhpEmployee(),
    );
    expect(answer.citations[0]?.document).toBe("handbook.md");
    expect(answer.answer).toContain("60 days");
  });

  it("does not take the employer's name in a plan's name for the plan ('does Acme pay…' is not about Acme Vision)", async () => {
    const deps = await hdhpEmployee();
    const benefits = (await deps.facts.employeeBenefits())!;
    const vision = { ...VISION, name: "Acme Manufacturing Vision" };
    const withEmployerPlan = { ...benefits, plans: [PPO, HDHP, vision] };
    const answer = await answerBenefitsQuestion(ask("does Acme pay for eye exams at a vision center?"), {
      ...deps,
      facts: { employeeBenefits: async () => withEmployerPlan },
    });
    expect(answer.citations.map((c) => c.document)).not.toContain("vision.md");
    expect(answer.answer).not.toContain("$10");
  });

  it("says it doesn't know about a plan type the employer offers none of, rather than answer from another type", async () => {
    const answer = await answerBenefitsQuestion(
      ask("do we have dental? how much is a teeth cleaning"),
      await hdhpEmployee(),
    );
    expect(answer.found).toBe(false);
    expect(answer.citations).toEqual([]);
  });

  it("answers nothing for a benefit the documents never name, however many words a passage shares", async () => {
    const answer = await answerBenefitsQuestion(
      ask("how much life insurance does the company give us"),
      await hdhpEmployee(),
    );
    expect(answer.found).toBe(false);
  });

  it("does not take an everyday word of a plan's name ('access') alone for the plan", async () => {
    const deps = await hdhpEmployee();
    const benefits = (await deps.facts.employeeBenefits())!;
    const openAccess = { ...PPO, name: "Keystone Open Access PPO" };
    const withOpenAccess = { ...benefits, plans: [openAccess, HDHP, VISION] };
    expect(namedPlans(withOpenAccess, "can I access a specialist without a referral?")).toEqual([]);
    expect(namedPlans(withOpenAccess, "how much is a specialist on the open access plan")).toEqual([
      openAccess,
    ]);
    const plain = await answerBenefitsQuestion(
      ask("can I access a specialist without a referral, and how much is it"),
      {
        ...deps,
        facts: { employeeBenefits: async () => withOpenAccess },
      },
    );
    expect(plain.citations.map((c) => c.document)).not.toContain("sbc-ppo-gold.md");
  });

  it("answers from the documents for a client with no plan records at all", async () => {
    const deps = await hdhpEmployee();
    const benefits = (await deps.facts.employeeBenefits())!;
    const answer = await answerBenefitsQuestion(ask("what does a medical specialist visit cost?"), {
      ...deps,
      facts: { employeeBenefits: async () => ({ ...benefits, plans: [], enrollments: [] }) },
    });
    expect(answer.found).toBe(true);
    expect(["sbc-hdhp.md", "sbc-ppo-gold.md"]).toContain(answer.citations[0]?.document);
  });

  it("answers a child's glasses from the medical plan when the employer has no vision plan", async () => {
    const deps = await hdhpEmployee();
    const benefits = (await deps.facts.employeeBenefits())!;
    const store = memoryKnowledgeStore();
    const doc = [
      "# Keystone HDHP with HSA – Summary",
      "### If your child needs dental or eye care",
      "| Service | In-network (you pay) | Out-of-network (you pay) |",
      "|---|---|---|",
      "| Children's glasses | No charge, one pair per year | Not covered |",
    ].join("\n");
    const split = splitDocument(doc, "markdown", "sbc-hdhp.md");
    await store.replaceDocument("acme", {
      name: "sbc-hdhp.md",
      format: "markdown",
      title: split.title,
      contentHash: "x",
      sections: split.sections,
    });
    const answer = await answerBenefitsQuestion(
      ask("my kid needs glasses, does the insurance help pay for them"),
      {
        ...deps,
        retriever: new KnowledgeRetriever(store),
        facts: { employeeBenefits: async () => ({ ...benefits, plans: [PPO, HDHP] }) },
      },
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("No charge");
  });
});

describe("a question about the asker's own plan", () => {
  it.each([
    ["what about mine?", false, true],
    ["the plan we actually have", true, true],
    ["¿lo cubre mi plan?", false, true],
    ["what do I pay on the PPO?", false, true],
    ["compare my plan with the PPO", true, false],
    ["what would the PPO cost?", false, false],
  ])("%s (comparing: %s) → %s", (question, comparing, own) => {
    expect(asksAboutOwnPlan(question, comparing)).toBe(own);
  });
});

describe("a document two plans of one kind share", () => {
  const FAQ = `# Dental FAQ

### Is a night guard covered?

On **Plus**, a night guard for grinding is covered at 50% after the deductible, once every 5 years. A night guard is not covered on **Core**.

### What's the deductible?

The deductible is $75 per person on **Core** and $50 per person on **Plus**.
`;
  const CORE = plan("DENTAL-CORE", "Brightsmile Dental Core", "dental", ["faq.md"]);
  const PLUS = plan("DENTAL-PLUS", "Brightsmile Dental Plus", "dental", ["faq.md"]);

  async function member(enrolled: BenefitPlan) {
    const store = memoryKnowledgeStore();
    const split = splitDocument(FAQ, "markdown", "faq.md");
    await store.replaceDocument("acme", {
      name: "faq.md",
      format: "markdown",
      title: split.title,
      contentHash: "faq",
      sections: split.sections,
    });
    const benefits: EmployeeBenefits = {
      employeeId: "e1",
      clientId: "acme",
      clientName: "Acme Manufacturing",
      payFrequency: "biweekly",
      plans: [CORE, PLUS],
      enrollments: [
        {
          enrollmentId: "x",
          plan: enrolled,
          tier: "employee",
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

  it("quotes the asker's plan's sentence, not the other plan's", async () => {
    const core = await answerBenefitsQuestion(
      ask("does my dental cover a night guard for grinding"),
      await member(CORE),
    );
    expect(core.answer).toContain("not covered on");
    expect(core.answer).not.toContain("50%");
    const plus = await answerBenefitsQuestion(
      ask("does my dental cover a night guard for grinding"),
      await member(PLUS),
    );
    expect(plus.answer).toContain("50%");
  });

  it("takes an everyday word of the asker's own plan ('on core') for the plan when they have no medical plan", async () => {
    const answer = await answerBenefitsQuestion(ask("whats the deductible on core"), await member(CORE));
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("$75");
    expect(answer.answer).not.toContain("not enrolled");
  });

  it("finds a plan a sentence names by an everyday word written as a name", () => {
    const benefits = { clientName: "Acme Manufacturing", plans: [CORE, PLUS] } as EmployeeBenefits;
    const dental = new Set<BenefitPlan["type"]>(["dental"]);
    expect(plansNamedInText(benefits, "On Plus, a night guard is covered.", dental)).toEqual([PLUS]);
    expect(plansNamedInText(benefits, "Fillings are covered, plus one cleaning.", dental)).toEqual([]);
    expect(plansNamedInText(benefits, "On Plus, a night guard is covered.", new Set(["medical"]))).toEqual(
      [],
    );
  });
});

describe("a handbook that sends the reader elsewhere", () => {
  async function handbookEmployee(text: string) {
    const store = memoryKnowledgeStore();
    const split = splitDocument(text, "markdown", "handbook.md");
    await store.replaceDocument("acme", {
      name: "handbook.md",
      format: "markdown",
      title: split.title,
      contentHash: "h",
      sections: split.sections,
    });
    const handbookPlan = plan("PPO-GOLD", "Keystone Health PPO Gold", "medical", ["handbook.md"]);
    const benefits: EmployeeBenefits = {
      employeeId: "e1",
      clientId: "acme",
      clientName: "Acme Manufacturing",
      payFrequency: "biweekly",
      plans: [handbookPlan],
      enrollments: [
        {
          enrollmentId: "x",
          plan: handbookPlan,
          tier: "employee",
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

  it.each([
    "Paid time off, holidays, bereavement leave and the 401(k) plan are covered in Section 6.",
    "Paid time off, holidays, bereavement leave and the 401(k) plan are in Chapter 6.",
  ])("says where the subject is written and offers a person: %s", async (pointer) => {
    const answer = await answerBenefitsQuestion(
      ask("do i get paid bereavement leave"),
      await handbookEmployee(`# Benefits Handbook\n\n### Other benefits\n\n${pointer}\n`),
    );
    expect(answer.found).toBe(false);
    expect(answer.answer).toContain(pointer);
    expect(answer.answer).toContain("HR specialist");
  });

  it("does not answer the most one may put in an HSA with the employer's deposit", async () => {
    const answer = await answerBenefitsQuestion(
      ask("how much money can i put in my hsa at most this year"),
      await handbookEmployee(
        "# Benefits Handbook\n\n### Your HSA\n\nAcme deposits $520 a year into your health savings account.\n",
      ),
    );
    expect(answer.found).toBe(false);
    expect(answer.answer).not.toContain("$520");
  });
});
