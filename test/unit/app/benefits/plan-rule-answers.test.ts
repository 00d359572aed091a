import { describe, expect, it } from "vitest";
import { answerBenefitsQuestion } from "../../../../src/app/benefits/answer-benefits-question";
import type { EmployeeBenefits } from "../../../../src/app/benefits/benefits-facts";
import { childAgeAsked } from "../../../../src/app/benefits/child-age-answer";
import { lifeEventWindowAsked } from "../../../../src/app/benefits/life-event-window-answer";
import { lifeEventWindow } from "../../../../src/core/benefits/life-events";
import type { BenefitPlan, PlanRulesInput } from "../../../../src/core/benefits/plan";
import { daysBetween } from "../../../../src/core/calendar/iso-date";
import { fixedClock } from "../../../../src/core/clock";
import { KnowledgeRetriever } from "../../../../src/knowledge/knowledge-retriever";
import { memoryKnowledgeStore } from "../../../../src/knowledge/knowledge-store";
import { splitDocument } from "../../../../src/knowledge/sections";

const HANDBOOK = `# Benefits Handbook

### Enrolling as a new hire

New employees must enroll within 30 days of their hire date.

### Eligible dependents

You may cover your spouse and your children until the end of the month in which they turn 26.

### Qualifying life events

You may change your elections after a qualifying life event if you request the change within 31 days
of the event. To add a newborn or an adopted child, request the change within 60 days of the birth or
placement.
`;

const plan = (rules: PlanRulesInput): BenefitPlan => ({
  id: "PPO",
  code: "PPO",
  type: "medical",
  name: "Keystone PPO",
  planYear: 2026,
  tiers: { employee: { employee: "40.00", employer: "200.00" } },
  documents: ["sbc-ppo.md", "handbook.md"],
  rules,
});

async function employeeOn(p: BenefitPlan) {
  const store = memoryKnowledgeStore();
  const split = splitDocument(HANDBOOK, "markdown", "handbook.md");
  await store.replaceDocument("acme", {
    name: "handbook.md",
    format: "markdown",
    title: split.title,
    contentHash: "h",
    sections: split.sections,
  });
  const benefits: EmployeeBenefits = {
    employeeId: "e1",
    clientId: "acme",
    clientName: "Acme",
    payFrequency: "biweekly",
    plans: [p],
    enrollments: [
      { enrollmentId: "x", plan: p, tier: "employee", effectiveFrom: "2026-01-01", effectiveTo: null },
    ],
  };
  return {
    retriever: new KnowledgeRetriever(store),
    facts: { employeeBenefits: async () => benefits },
    clock: fixedClock("2026-03-02T15:00:00Z"),
  };
}
const ask = (question: string) => ({ employeeId: "e1", clientId: "acme", question });

describe("life-event windows: the figure the product applies is the figure the answer states", () => {
  it.each([
    ["we just got married, how long do I have to add my husband?", "marriage"],
    ["how many days do I have to add the baby after she's born", "birth"],
    ["deadline to add my adopted son?", "adoption"],
    ["¿cuánto tiempo tengo para agregar a mi esposa después de la boda?", "marriage"],
  ])("%s → %s", (question, event) => {
    expect(lifeEventWindowAsked(question)).toBe(event);
  });

  it.each([
    "how long can my daughter stay on my insurance? she's 24",
    "how long does a hospital stay after a birth last",
    "I got married",
  ])("%s is not a question about a change window", (question) => {
    expect(lifeEventWindowAsked(question)).toBeNull();
  });

  it("states the plan's window, cites the document's sentence for that event, and agrees with the window the event opens", async () => {
    const p = plan({ lifeEventWindowDays: { marriage: 31, birth: 60 } });
    const answer = await answerBenefitsQuestion(
      ask("how long do I have to add my newborn to my insurance after the birth?"),
      await employeeOn(p),
    );
    expect(answer.answer).toBe(
      "You have 60 days from the birth to make the change on Keystone PPO. Coverage starts on the date of the event.",
    );
    expect(answer.citations).toEqual([
      {
        document: "handbook.md",
        section: expect.stringContaining("Qualifying life events"),
        quote: expect.stringContaining("within 60 days of the birth"),
      },
    ]);
    expect(answer.recordMismatch).toBeUndefined();
    const opened = lifeEventWindow({ type: "birth", eventDate: "2026-02-10" }, p);
    expect(daysBetween(opened.opens, opened.closes) + 1).toBe(60);
  });

  it("says both figures and asks a specialist when the plan record and the document disagree", async () => {
    const answer = await answerBenefitsQuestion(
      ask("we got married last week, how many days do I have to add my wife?"),
      await employeeOn(plan({})),
    );
    expect(answer.answer).toBe(
      "You have 30 days from the marriage to make the change on Keystone PPO. Coverage starts on the first of the month after the event. handbook.md says 31 days, while your plan record says 30; I've asked an HR specialist to check which is right.",
    );
    expect(answer.citations[0]?.quote).toContain("within 31 days");
    expect(answer.recordMismatch).toEqual({
      plan: "PPO",
      field: "life-event window",
      record: "30 days",
      document: "31 days",
      documentName: "handbook.md",
    });
  });

  it("never takes the new-hire enrollment window for a life event's", async () => {
    const answer = await answerBenefitsQuestion(
      ask("how long do I have to add my husband after the wedding?"),
      await employeeOn(plan({ lifeEventWindowDays: { marriage: 31 } })),
    );
    expect(answer.citations[0]?.quote).not.toContain("hire");
    expect(answer.recordMismatch).toBeUndefined();
  });
});

describe("a child's age limit: the age the product applies is the age the answer states", () => {
  it.each([
    "how long can my oldest stay on my insurance? she's 24",
    "my daughter is turning 25, can she stay on my plan",
    "until what age are kids covered",
    "¿hasta qué edad puede estar mi hijo en mi seguro?",
  ])("%s asks it", (question) => {
    expect(childAgeAsked(question)).toBe(true);
  });

  it.each(["if I quit how long can I stay on my insurance", "how much is my kid's inhaler"])(
    "%s does not",
    (question) => {
      expect(childAgeAsked(question)).toBe(false);
    },
  );

  it("states the plan's age and cites the document's sentence", async () => {
    const answer = await answerBenefitsQuestion(
      ask("my son is 24, how long can he stay on my insurance?"),
      await employeeOn(plan({})),
    );
    expect(answer.answer).toBe("Your children can stay on Keystone PPO until age 26.");
    expect(answer.citations[0]?.quote).toContain("until the end of the month in which they turn 26");
    expect(answer.recordMismatch).toBeUndefined();
  });

  it("says when coverage ends when that is what is asked", async () => {
    const answer = await answerBenefitsQuestion(
      ask("my oldest turns 26 in august, does she get kicked off right away?"),
      await employeeOn(plan({})),
    );
    expect(answer.answer).toBe(
      "Your children can stay on Keystone PPO until age 26. You may cover your spouse and your children until the end of the month in which they turn 26.",
    );
  });

  it("says both and asks a specialist when the plan record says another age", async () => {
    const answer = await answerBenefitsQuestion(
      ask("until what age can my kids stay on my plan?"),
      await employeeOn(plan({ childMaxAge: 24 })),
    );
    expect(answer.answer).toContain("until age 24");
    expect(answer.answer).toContain("handbook.md says 26, while your plan record says 24");
    expect(answer.recordMismatch).toMatchObject({
      field: "child age limit",
      record: "age 24",
      document: "age 26",
    });
  });
});
