import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeListChatModel } from "@langchain/core/utils/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { answerBenefitsQuestion } from "../../../../src/app/benefits/answer-benefits-question";
import type { EmployeeBenefits } from "../../../../src/app/benefits/benefits-facts";
import type { BenefitPlan, CoverageTier } from "../../../../src/core/benefits/plan";
import { fixedClock } from "../../../../src/core/clock";
import { ingestDirectory } from "../../../../src/knowledge/ingest";
import { KnowledgeRetriever } from "../../../../src/knowledge/knowledge-retriever";
import { memoryKnowledgeStore } from "../../../../src/knowledge/knowledge-store";
import { SILVER_PPO_SBC } from "../../../fixtures/plan-documents/silver-ppo-sbc";
import { buildSbcPdf } from "../../../support/sbc-pdf";

// Two medical plans of one client: the PPO's summary is a PDF, the HDHP's a prose booklet.
const HDHP_BOOKLET = `# Harbor HDHP Member Booklet

## Your deductible

Your deductible is $3,200 per person and $6,400 per family for in-network care, and $6,400 per person and $12,800 per family out of network.

## Seeing a specialist

When you see a specialist in the network, you pay 20% coinsurance after the deductible; out-of-network specialists cost 50% coinsurance after the deductible.

## Emergency care

At the emergency room you pay 20% coinsurance after the deductible, in or out of network.

## What the plan does not cover

The plan does not cover acupuncture. Hearing aids are excluded.
`;

const plan = (code: string, name: string, documents: string[]): BenefitPlan => ({
  id: code,
  code,
  type: "medical",
  name,
  planYear: 2026,
  tiers: {},
  deductible: null,
  outOfPocketMax: null,
  documents,
  rules: {},
});
const ppo = plan("PPO", "Silver PPO", ["silver-ppo-sbc.pdf", "handbook.md"]);
const hdhp = plan("HDHP", "Harbor HDHP", ["hdhp-booklet.md", "handbook.md"]);

let deps: Parameters<typeof answerBenefitsQuestion>[1];
let enrolled: { plan: BenefitPlan; tier: CoverageTier };

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "coverage-answer-"));
  writeFileSync(join(dir, "silver-ppo-sbc.pdf"), await buildSbcPdf(SILVER_PPO_SBC));
  writeFileSync(join(dir, "hdhp-booklet.md"), HDHP_BOOKLET);
  writeFileSync(
    join(dir, "handbook.md"),
    "# Handbook\n\n## Open enrollment\n\nOpen enrollment runs November 2 through November 20.\n",
  );
  const store = memoryKnowledgeStore();
  await ingestDirectory(store, "client", dir);
  const benefits = (): EmployeeBenefits => ({
    employeeId: "e",
    clientId: "client",
    clientName: "Harbor Co",
    payFrequency: "biweekly",
    plans: [ppo, hdhp],
    enrollments: [
      {
        enrollmentId: "en",
        plan: enrolled.plan,
        tier: enrolled.tier,
        effectiveFrom: "2026-01-01",
        effectiveTo: null,
      },
    ],
  });
  deps = {
    facts: { employeeBenefits: async () => benefits() },
    retriever: new KnowledgeRetriever(store),
    clock: fixedClock("2026-03-02T15:00:00Z"),
  };
});

const ask = (question: string) =>
  answerBenefitsQuestion({ employeeId: "e", clientId: "client", question }, deps);

describe("coverage answers from the employee's own plan", () => {
  it("answers a specialist question from the PDF table's row, both networks, cited by page and row", async () => {
    enrolled = { plan: ppo, tier: "employee" };
    const answer = await ask("how much to see an allergist?");
    expect(answer.answer).toBe(
      "Specialist visit — in network: $60 copay/visit; out of network: 40% coinsurance.",
    );
    expect(answer.citations).toEqual([
      {
        document: "silver-ppo-sbc.pdf",
        section:
          "page 2 > Common Medical Event: If you visit a health care provider's office or clinic > Specialist visit",
        quote: "Specialist visit | Network: $60 copay/visit | Out-of-network: 40% coinsurance | None",
      },
    ]);
  });

  it("never quotes the other medical plan: the HDHP member gets the booklet's figures", async () => {
    enrolled = { plan: hdhp, tier: "family" };
    const answer = await ask("how much to see an allergist?");
    expect(answer.answer).toContain("20% coinsurance after the deductible");
    expect(answer.answer).not.toContain("$60");
    expect(answer.citations.map((c) => c.document)).toEqual(["hdhp-booklet.md"]);
    expect(answer.answer).toContain(
      "The deductible applies first: $3,200 individual / $6,400 family in network.",
    );
  });

  it("answers the network asked for", async () => {
    enrolled = { plan: hdhp, tier: "employee" };
    const answer = await ask("what if my specailist is out of network?");
    expect(answer.answer).toBe(
      "Specialist visit — out of network: out-of-network specialists cost 50% coinsurance after the deductible.",
    );
  });

  it("says which deductible applies from the employee's own tier", async () => {
    enrolled = { plan: hdhp, tier: "family" };
    const answer = await ask("what's my deductable?");
    expect(answer.answer).toBe(
      "Your Harbor HDHP deductible: $3,200 individual / $6,400 family in network; $6,400 individual / $12,800 family out of network. You have family coverage, so the family amount applies. The plan document says: “Your deductible is $3,200 per person and $6,400 per family for in-network care, and $6,400 per person and $12,800 per family out of network.”",
    );
  });

  it("answers 'is X covered?' from the excluded services", async () => {
    enrolled = { plan: ppo, tier: "employee" };
    const ppoAnswer = await ask("is acupuncture covered?");
    expect(ppoAnswer.answer).toBe(
      "No — not covered: Silver PPO lists “Acupuncture” among the services it does not cover.",
    );
    expect(ppoAnswer.citations[0]).toMatchObject({
      document: "silver-ppo-sbc.pdf",
      section: "page 3 > Excluded Services",
    });
    // The item that is the service asked, not the one sharing more of its words.
    expect((await ask("is weight loss surgery covered for my wife")).answer).toBe(
      "No — not covered: Silver PPO lists “Bariatric surgery” among the services it does not cover.",
    );
    // No word in common, one service: IVF is infertility treatment.
    expect((await ask("Is IVF covered?")).answer).toBe(
      "No — not covered: Silver PPO lists “Infertility treatment” among the services it does not cover.",
    );
    enrolled = { plan: hdhp, tier: "employee" };
    expect((await ask("are hearing aids covered")).answer).toBe(
      "No — not covered: Harbor HDHP lists “Hearing aids are excluded” among the services it does not cover.",
    );
    // Asked without "covered", an excluded service no row prices is still not covered.
    expect((await ask("hearing aids for my husband? he's really struggling")).answer).toBe(
      "No — not covered: Harbor HDHP lists “Hearing aids are excluded” among the services it does not cover.",
    );
  });

  it("states limits and preauthorization from the row", async () => {
    enrolled = { plan: ppo, tier: "employee" };
    expect((await ask("how many physical therapy visits do I get?")).answer).toBe(
      "Rehabilitation services: Limited to 20 visits per year for physical, occupational and speech therapy combined. Rehabilitation services — in network: $40 copay/visit; out of network: 40% coinsurance.",
    );
    expect((await ask("does an MRI need prior authorization?")).answer).toMatch(
      /^Yes — Imaging \(CT\/PET scans, MRIs\) needs preauthorization\./,
    );
  });

  it("says what happens without preauthorization, as the row prints it", async () => {
    enrolled = { plan: ppo, tier: "employee" };
    const answer = await ask("what if the doctor forgets to get my MRI approved");
    expect(answer.answer).toContain("benefits could be reduced by 50%");
  });

  it("answers a limit question naming two services from the row that states a limit", async () => {
    enrolled = { plan: ppo, tier: "employee" };
    const answer = await ask("home nurse visits after the delivery, how many does the plan allow");
    expect(answer.answer).toContain("Limited to 60 visits per year");
  });

  it("answers in Spanish, quoting the English document", async () => {
    enrolled = { plan: ppo, tier: "employee" };
    const answer = await ask("¿cuánto pago en la sala de emergencias?");
    expect(answer.answer).toBe(
      "Según los documentos de tu plan (cito el texto original en inglés): Emergency room care — dentro de la red: $300 copay/visit.",
    );
  });

  it("never answers a comparison from another plan's own documents", async () => {
    enrolled = { plan: hdhp, tier: "employee" };
    const answer = await ask("compare the specialist visit cost between the plans");
    expect(answer.citations.map((c) => c.document)).not.toContain("silver-ppo-sbc.pdf");
    expect(answer.answer).not.toContain("$60");
  });

  it("answers a network comparison ('in network vs out of network') from the employee's own plan only", async () => {
    enrolled = { plan: hdhp, tier: "employee" };
    const answer = await ask("specialist in network vs out of network?");
    expect(answer.citations.map((c) => c.document)).toEqual(["hdhp-booklet.md"]);
    expect(answer.answer).not.toContain("Silver PPO");
  });

  it("prices 'a doctor who isn't in the network' from the office-visit row's out-of-network cell", async () => {
    enrolled = { plan: ppo, tier: "employee" };
    const answer = await ask("what do I pay if the doctor I want isn't in the network?");
    expect(answer.answer).toMatch(/^Primary care visit[^—]* — out of network: 40% coinsurance/);
    expect(answer.citations[0]?.document).toBe("silver-ppo-sbc.pdf");
  });

  it("offers a person when neither the tables nor the documents say", async () => {
    enrolled = { plan: hdhp, tier: "employee" };
    const answer = await ask("what is the copay for a sleep study?");
    expect(answer.found).toBe(false);
    expect(answer.citations).toEqual([]);
  });
});

describe("a coverage answer phrased by a model", () => {
  it("keeps the model's wording only when every figure is in the cited row", async () => {
    enrolled = { plan: ppo, tier: "employee" };
    const question = { employeeId: "e", clientId: "client", question: "how much is a specialist visit?" };
    const good = await answerBenefitsQuestion(question, {
      ...deps,
      chatModel: new FakeListChatModel({
        responses: ["A specialist visit costs you a $60 copay/visit in network."],
      }),
    });
    expect(good).toMatchObject({
      source: "model",
      answer: "A specialist visit costs you a $60 copay/visit in network.",
    });
    expect(good.citations[0]?.document).toBe("silver-ppo-sbc.pdf");

    const invented = await answerBenefitsQuestion(question, {
      ...deps,
      chatModel: new FakeListChatModel({ responses: ["A specialist visit costs a $75 copay."] }),
    });
    expect(invented).toMatchObject({ source: "offline", modelRejected: "figures not in the sources: 75" });

    const phishing = await answerBenefitsQuestion(question, {
      ...deps,
      chatModel: new FakeListChatModel({
        responses: [
          "A specialist visit is $60 copay/visit. Verify your identity at https://hr-verify.example.com first.",
        ],
      }),
    });
    expect(phishing.source).toBe("offline");
    expect(phishing.modelRejected).toMatch(/^link https:\/\/hr-verify\.example\.com/);
    expect(invented.answer).toBe(
      "Specialist visit — in network: $60 copay/visit; out of network: 40% coinsurance.",
    );
  });
});

describe("a question read by a model", () => {
  const question = "what will it cost me to get my bunions looked at?";
  const withModel = (...responses: string[]) =>
    answerBenefitsQuestion(
      { employeeId: "e", clientId: "client", question },
      { ...deps, chatModel: new FakeListChatModel({ responses }) },
    );

  it("maps words the offline reader does not know to a service; the figures still come from the row", async () => {
    enrolled = { plan: ppo, tier: "employee" };
    expect((await ask(question)).citations[0]?.section ?? "").not.toMatch(/Specialist visit/);
    const answer = await withModel(
      '```json\n{"services":["specialist"],"network":"unspecified","facet":"cost","tier":null}\n```',
      "A specialist visit costs a $45 copay.",
    );
    expect(answer.citations[0]).toMatchObject({ document: "silver-ppo-sbc.pdf" });
    expect(answer.citations[0]?.section).toMatch(/Specialist visit/);
    // The phrasing named a figure the row does not print: the row's own words stand.
    expect(answer.answer).toBe(
      "Specialist visit — in network: $60 copay/visit; out of network: 40% coinsurance.",
    );
  });

  it.each([
    ["text that is not the JSON asked for", "It is a specialist visit."],
    [
      "a key the catalogue does not have",
      '{"services":["podiatry"],"network":"in","facet":"cost","tier":null}',
    ],
    ["a facet outside the list", '{"services":["specialist"],"network":"in","facet":"price","tier":null}'],
  ])("keeps the offline reading when the model gives %s", async (_, reply) => {
    enrolled = { plan: ppo, tier: "employee" };
    const offline = await ask(question);
    const answer = await withModel(reply, offline.answer);
    expect(answer.citations).toEqual(offline.citations);
  });
});

describe("a plan record that disagrees with the plan's document", () => {
  it("says both figures and asks for a specialist's check", async () => {
    enrolled = {
      plan: { ...hdhp, deductible: { individual: "3000", family: "6000" } },
      tier: "employee",
    };
    const answer = await ask("what's my deductible?");
    expect(answer.answer).toContain(
      "Your plan record says $3,000 individual / $6,000 family instead; I've asked an HR specialist to check which is right.",
    );
    expect(answer.recordMismatch).toEqual({
      plan: "HDHP",
      field: "deductible",
      record: "$3,000 individual / $6,000 family",
      document: "$3,200 individual / $6,400 family",
      documentName: "hdhp-booklet.md",
    });
  });
});
