import { describe, expect, it } from "vitest";
import { personalFactKinds } from "../../../../src/app/benefits/question-topic";

describe("which personal fact a question asks for", () => {
  it.each([
    ["What's the family deductible on my plan?", ["deductible"]],
    ["what plan am I on", ["enrollment"]],
    ["vision premium per paycheck, family", ["premium"]],
    ["what is the PPO deductible", []],
  ])("%s", (question, kinds) => {
    expect(personalFactKinds(question)).toEqual(kinds);
  });
});
