/**
 * `npm run eval:intents`: trains the offline classifier from prompts/intents/train.txt and reports on
 * the held-out split (prompts/intents/heldout.txt, never trained on): accuracy, per-intent
 * precision/recall, the confusion pairs, and sensitive_report recall and false-positive rate.
 * `--json` prints the figures as JSON. Exit 1 when a target is missed (accuracy ≥ 92%, sensitive
 * recall 100%, under 3% of other messages sent to sensitive_report).
 */
import { INTENTS, type IntentName } from "../src/conversation/intents";
import { OfflineIntentClassifier } from "../src/conversation/offline/offline-classifier";
import { loadLabelledExamples } from "../src/conversation/offline/training-data";

const ctx = { timezone: "UTC", now: new Date("2026-11-25T12:00:00Z") };
const classifier = OfflineIntentClassifier.train();
const heldOut = loadLabelledExamples("heldout");

const predictions = heldOut.map((e) => ({ ...e, predicted: classifier.classifySync(e.text, ctx).intent }));
const correct = predictions.filter((p) => p.predicted === p.intent).length;
const accuracy = correct / predictions.length;

const perIntent = INTENTS.map((intent) => {
  const tp = predictions.filter((p) => p.intent === intent && p.predicted === intent).length;
  const predicted = predictions.filter((p) => p.predicted === intent).length;
  const actual = predictions.filter((p) => p.intent === intent).length;
  return {
    intent,
    support: actual,
    precision: predicted === 0 ? 1 : tp / predicted,
    recall: actual === 0 ? 1 : tp / actual,
  };
});

const pairs = new Map<
  string,
  { expected: IntentName; predicted: IntentName; count: number; examples: string[] }
>();
for (const p of predictions) {
  if (p.predicted === p.intent) continue;
  const key = `${p.intent}→${p.predicted}`;
  const entry = pairs.get(key) ?? { expected: p.intent, predicted: p.predicted, count: 0, examples: [] };
  entry.count++;
  entry.examples.push(p.text);
  pairs.set(key, entry);
}
const confusions = [...pairs.values()].sort(
  (a, b) => b.count - a.count || a.expected.localeCompare(b.expected),
);

const sensitive = predictions.filter((p) => p.intent === "sensitive_report");
const others = predictions.filter((p) => p.intent !== "sensitive_report");
const sensitiveRecall = sensitive.filter((p) => p.predicted === "sensitive_report").length / sensitive.length;
const sensitiveFalsePositiveRate =
  others.filter((p) => p.predicted === "sensitive_report").length / others.length;

const figures = {
  trainExamples: classifier.stats.examples,
  heldOutExamples: heldOut.length,
  features: classifier.stats.features,
  temperature: Number(classifier.stats.temperature.toFixed(3)),
  trainingMs: Math.round(classifier.stats.trainingMs),
  accuracy,
  sensitiveRecall,
  sensitiveFalsePositiveRate,
  perIntent,
  confusions,
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
if (process.argv.includes("--json")) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  console.log(
    `offline classifier: ${figures.trainExamples} training examples, ${figures.features} features, trained in ${figures.trainingMs} ms (T=${figures.temperature})`,
  );
  console.log(`held-out split: ${heldOut.length} messages\n`);
  console.log(`accuracy                         ${pct(accuracy)}  (${correct}/${heldOut.length})`);
  console.log(`sensitive_report recall          ${pct(sensitiveRecall)}`);
  console.log(`others sent to sensitive_report  ${pct(sensitiveFalsePositiveRate)}\n`);
  console.log(
    `${"intent".padEnd(20)} ${"n".padStart(4)} ${"precision".padStart(10)} ${"recall".padStart(8)}`,
  );
  for (const r of perIntent)
    console.log(
      `${r.intent.padEnd(20)} ${String(r.support).padStart(4)} ${pct(r.precision).padStart(10)} ${pct(r.recall).padStart(8)}`,
    );
  console.log("\nconfusion pairs (expected → predicted):");
  for (const c of confusions)
    console.log(
      `  ${c.count}× ${c.expected} → ${c.predicted}: ${c.examples.map((e) => `"${e}"`).join(", ")}`,
    );
}

const missed = accuracy < 0.92 || sensitiveRecall < 1 || sensitiveFalsePositiveRate >= 0.03;
process.exitCode = missed ? 1 : 0;
