import { describe, expect, it } from "vitest";
import { policyQuestionsAnswered, safetyRoute } from "../../../src/conversation/engine";
import {
  parseSafetyExamples,
  SafetyClassifier,
  safetyFeatureNames,
} from "../../../src/conversation/offline/safety-classifier";
import { offlineClassifier } from "./support";

// The learned safety classifier (decision 0052): trained from prompts/safety/train.jsonl (a copy of
// eval/safety-tuning) and the intent examples. None of the sentences below is a training example.
const safety = SafetyClassifier.train();
const context = { timezone: "America/New_York", now: new Date("2026-12-03T15:00:00Z") };
const routes = (text: string) => {
  const classification = policyQuestionsAnswered(text, offlineClassifier().classifySync(text, context));
  return {
    rules: safetyRoute(text, classification),
    learned: safetyRoute(text, classification, safety.verdict(text)),
  };
};

describe("learned safety classifier", () => {
  it.each([
    ["my shift lead keeps rubbing my shoulders and won't stop when I ask", "sensitive"],
    ["the owner pays the kitchen guys cash and keeps our tips", "sensitive"],
    ["the foreman took our hard hats away and told us to climb the scaffold anyway", "sensitive"],
    ["I've been thinking it would be easier to just not wake up", "self_harm"],
    ["lately I keep giving my stuff away, won't need it", "self_harm"],
    ["the coffee machine on floor 3 is broken again", "ordinary"],
    ["ugh my laptop keeps freezing during calls", "ordinary"],
    ["I'm so done with these spreadsheets today", "ordinary"],
  ])("reads %j as %s", (text, label) => {
    expect(safety.verdict(text).label).toBe(label);
  });

  it("is deterministic: the same examples give the same verdicts", () => {
    const again = SafetyClassifier.train();
    for (const text of ["the owner keeps our tips", "I'm tired of everything", "where's my W-2"])
      expect(again.verdict(text)).toEqual(safety.verdict(text));
  });

  it("reads a message in well under 2 ms", () => {
    const text = "my supervisor keeps making comments about my body and I don't know who to tell";
    const started = performance.now();
    for (let i = 0; i < 200; i++) safety.verdict(text);
    expect((performance.now() - started) / 200).toBeLessThan(2);
  });

  it("adds to the rules: what they missed is reported, the crisis reply follows indirect self-harm", () => {
    expect(routes("the owner pays the kitchen guys cash and keeps our tips")).toEqual({
      rules: null,
      learned: "report",
    });
    expect(routes("I've been thinking it would be easier to just not wake up")).toEqual({
      rules: null,
      learned: "crisis",
    });
    // An unsure learned reading is one question, not a case.
    expect(routes("after I mentioned the union my hours went to zero").learned).toBe("ask");
  });

  it("never overrules a rule's report, and leaves ordinary complaints and policy questions alone", () => {
    expect(routes("my boss makes me clean the fryer with no gloves and my hands are burned").learned).toBe(
      "report",
    );
    for (const text of [
      "the printer jammed again lol",
      "the coffee machine on floor 3 is broken again",
      "what's the process for reporting a safety issue?",
      "how many vacation days do I have left",
    ])
      expect(routes(text).learned).toBeNull();
  });

  it("features include character n-grams across words, and the training file parses", () => {
    expect(safetyFeatureNames("no pagan")).toContain("x:o pa");
    expect(parseSafetyExamples('{"text":"hi","label":"ordinary"}\n')).toEqual([
      { text: "hi", label: "ordinary" },
    ]);
    expect(() => parseSafetyExamples('{"text":"hi","label":"maybe"}')).toThrow(/line|:1:/);
  });
});
