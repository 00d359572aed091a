/**
 * One batch of scripts/eval-safety-timeforward.ts, run inside a snapshot of an earlier commit: it is
 * copied to the snapshot's scripts/, so the imports below resolve to that commit's engine, rules and
 * intent classifier (and this branch's safety classifier, copied in too). Run from the snapshot's
 * root. Arguments: the batch file, then the earlier batch files the learned classifier may train on.
 */
import { readFileSync } from "node:fs";
import * as engine from "../src/conversation/engine";
import { OfflineIntentClassifier } from "../src/conversation/offline/offline-classifier";
import {
  intentsAsSafetyExamples,
  SafetyClassifier,
  type SafetyExample,
} from "../src/conversation/offline/safety-classifier";
import * as rules from "../src/conversation/offline/sensitive-rules";
import { loadLabelledExamples } from "../src/conversation/offline/training-data";

type Message = { text: string; expect: "ordinary" | "sensitive"; category: string };
type Route = "crisis" | "report" | "ask" | null;
const [file, ...earlier] = process.argv.slice(2);
const read = (f: string) =>
  (JSON.parse(readFileSync(`eval/safety-tuning/${f}`, "utf8")) as { messages: Message[] }).messages;
const label = (m: Message): SafetyExample["label"] =>
  m.expect === "ordinary" ? "ordinary" : m.category === "self_harm" ? "self_harm" : "sensitive";
// This branch's thresholds (src/conversation/engine.ts, LEARNED_SAFETY).
const T = JSON.parse(process.env.LEARNED_SAFETY ?? '{"crisis":0.8,"report":0.9,"ask":0.6}');

const classifier = OfflineIntentClassifier.train();
const safety = SafetyClassifier.train([
  ...earlier.flatMap((f) => read(f).map((m) => ({ text: m.text, label: label(m) }))),
  ...intentsAsSafetyExamples(loadLabelledExamples("train")),
]);
const has = (name: string, text: string): boolean | undefined =>
  // biome-ignore lint/suspicious/noExplicitAny: a helper the snapshot may not have.
  typeof (rules as any)[name] === "function" ? (rules as any)[name](text) : undefined;

/** This branch's overlay (safetyRoute with a learned verdict), on the snapshot's rules. */
function overlay(text: string, ruled: Route): Route {
  if (ruled === "crisis") return ruled;
  if (has("isGeneralPolicyQuestion", text) || has("asksAboutReporting", text)) return ruled;
  const v = safety.verdict(text);
  const aside = has("soundsLikeAJoke", text) || has("talksOfElsewhere", text);
  const told = (has("hasReportCue", text) || !has("soundsLikeOrdinaryTrouble", text)) && !aside;
  if (v.selfHarm >= T.crisis && !aside) return "crisis";
  if (ruled === "report") return ruled;
  if (v.sensitive >= T.report && told) return "report";
  if (ruled === "ask") return "ask";
  return v.sensitive >= T.ask || v.selfHarm >= T.ask ? "ask" : null;
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
