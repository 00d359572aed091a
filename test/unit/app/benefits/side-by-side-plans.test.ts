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
