import { describe, expect, it } from "vitest";
import { INTENTS } from "../../../src/conversation/intents";
import { OfflineIntentClassifier } from "../../../src/conversation/offline/offline-classifier";
import { loadLabelledExamples } from "../../../src/conversation/offline/training-data";
import { offlineClassifier } from "./support";

const ctx = { timezone: "UTC", now: new Date("2026-11-25T12:00:00Z") };

describe("OfflineIntentClassifier", () => {
  const heldOut = loadLabelledExamples("heldout");
  const train = loadLabelledExamples("train");

  it("never trains on the held-out split", () => {
    const trained = new Set(train.map((e) => e.text.toLowerCase()));
    expect(heldOut.filter((e) => trained.has(e.text.toLowerCase()))).toEqual([]);
  });

  it("ships examples and held-out cases for every intent", () => {
    for (const intent of INTENTS) {
      expect(train.filter((e) => e.intent === intent).length, intent).toBeGreaterThanOrEqual(50);
      expect(heldOut.filter((e) => e.intent === intent).length, intent).toBeGreaterThanOrEqual(15);
    }
  });

  it("reaches at least 92% accuracy on the held-out split", () => {
    const c = offlineClassifier();
    const correct = heldOut.filter((e) => c.classifySync(e.text, ctx).intent === e.intent).length;
    expect(correct / heldOut.length).toBeGreaterThanOrEqual(0.92);
  });

  it("finds every held-out sensitive report and sends under 3% of other messages there", () => {
    const c = offlineClassifier();
    const sensitive = heldOut.filter((e) => e.intent === "sensitive_report");
    const others = heldOut.filter((e) => e.intent !== "sensitive_report");
    expect(
      sensitive.filter((e) => c.classifySync(e.text, ctx).intent !== "sensitive_report").map((e) => e.text),
    ).toEqual([]);
    const wrong = others.filter((e) => c.classifySync(e.text, ctx).intent === "sensitive_report");
    expect(wrong.length / others.length).toBeLessThan(0.03);
  });

  it("sends a sensitive report there whatever else the message asks", () => {
    const result = offlineClassifier().classifySync(
      "can i take friday off? also my lead keeps grabbing me",
      ctx,
    );
    expect(result).toMatchObject({
      intent: "sensitive_report",
      source: "rule",
      slots: { topic: "harassment" },
    });
  });

  it("is deterministic: two trainings give the same probabilities", () => {
    const other = OfflineIntentClassifier.train();
    for (const text of ["whats my dental deductible", "log 8 hours", "hello"])
      expect(other.scores(text)).toEqual(offlineClassifier().scores(text));
  });

  it("returns calibrated probabilities that sum to one", () => {
    const scores = offlineClassifier().scores("how much pto do i have");
    expect(scores.reduce((s, x) => s + x.confidence, 0)).toBeCloseTo(1, 9);
    expect(scores[0]).toMatchObject({ intent: "pto_balance" });
  });

  it("is unsure about text it has no features for", () => {
    const result = offlineClassifier().classifySync("zzqx vvbn", ctx);
    expect(result.confidence).toBeLessThan(0.45);
  });
});
