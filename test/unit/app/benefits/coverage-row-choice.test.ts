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
