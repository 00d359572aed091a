/**
 * Regenerates prompts/safety/train.jsonl, the learned safety classifier's examples, from the
 * tuning messages in eval/safety-tuning/messages*.json (`npx tsx scripts/build-safety-training.ts`).
 * The product reads only the copy under prompts/, never eval/.
 *
 * eval/safety-tuning is therefore both the training data of the learned classifier and the set the
 * safety rules were tuned on: its figures say nothing about unseen wording. The held-out set
 * (eval/safety-heldout) is never copied here and stays the only evidence; the first-contact
 * simulation is scripts/eval-safety-crossval.ts.
 *
 * Labels: an ordinary message is "ordinary", a sensitive one of category self_harm "self_harm",
 * any other sensitive one "sensitive". Each line keeps its category and source file.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SAFETY_TRAINING_FILE } from "../src/conversation/offline/safety-classifier";

type Message = { text: string; expect: "ordinary" | "sensitive"; category: string };

const dir = "eval/safety-tuning";
const lines: string[] = [];
for (const name of readdirSync(dir)
  .filter((n) => /^messages.*\.json$/.test(n))
  .sort()) {
  const { messages } = JSON.parse(readFileSync(join(dir, name), "utf8")) as { messages: Message[] };
  for (const m of messages) {
    const label =
      m.expect === "ordinary" ? "ordinary" : m.category === "self_harm" ? "self_harm" : "sensitive";
    lines.push(JSON.stringify({ text: m.text, label, category: m.category, source: name }));
  }
}
writeFileSync(SAFETY_TRAINING_FILE, `${lines.join("\n")}\n`);
console.log(`${lines.length} examples → ${SAFETY_TRAINING_FILE}`);
