import { describe, expect, it } from "vitest";
import { detectPlanType, personalFactKinds } from "../../../../src/app/benefits/question-topic";

describe("the plan type a question is about", () => {
  it.each([
    "whats my deductible on the HSA plan? just me on it",
    "If we'd picked the HSA plan instead, what would the family deductible have been?",
    "what's the copay for a specialist on the health savings plan",
    "per paycheck cost for me + kids on hsa",
    "what would it cost per check if we went on the HSA",
  ])("%s: the high-deductible medical plan that comes with the account", (question) => {
    expect(detectPlanType(question)).toBe("medical");
  });

  it.each([
    "How much does the company put into my HSA?",
    "what's the most I can contribute to my HSA this year",
    "is there a catch-up for the HSA after 55",
    "what's my HSA balance",
    "how much do I put in my HSA per paycheck",
  ])("%s: the account itself", (question) => {
    expect(detectPlanType(question)).toBe("hsa");
  });

  it.each([
    "how often can the kids get flouride",
    "are sealants covered for my 9 year old",
    "my daughter lost her retainer",
  ])("%s: a dental service", (question) => {
    expect(detectPlanType(question)).toBe("dental");
  });

  it.each([
    "does my medical plan pay for my son's eye exam?",
    "Mi hijo necesita un examen de la vista. ¿Cuánto cuesta con el plan médico?",
  ])("%s: the plan named outright, not the service's type", (question) => {
    expect(detectPlanType(question)).toBe("medical");
  });
});

describe("which personal fact a question asks for", () => {
  it.each(["what's my plan?", "which plan am I on"])("%s asks which plan", (question) => {
    expect(personalFactKinds(question)).toContain("enrollment");
  });

  it.each([
    "will my plan reimburse me for a gym membership",
    "does my plan offer a nurse line",
    "does my plan cover acupuncture",
    "does my plan need referrals",
  ])("%s asks what the plan does, not which plan it is", (question) => {
    expect(personalFactKinds(question)).not.toContain("enrollment");
  });

  it.each([
    "my son hit $3000 in bills, does the plan start paying for him",
    "how much do I have to spend before insurance kicks in",
    "how much before the plan starts paying",
    "how much do I pay before the hsa plan pays",
  ])("%s asks about the deductible", (question) => {
    expect(personalFactKinds(question)).toContain("deductible");
    expect(personalFactKinds(question)).not.toContain("premium");
  });

  it("reads a Spanish question about one's own deductible as personal", () => {
    expect(personalFactKinds("¿cuál es mi deducible? deductible")).toContain("deductible");
  });

  it("reads 'when does my insurance kick in' as when coverage begins", () => {
    expect(personalFactKinds("when does my insurance kick in")).not.toContain("deductible");
  });

  it("reads a cap on what one pays as the out-of-pocket limit", () => {
    expect(personalFactKinds("whats the cap on what I pay")).toContain("out_of_pocket");
    expect(
      personalFactKinds("what's the most i could end up paying in a year if something awful happens"),
    ).toContain("out_of_pocket");
    expect(personalFactKinds("what's the most I can put in my HSA")).not.toContain("out_of_pocket");
  });

  it("reads keeping one's benefits as an eligibility rule, not a question about which plans", () => {
    expect(personalFactKinds("which plans am I on?")).toEqual(["enrollment"]);
    expect(personalFactKinds("if i drop to 24 hrs a week do i keep my benefits?")).not.toContain(
      "enrollment",
    );
  });
});

describe("what comes out of each paycheck", () => {
  it.each([
    "what comes out each payday for my dental",
    "how much is medical every pay day for me and my wife",
  ])("%s asks the premium", (question) => {
    expect(personalFactKinds(question)).toContain("premium");
  });
});
