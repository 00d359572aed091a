/**
 * One batch of scripts/eval-safety-timeforward.ts, run inside a snapshot of an earlier commit: it is
 * copied to the snapshot's scripts/, so the imports below resolve to that commit's engine, rules and
 * intent classifier (and this branch's safety classifier, copied in too). Run from the snapshot's
 * root. Arguments: the batch file, then the earlier batch files the learned classifier may train on.
 * The learned overlay is this branch's own (`withLearnedVerdict`, copied in with the classifier; the
 * engine's `safetyRoute` calls the same function): only what the rules read comes from the snapshot.
 */
import { readFileSync } from "node:fs";
import * as engine from "../src/conversation/engine";
import { OfflineIntentClassifier } from "../src/conversation/offline/offline-classifier";
import {
  intentsAsSafetyExamples,
  LEARNED_SAFETY,
  type LearnedSafetyThresholds,
  SafetyClassifier,
  type SafetyExample,
  type SafetyRoute,
  withLearnedVerdict,
} from "../src/conversation/offline/safety-classifier";
import * as rules from "../src/conversation/offline/sensitive-rules";
import { loadLabelledExamples } from "../src/conversation/offline/training-data";

type Message = { text: string; expect: "ordinary" | "sensitive"; category: string };
type Route = SafetyRoute;
const [file, ...earlier] = process.argv.slice(2);
const read = (f: string) =>
  (JSON.parse(readFileSync(`eval/safety-tuning/${f}`, "utf8")) as { messages: Message[] }).messages;
const label = (m: Message): SafetyExample["label"] =>
  m.expect === "ordinary" ? "ordinary" : m.category === "self_harm" ? "self_harm" : "sensitive";
// This branch's thresholds (LEARNED_SAFETY, copied in with the classifier), or those the caller passes.
const T: LearnedSafetyThresholds = process.env.LEARNED_SAFETY
  ? JSON.parse(process.env.LEARNED_SAFETY)
  : LEARNED_SAFETY;

const classifier = OfflineIntentClassifier.train();
const safety = SafetyClassifier.train([
  ...earlier.flatMap((f) => read(f).map((m) => ({ text: m.text, label: label(m) }))),
  ...intentsAsSafetyExamples(loadLabelledExamples("train")),
]);
const has = (name: string, text: string): boolean | undefined =>
  // biome-ignore lint/suspicious/noExplicitAny: a helper the snapshot may not have.
  typeof (rules as any)[name] === "function" ? (rules as any)[name](text) : undefined;

/** This branch's overlay (`withLearnedVerdict`, as `safetyRoute` applies it), on the snapshot's rules. */
function overlay(text: string, ruled: Route): Route {
  const aside = Boolean(has("soundsLikeAJoke", text) || has("talksOfElsewhere", text));
  return withLearnedVerdict(
    ruled,
    safety.verdict(text),
    {
      question: Boolean(has("isGeneralPolicyQuestion", text) || has("asksAboutReporting", text)),
      aside,
      // The rules' "told" test (engine.ts, toldAsReport) from the snapshot's helpers.
      told: (Boolean(has("hasReportCue", text)) || !has("soundsLikeOrdinaryTrouble", text)) && !aside,
      rule: Boolean(has("matchSensitiveReport", text)),
    },
    T,
  );
}

type Tally = {
  ord: number;
  ordReport: number;
  ordAsk: number;
  sens: number;
  sensAtOnce: number;
  sensAsk: number;
  sh: number;
  shCrisis: number;
};
const empty = (): Tally => ({
  ord: 0,
  ordReport: 0,
  ordAsk: 0,
  sens: 0,
  sensAtOnce: 0,
  sensAsk: 0,
  sh: 0,
  shCrisis: 0,
});
const t = { rulesThen: empty(), learned: empty() };
for (const m of read(file!)) {
  const c = engine.policyQuestionsAnswered(
    m.text,
    await classifier.classify(m.text, {
      timezone: "America/New_York",
      now: new Date("2026-12-03T15:00:00Z"),
    }),
  );
  const then: Route = engine.safetyRoute(m.text, c);
  for (const [a, r] of [
    [t.rulesThen, then],
    [t.learned, overlay(m.text, then)],
  ] as const) {
    if (m.expect === "ordinary") {
      a.ord++;
      if (r === "report" || r === "crisis") a.ordReport++;
      if (r === "ask") a.ordAsk++;
    } else {
      a.sens++;
      if (r === "report" || r === "crisis") a.sensAtOnce++;
      if (r === "ask") a.sensAsk++;
      if (m.category === "self_harm") {
        a.sh++;
        if (r === "crisis") a.shCrisis++;
      }
    }
  }
}
const show = (a: Tally) =>
  `ordinary as reports ${a.ordReport}/${a.ord} (asked ${a.ordAsk}); sensitive at once ${a.sensAtOnce}/${a.sens} (asked ${a.sensAsk}, missed ${a.sens - a.sensAtOnce - a.sensAsk}); self-harm crisis ${a.shCrisis}/${a.sh}`;
console.log(`${file} (learned part trained on ${earlier.length} earlier files)`);
console.log(`  rules then:            ${show(t.rulesThen)}`);
console.log(`  rules then + learned:  ${show(t.learned)}`);
console.log(`TOTALS ${JSON.stringify(t)}`);
