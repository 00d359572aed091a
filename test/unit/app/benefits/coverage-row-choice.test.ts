import { describe, expect, it } from "vitest";
import { coverageAnswer } from "../../../../src/app/benefits/coverage-answer";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";
import { readCoverageQuestion } from "../../../../src/knowledge/coverage/coverage-question";
import { extractCoverage } from "../../../../src/knowledge/coverage/extract-coverage";
import { splitDocument } from "../../../../src/knowledge/sections";

const FLYER = [
  "# ClearView Vision: your vision benefits",
  "## Your benefits at a glance",
  "| Benefit | In-network | Out-of-network | Frequency |",
  "| --- | --- | --- | --- |",
  "| Contact lenses (elective, instead of glasses) | $130 allowance | Up to $105 | Once every 12 months |",
  "| Contact lenses (medically necessary) | Covered in full | Up to $210 | Once every 12 months |",
].join("\n");

const plan: BenefitPlan = {
  id: "VISION",
  code: "VISION",
  type: "vision",
  name: "ClearView Vision",
  planYear: 2026,
  tiers: {},
  deductible: null,
  outOfPocketMax: null,
  documents: ["flyer.md"],
  rules: {},
};
const documents = [
  {
    document: "flyer.md",
    coverage: extractCoverage({
      format: "markdown",
      text: FLYER,
      sections: splitDocument(FLYER, "markdown", "flyer.md").sections,
    }),
  },
];
const answer = (q: string) =>
  coverageAnswer({
    question: readCoverageQuestion(q, "vision"),
    plan,
    tier: "employee",
    documents,
    spanish: false,
  })?.answer;

describe("choosing among rows of one service", () => {
  it("answers the ordinary benefit unless the question speaks of medical need", () => {
    expect(answer("how much does vision give for contacts?")).toContain("$130 allowance");
    expect(answer("my contacts are medically necessary, what's covered?")).toContain("Covered in full");
  });
});

describe("cells printed with a bullet or their network's name", () => {
  const row = (inNetwork: string | null, outOfNetwork: string | null) => ({
    document: "grid.md",
    coverage: {
      layout: "table",
      kind: "medical" as const,
      deductible: null,
      outOfPocket: null,
      excluded: [],
      otherCovered: [],
      rows: [
        {
          service: "urgent_care",
          label: "Urgent care",
          event: "",
          inNetwork,
          outOfNetwork,
          limitations: null,
          deductibleApplies: null,
          preauthorization: false,
          limits: [],
          source: { section: "Grid", page: null, quote: "Urgent care" },
        },
      ],
    },
  });
  const ask = (inNetwork: string | null, outOfNetwork: string | null) =>
    coverageAnswer({
      question: readCoverageQuestion("urgent care cost"),
      plan: { ...plan, type: "medical", documents: ["grid.md"] },
      tier: "employee",
      documents: [row(inNetwork, outOfNetwork)],
      spanish: false,
    })?.answer;

  it("gives the price without them", () => {
    expect(ask("• In-network: 20% after deductible", "• Out-of-network: 40% after deductible")).toMatch(
      /^Urgent care — in network: 20% after deductible; out of network: 40% after deductible\./,
    );
  });

  it("gives a cell priced for both networks once, not after an empty in-network cell", () => {
    expect(ask("", "20% after deductible, in-network or out-of-network")).toMatch(
      /^Urgent care — out of network: 20% after deductible, in-network or out-of-network\./,
    );
  });
});

describe("a row that only limits a service", () => {
  const SCHEDULE = [
    "# Dental schedule",
    "## Fee schedule",
    "| Procedure | You pay |",
    "| --- | --- |",
    "| Routine cleaning (adult or child), 2 per calendar year | $0 |",
    "## Frequency limits",
    "- Cleanings: 2 per calendar year.",
  ].join("\n");
  const dental = { ...plan, type: "dental" as const, documents: ["schedule.md"] };
  const ask = (q: string) =>
    coverageAnswer({
      question: readCoverageQuestion(q, "dental"),
      plan: dental,
      tier: "employee",
      documents: [
        {
          document: "schedule.md",
          coverage: extractCoverage({
            format: "markdown",
            text: SCHEDULE,
            sections: splitDocument(SCHEDULE, "markdown", "schedule.md").sections,
          }),
        },
      ],
      spanish: false,
    })?.answer;

  it("does not answer a price while a row prices the service", () => {
    expect(ask("how much is a teeth cleaning")).toContain("$0");
  });
});

describe("a card whose note sets the thing asked apart", () => {
  const CARDS = [
    "# Summit Saver HSA",
    "## Having a baby",
    "### Fertility",
    "",
    "Diagnosis of infertility: 20% after the deductible.",
    "",
    "Egg freezing, IVF and fertility drugs are not covered.",
  ].join("\n");
  const medical: BenefitPlan = { ...plan, id: "HSA", code: "HSA", type: "medical", name: "Summit Saver HSA" };
  const cards = [
    {
      document: "cards.md",
      coverage: extractCoverage({
        format: "markdown",
        text: CARDS,
        sections: splitDocument(CARDS, "markdown", "cards.md").sections,
      }),
    },
  ];
  const ask = (q: string) =>
    coverageAnswer({
      question: readCoverageQuestion(q, "medical"),
      plan: medical,
      tier: "employee",
      documents: cards,
      spanish: false,
    })?.answer;

  it("answers no, quoting the note, when the question names what the note excludes", () => {
    const said = ask("does the plan cover ivf?");
    expect(said).toMatch(/^No — Summit Saver HSA does not cover it\./);
    expect(said).toContain("“Egg freezing, IVF and fertility drugs are not covered.”");
  });

  it("answers the row itself when the question asks about it", () => {
    expect(ask("is infertility testing covered?")).toMatch(
      /^Yes — Summit Saver HSA covers it\. .*20% after the deductible/,
    );
  });
});

describe("a yes the documents contradict elsewhere", () => {
  const GUIDE = [
    "# Brightline Vision",
    "## Your benefits",
    "| Benefit | In-network | Out-of-network |",
    "| --- | --- | --- |",
    "| Eyeglass lenses | $25 copay | Up to $40 |",
    "## Questions from the webinar",
    "### Are work glasses covered?",
    "",
    "Prescription safety glasses aren't covered under the Brightline plan; ask your employer's safety program.",
  ].join("\n");
  const documents = [
    {
      document: "guide.md",
      coverage: extractCoverage({
        format: "markdown",
        text: GUIDE,
        sections: splitDocument(GUIDE, "markdown", "guide.md").sections,
      }),
    },
  ];
  const ask = (q: string) =>
    coverageAnswer({
      question: readCoverageQuestion(q, "vision"),
      plan,
      tier: "employee",
      documents,
      spanish: false,
    });

  it("answers no, quoting the sentence, when it names what was asked", () => {
    const said = ask("does vision cover prescription safety glasses for the warehouse?");
    expect(said?.answer).toBe(
      "No — ClearView Vision does not cover it: “Prescription safety glasses aren't covered under the Brightline plan; ask your employer's safety program.”",
    );
    expect(said?.citations[0]).toMatchObject({
      document: "guide.md",
      section: "Questions from the webinar > Are work glasses covered?",
    });
  });

  it("leaves the row's yes to a question the sentence does not name", () => {
    expect(ask("does vision cover prescription lenses?")?.answer).toMatch(
      /^Yes — ClearView Vision covers it\./,
    );
  });
});
