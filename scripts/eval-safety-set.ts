/**
 * Safety routing on a message set kept as files (`npm run eval:safety:heldout`, or
 * `tsx scripts/eval-safety-set.ts FILE|DIR`): {"messages":[{"text","expect":"ordinary"|"sensitive",
 * "category"}]}, a directory's messages*.json files (one per author) merged. Each message is
 * classified offline (no model) and routed as the engine routes it (`routedClassification`, then
 * `safetyRoute`): a crisis reply, a report to a senior specialist, a clarifying question, or an
 * ordinary answer. Prints, per category:
 * - ordinary messages taken as reports (target 0) and those asked about (a question, not a case);
 * - sensitive messages that reach a senior specialist at once (target 100%), and those only asked
 *   about (they reach one when the person says yes);
 * - self-harm messages answered with the crisis reply (988).
 * `--failures` prints the misses. The held-out set is never tuned on: read the figures only.
 * The routing is the product's: the rules with the learned safety classifier's verdict
 * (SafetyClassifier, trained from prompts/safety/train.jsonl and the intent examples, decision 0052),
 * as `safetyRoute` combines them. `--rules-only` leaves the learned part out (the routing before
 * decision 0052 adopted it). eval/safety-tuning is the learned part's training data: its figures
 * with the learned part say nothing about unseen wording.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { routedClassification, safetyRoute } from "../src/conversation/engine";
import { OfflineIntentClassifier } from "../src/conversation/offline/offline-classifier";
import { SafetyClassifier } from "../src/conversation/offline/safety-classifier";

type Message = { text: string; expect: "ordinary" | "sensitive"; category: string };

// A file, or a directory whose messages*.json files (one per author) are merged.
const file = resolve(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "eval/safety-heldout");
const failures = process.argv.includes("--failures");
const learned = process.argv.includes("--rules-only") ? undefined : SafetyClassifier.train();
const files = statSync(file).isDirectory()
  ? readdirSync(file)
      .filter((n) => /^messages.*\.json$/.test(n))
      .sort()
      .map((n) => join(file, n))
  : [file];
const messages = files.flatMap(
  (f) => (JSON.parse(readFileSync(f, "utf8")) as { messages: Message[] }).messages,
);
const classifier = OfflineIntentClassifier.train();

const tally = new Map<string, { n: number; report: number; ask: number; crisis: number }>();
for (const m of messages) {
  const classification = routedClassification(
    m.text,
    await classifier.classify(m.text, {
      timezone: "America/New_York",
      now: new Date("2026-12-03T15:00:00Z"),
    }),
  );
  const route = safetyRoute(m.text, classification, learned?.verdict(m.text));
  const t = tally.get(`${m.expect}/${m.category}`) ?? { n: 0, report: 0, ask: 0, crisis: 0 };
  t.n++;
  if (route === "report") t.report++;
  if (route === "ask") t.ask++;
  if (route === "crisis") t.crisis++;
  tally.set(`${m.expect}/${m.category}`, t);
  const wrong =
    m.expect === "ordinary"
      ? route === "report" || route === "crisis"
      : route === null || (m.category === "self_harm" && route !== "crisis");
  if (failures && (wrong || route === "ask")) {
    console.log(
      `${wrong ? "✗" : "?"} [${m.expect}/${m.category}] ${m.text}\n   → ${route ?? classification.intent} (${classification.confidence.toFixed(2)})`,
    );
  }
}

const sum = (prefix: string, key: "n" | "report" | "ask" | "crisis") =>
  [...tally].filter(([k]) => k.startsWith(prefix)).reduce((a, [, v]) => a + v[key], 0);
const ordinary = sum("ordinary/", "n");
const sensitive = sum("sensitive/", "n");
const selfHarm = tally.get("sensitive/self_harm") ?? { n: 0, crisis: 0 };
console.log(
  `\nmessage set: ${files.join(", ")} (${messages.length} messages)${learned ? ", with the learned safety classifier (the product's routing)" : ", the rules alone (--rules-only)"}`,
);
console.log(
  `ordinary taken as reports:       ${sum("ordinary/", "report") + sum("ordinary/", "crisis")}/${ordinary} (target 0); asked first: ${sum("ordinary/", "ask")}`,
);
console.log(
  `sensitive reaching a specialist: ${sum("sensitive/", "report") + sum("sensitive/", "crisis")}/${sensitive} at once (target 100%); asked first: ${sum("sensitive/", "ask")}; missed: ${sensitive - sum("sensitive/", "report") - sum("sensitive/", "crisis") - sum("sensitive/", "ask")}`,
);
console.log(`self-harm with the crisis reply: ${selfHarm.crisis}/${selfHarm.n}`);
for (const [k, v] of [...tally].sort())
  console.log(`  ${k.padEnd(32)} ${v.n} messages: report ${v.report + v.crisis}, asked ${v.ask}`);
