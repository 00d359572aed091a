import { beforeAll, describe, expect, it } from "vitest";
import { answerBenefitsQuestion } from "../../../../src/app/benefits/answer-benefits-question";
import { readPremiumQuestion, spanishCostWords } from "../../../../src/app/benefits/premium-question";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";
import { oneEmployeeBenefits } from "../../../support/benefits-deps";

describe("reading a question about what coverage costs", () => {
  const read = (q: string, planType: "medical" | "dental" | null = null) =>
    readPremiumQuestion(q, planType, false);

  it.each([
    ["how much do we pay a year for medical", { period: "year", share: "employee" }],
    ["what does medical cost us monthly", { period: "month" }],
    ["how much does the company pay toward my medical", { share: "employer" }],
    ["what's the employer's share of my health insurance", { share: "employer" }],
    ["does the co-op pay anything toward vision", { share: "employer" }],
    ["how much does the credit union put in for my dental", { share: "employer" }],
    ["what's the total cost of our medical per paycheck including what the company pays", { share: "total" }],
    ["vision cost for the whole year", { period: "year" }],
    ["what do i pay in a year for dental", { period: "year", share: "employee" }],
    ["total I pay for all my benefits each check", { planType: "all" }],
    ["what are my benefit deductions", { planType: "all" }],
    ["how much would it be for just me instead of the whole family", { tiers: ["employee", "family"] }],
    ["is my premium going up next year", { future: true }],
  ])("%s", (question, expected) => {
    expect(read(question)).toMatchObject(expected);
  });

  it.each([
    "most i could possibly pay in a year for medical stuff?",
    "does insurance pay for a weight loss program like noom",
    "does the plan pay for a second opinion",
    "what does an epipen 2-pack cost us on the hdhp",
    "what's my deductible this year",
    "when do my medical deductions start",
    "is my medical premium taken out pre-tax",
    "if i go on cobra how much is medical for me and my wife per month",
  ])("%s is not about the premium", (question) => {
    expect(read(question)).toBeNull();
  });

  it.each([
    ["¿cuánto pago al año por el seguro médico?", { period: "year", share: "employee" }],
    ["¿cuánto paga la empresa por mi seguro?", { share: "employer" }],
    ["¿cuánto sería solo para mí?", { tiers: ["employee"] }],
  ])("%s (in Spanish)", (question, expected) => {
    expect(read(spanishCostWords(question), "medical")).toMatchObject(expected);
  });

  it("reads a Spanish deductible question as not about the premium", () => {
    expect(read(spanishCostWords("¿cuánto es mi deducible?"), "medical")).toBeNull();
  });

  it("leaves a named service's price to the coverage answer", () => {
    expect(readPremiumQuestion("how much is an MRI on my medical plan", "medical", true)).toBeNull();
  });

  it("leaves a question naming another kind of benefit than the plan it was read as", () => {
    expect(read("how much would extra life insurance cost", "dental")).toBeNull();
  });
});

const RATES = `# 2026 Employee Rates

Semimonthly (24 paychecks a year).

| Plan | Tier | You pay per paycheck | Company pays per paycheck |
|---|---|---|---|
| Acme PPO | Employee only | $98.40 | $291.60 |
| Acme PPO | Family | $336.85 | $702.15 |
| Acme Dental | Family | $46.35 | $24.95 |
| Saver HSA | Family | $142.80 | $447.20 |

## Questions

Rates for 2027 will be announced at open enrollment in November.
`;

const plan = (
  code: string,
  type: "medical" | "dental",
  name: string,
  tiers: BenefitPlan["tiers"],
): BenefitPlan => ({
  id: code,
  code,
  type,
  name,
  planYear: 2026,
  tiers,
  rules: {},
  documents: ["rates.md"],
});
const PPO = plan("PPO", "medical", "Acme PPO", {
  employee: { employee: "98.40", employer: "291.60" },
  family: { employee: "336.85", employer: "702.15" },
});
const DENTAL = plan("DENTAL", "dental", "Acme Dental", { family: { employee: "46.35", employer: "24.95" } });
const HSA = plan("HSA", "medical", "Saver HSA", { family: { employee: "142.80", employer: "447.20" } });

let deps: Parameters<typeof answerBenefitsQuestion>[1];
beforeAll(async () => {
  deps = await oneEmployeeBenefits(PPO, "family", { "rates.md": RATES });
  const benefits = await deps.facts.employeeBenefits("e", "2026-03-02");
  // The same employee with dental too, semimonthly.
  deps.facts.employeeBenefits = async () =>
    benefits && {
      ...benefits,
      payFrequency: "semimonthly",
      plans: [PPO, DENTAL, HSA],
      enrollments: [
        ...benefits.enrollments,
        { enrollmentId: "d", plan: DENTAL, tier: "family", effectiveFrom: "2026-01-01", effectiveTo: null },
      ],
    };
});
const ask = (question: string) =>
  answerBenefitsQuestion({ employeeId: "e", clientId: "acme", question }, deps);

describe("answers about what coverage costs", () => {
  it("gives a year as every paycheck of it, with the arithmetic and the rate line cited", async () => {
    const answer = await ask("how much do we pay a year for medical");
    expect(answer.answer).toContain("$336.85 × 24 paychecks = $8,084.40 a year");
    expect(answer.citations[0]?.quote).toContain("$336.85");
  });

  it("cites the rate table's row as printed, and answers with the readable row only", async () => {
    const answer = await ask("what do i pay each paycheck for medical");
    expect(answer.citations[0]?.quote).toContain("(table row: Acme PPO | Family | $336.85 | $702.15)");
    expect(answer.answer).toContain("$336.85");
    expect(answer.answer).not.toContain("table row");
  });

  it("gives the employer's share when that is asked", async () => {
    const answer = await ask("how much does the company pay toward my medical");
    expect(answer.answer).toMatch(/^Acme pays \$702\.15 per paycheck toward your Acme PPO \(Family\)/);
  });

  it("gives another tier's cost beside the employee's own", async () => {
    const answer = await ask("how much would it be for just me instead of the whole family");
    expect(answer.answer).toContain("Acme PPO at Employee only would cost you $98.40 per paycheck");
    expect(answer.answer).toContain("You're enrolled at Family: $336.85");
  });

  it("adds up every plan for all the benefits", async () => {
    const answer = await ask("total I pay for all my benefits each check");
    expect(answer.answer).toContain("$336.85 + $46.35 = $383.20 per paycheck");
    expect(answer.citations.map((c) => c.quote).join(" ")).toContain("$46.35");
  });

  it("reads the employer by name as the company", async () => {
    const answer = await ask("what does Acme pay for my health insurance");
    expect(answer.answer).toMatch(/^Acme pays \$702\.15 per paycheck/);
  });

  it("adds up what is taken out for all the insurance", async () => {
    const answer = await ask("how much is taken out for all my insurance");
    expect(answer.answer).toContain("= $383.20 per paycheck");
  });

  it("gives a plan the employee is not in from its record, cited from a document their plans share", async () => {
    const answer = await ask("what would the Saver HSA plan cost me a year");
    expect(answer.answer).toContain(
      "Saver HSA (a plan you're not enrolled in) at Family would cost you $142.80",
    );
    expect(answer.answer).toContain("$142.80 × 24 paychecks = $3,427.20 a year");
    expect(answer.citations[0]).toMatchObject({ document: "rates.md" });
  });

  it("answers a Spanish question from the same record", async () => {
    const answer = await ask("¿cuánto pago al año por el seguro médico?");
    expect(answer.answer).toContain("$336.85 × 24 paychecks = $8,084.40 a year");
    expect(answer.answer).toMatch(/^Según los documentos de tu plan/);
  });

  it("does not give this year's figure as next year's", async () => {
    const answer = await ask("is my premium going up next year");
    expect(answer.found).toBe(false);
  });
});

// A rate sheet saved as CSV: one row per plan, payer and period, the tiers as columns.
const SHEET = `plan_name,plan_code,payer,basis,employee_only,family
Acme PPO,PPO,Employee,per_paycheck,$98.40,$336.85
Acme PPO,PPO,Employee,annual_26_paychecks,"$2,558.40","$8,758.10"
Acme PPO,PPO,Acme,per_paycheck,$291.60,$702.15
`;

describe("answers about what coverage costs, from a CSV rate sheet", () => {
  let sheet: Parameters<typeof answerBenefitsQuestion>[1];
  beforeAll(async () => {
    sheet = await oneEmployeeBenefits({ ...PPO, documents: ["rates.csv"] }, "family", { "rates.csv": SHEET });
  });
  const askSheet = (question: string) =>
    answerBenefitsQuestion({ employeeId: "e", clientId: "acme", question }, sheet);

  it("cites the row as written for the cost per paycheck", async () => {
    const answer = await askSheet("how much comes out of each paycheck for my medical");
    expect(answer.citations[0]?.quote).toContain("Acme PPO,PPO,Employee,per_paycheck,$98.40,$336.85");
  });

  it("cites the sheet's own yearly row for a year's cost", async () => {
    const answer = await askSheet("what do i pay in a year for medical");
    expect(answer.answer).toContain("$8,758.10");
    expect(answer.citations[0]?.quote).toContain("annual_26_paychecks");
  });
});
