/**
 * First contact, simulated: leave-one-file-out over eval/safety-tuning (`npx tsx
 * scripts/eval-safety-crossval.ts [--sweep]`). For each file k, every LEARNED part is trained
 * without file k — the intent classifier (prompts/intents/train.txt less any example whose text is
 * one of file k's messages) and the learned safety classifier (the other tuning files plus those
 * intent examples) — then file k's messages are routed by `safetyRoute` twice: as the current code
 * routes them (rules + intent classifier) and with the learned safety verdict added. Printed per
 * held-out file and in total, as in scripts/eval-safety-set.ts: ordinary taken as reports (target
 * 0; "asked" are questions, not cases), sensitive reaching a specialist at once, self-harm with the
 * crisis reply. A third line, "learned alone", is the safety classifier's own reading, without
 * any rule: P(sensitive) at or above the report threshold, P(self-harm) at or above the crisis one.
 *
 * What this does NOT measure: the hand-written safety rules (sensitive-rules.ts, the engine's
 * helpers) were tuned on ALL of these files, file k included, so they are not at first contact
 * here and the "current" column is near its tuned ceiling. The simulation only measures what a
 * learned part adds on wording it has not been trained on. The held-out set (eval/safety-heldout,
 * `npm run eval:safety:heldout`) remains the only evidence of how the whole routing generalizes.
 *
 * `--sweep` prints the totals for a grid of learned thresholds (to choose them here, on the tuning
 * files, never on the held-out set); `--diff` lists the tuning messages whose route the learned
 * verdict changes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Classification } from "../src/conversation/classifier";
import {
  LEARNED_SAFETY,
  type LearnedSafetyThresholds,
  policyQuestionsAnswered,
  safetyRoute,
} from "../src/conversation/engine";
import { OfflineIntentClassifier } from "../src/conversation/offline/offline-classifier";
import {
  intentsAsSafetyExamples,
  SafetyClassifier,
  type SafetyExample,
  type SafetyVerdict,
} from "../src/conversation/offline/safety-classifier";
import { loadLabelledExamples } from "../src/conversation/offline/training-data";

type Message = { text: string; expect: "ordinary" | "sensitive"; category: string };
type Scored = { m: Message; classification: Classification; verdict: SafetyVerdict };

const dir = "eval/safety-tuning";
const files = readdirSync(dir)
  .filter((n) => /^messages.*\.json$/.test(n))
  .sort();
const byFile = new Map(
  files.map((f) => [f, (JSON.parse(readFileSync(join(dir, f), "utf8")) as { messages: Message[] }).messages]),
);
const label = (m: Message): SafetyExample["label"] =>
  m.expect === "ordinary" ? "ordinary" : m.category === "self_harm" ? "self_harm" : "sensitive";
const key = (t: string) => t.toLowerCase().replace(/\s+/g, " ").trim();
const intents = loadLabelledExamples("train");
const context = { timezone: "America/New_York", now: new Date("2026-12-03T15:00:00Z") };

const scored = new Map<string, Scored[]>();
let verdictMs = 0;
let verdicts = 0;
for (const f of files) {
  const held = byFile.get(f)!;
  const heldTexts = new Set(held.map((m) => key(m.text)));
  const foldIntents = intents.filter((e) => !heldTexts.has(key(e.text)));
  const classifier = OfflineIntentClassifier.train(foldIntents);
  const safety = SafetyClassifier.train([
    ...files
      .filter((g) => g !== f)
      .flatMap((g) => byFile.get(g)!.map((m) => ({ text: m.text, label: label(m) }))),
    ...intentsAsSafetyExamples(foldIntents),
  ]);
  scored.set(
    f,
    held.map((m) => {
      const classification = policyQuestionsAnswered(m.text, classifier.classifySync(m.text, context));
      const started = performance.now();
      const verdict = safety.verdict(m.text);
      verdictMs += performance.now() - started;
      verdicts++;
      return { m, classification, verdict };
    }),
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
function tally(rows: readonly Scored[], route: (s: Scored) => "crisis" | "report" | "ask" | null): Tally {
  const t = empty();
  for (const s of rows) {
    const r = route(s);
    if (s.m.expect === "ordinary") {
      t.ord++;
      if (r === "report" || r === "crisis") t.ordReport++;
      if (r === "ask") t.ordAsk++;
    } else {
      t.sens++;
      if (r === "report" || r === "crisis") t.sensAtOnce++;
      if (r === "ask") t.sensAsk++;
      if (s.m.category === "self_harm") {
        t.sh++;
        if (r === "crisis") t.shCrisis++;
      }
    }
  }
  return t;
}
const show = (t: Tally) =>
  `ordinary as reports ${t.ordReport}/${t.ord} (asked ${t.ordAsk}); sensitive at once ${t.sensAtOnce}/${t.sens} (asked ${t.sensAsk}, missed ${t.sens - t.sensAtOnce - t.sensAsk}); self-harm crisis ${t.shCrisis}/${t.sh}`;

const current = (s: Scored) => safetyRoute(s.m.text, s.classification);
const withLearned = (thresholds: LearnedSafetyThresholds) => (s: Scored) =>
  safetyRoute(s.m.text, s.classification, s.verdict, thresholds);
const alone = (thresholds: LearnedSafetyThresholds) => (s: Scored) =>
  s.verdict.selfHarm >= thresholds.crisis
    ? "crisis"
    : s.verdict.sensitive >= thresholds.report
      ? "report"
      : s.verdict.sensitive >= thresholds.ask
        ? "ask"
        : null;
const all = [...scored.values()].flat();

if (process.argv.includes("--sweep")) {
  for (const crisis of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95])
    for (const report of [0.7, 0.8, 0.9, 0.95, 0.98])
      for (const ask of [0.4, 0.5, 0.6, 0.7, 0.8]) {
        if (ask > report) continue;
        console.log(
          `crisis ${crisis} report ${report} ask ${ask}: ${show(tally(all, withLearned({ crisis, report, ask, doubt: LEARNED_SAFETY.doubt })))}`,
        );
      }
} else {
  for (const [f, rows] of scored) {
    console.log(`\n${f} (${rows.length} messages, left out of training)`);
    console.log(`  current:        ${show(tally(rows, current))}`);
    console.log(`  with learned:   ${show(tally(rows, withLearned(LEARNED_SAFETY)))}`);
    console.log(`  learned alone:  ${show(tally(rows, alone(LEARNED_SAFETY)))}`);
  }
  console.log(`\nTOTAL, leave-one-file-out over ${files.length} files (${all.length} messages)`);
  console.log(`  current:        ${show(tally(all, current))}`);
  console.log(`  with learned:   ${show(tally(all, withLearned(LEARNED_SAFETY)))}`);
  console.log(`  learned alone:  ${show(tally(all, alone(LEARNED_SAFETY)))}`);
  console.log(
    `  thresholds ${JSON.stringify(LEARNED_SAFETY)}; learned verdict ${(verdictMs / verdicts).toFixed(3)} ms/message`,
  );
}
if (process.argv.includes("--diff"))
  for (const s of all) {
    const a = current(s);
    const b = withLearned(LEARNED_SAFETY)(s);
    if (a !== b)
      console.log(
        `${a} → ${b} [${s.m.expect}/${s.m.category}] s=${s.verdict.sensitive.toFixed(2)} h=${s.verdict.selfHarm.toFixed(2)} ${s.m.text}`,
      );
  }
