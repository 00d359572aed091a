import { beforeAll, describe, expect, it } from "vitest";
import { answerBenefitsQuestion } from "../../../../src/app/benefits/answer-benefits-question";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";
import { oneEmployeeBenefits } from "../../../support/benefits-deps";

// Two dental plans side by side in one plain-text guide, their figures over dotted leaders.
const GUIDE = [
  "HARBOR FOODS DENTAL OPTIONS 2026",
  "",
  "                                        DENTAL CORE        DENTAL PLUS",
  "Annual deductible (per person) ........ $75                $50",
  "Preventive (cleanings, exams) ......... 100%               100%",
  "Basic (fillings, extractions) ......... 70%                80%",
  "Major (crowns, bridges) ............... Not covered        50%",
  "Annual maximum ........................ $1,000             $2,000",
  "",
  "WHO CAN ENROLL",
  "",
  "Employees working 30 or more hours a week may enroll themselves, a spouse and children to age 26.",
  "Coverage starts on the first of the month after 30 days of employment.",
  "",
  "WAITING PERIODS",
  "",
  "Dental Plus has a 6-month waiting period for major services. Dental Core has none.",
  "",
  "ORTHODONTIA",
  "",
  "Dental Plus covers braces for children under 19 at 50%, up to a $1,500 lifetime maximum.",
  "",
  "FINDING A DENTIST",
  "",
  "Both plans use the SmileNet network. Visit the carrier's website to search for a dentist near you.",
  "",
].join("\n");

const plan = (code: string, name: string): BenefitPlan => ({
  id: code,
  code,
  type: "dental",
  name,
  planYear: 2026,
  tiers: { employee: { employee: "12.00", employer: "20.00" } },
  rules: {},
  documents: ["dental-options.txt"],
});
const core = plan("DENTAL-CORE", "Dental Core");
const plus = plan("DENTAL-PLUS", "Dental Plus");

let deps: Parameters<typeof answerBenefitsQuestion>[1];
beforeAll(async () => {
  deps = await oneEmployeeBenefits(plus, "employee", { "dental-options.txt": GUIDE }, [core]);
});
const ask = (question: string) =>
  answerBenefitsQuestion({ employeeId: "e", clientId: "acme", question }, deps);

describe("two plans side by side in a plain-text guide", () => {
  it("quotes the asker's own plan's column, not the other plan's", async () => {
    const answer = await ask("how much does a crown cost me?");
    expect(answer.answer).toContain("DENTAL PLUS: 50%");
    expect(answer.answer).not.toContain("Not covered");
    expect(answer.citations[0]?.document).toBe("dental-options.txt");
  });

  it("gives the own plan's annual maximum alone", async () => {
    const answer = await ask("what's the yearly max on my dental?");
    expect(answer.answer).toContain("$2,000");
    expect(answer.answer).not.toContain("$1,000");
  });
});

// Two medical plans in one Markdown comparison, the only summary the high-deductible plan has.
const AT_A_GLANCE = `# Medical plans at a glance

## Side by side

| | **Core 500** | **Saver 3000** |
|---|---|---|
| Network | Our network only | Our network, plus out-of-network coverage |
| Deductible (in-network) | $500 individual / $1,000 family | $3,000 individual / $6,000 family |
| Coinsurance | 20% after deductible | 20% after deductible in-network; 50% after deductible out-of-network |
| Specialist visit | $50 copay | 20% after deductible |
| Urgent care | $40 copay | 20% after deductible |
`;

const medical = (code: string, name: string, documents: string[]): BenefitPlan => ({
  id: code,
  code,
  type: "medical",
  name,
  planYear: 2026,
  tiers: { employee: { employee: "40.00", employer: "300.00" } },
  rules: {},
  documents,
});

describe("two medical plans side by side in a Markdown comparison", () => {
  let saver: Parameters<typeof answerBenefitsQuestion>[1];
  beforeAll(async () => {
    saver = await oneEmployeeBenefits(
      medical("SAVER-3000", "Acme Saver 3000", ["at-a-glance.md"]),
      "employee",
      { "at-a-glance.md": AT_A_GLANCE },
      [medical("CORE-500", "Acme Core 500", ["core-500-summary.md", "at-a-glance.md"])],
    );
  });
  const askSaver = (question: string) =>
    answerBenefitsQuestion({ employeeId: "e", clientId: "acme", question }, saver);

  it("answers from the asker's own plan's column of the plan's summary, never the other column", async () => {
    const answer = await askSaver("what do i pay to see a dermatologist");
    expect(answer.answer).toContain("20% after deductible");
    expect(answer.answer).not.toContain("$50 copay");
    expect(answer.citations[0]).toMatchObject({ document: "at-a-glance.md" });
  });

  it("takes the column's out-of-network rule for care the table prices in network only", async () => {
    const answer = await askSaver("urgent care out of network, what percent do i pay?");
    expect(answer.answer).toContain("50% after deductible");
    expect(answer.answer).not.toContain("$40 copay");
  });

  it("answers about the other plan by name from its column of the comparison both plans list, said to be another plan", async () => {
    const core = await oneEmployeeBenefits(
      medical("CORE-500", "Acme Core 500", ["at-a-glance.md"]),
      "employee",
      { "at-a-glance.md": AT_A_GLANCE },
      [medical("SAVER-3000", "Acme Saver 3000", ["at-a-glance.md", "saver-booklet.md"])],
    );
    const answer = await answerBenefitsQuestion(
      { employeeId: "e", clientId: "acme", question: "on the Saver 3000 what would a specialist cost me" },
      core,
    );
    expect(answer.answer).toMatch(/^For Acme Saver 3000 \(a plan you're not enrolled in\)/);
    expect(answer.answer).toContain("20% after deductible");
    expect(answer.answer).not.toContain("$50 copay");
  });
});
