import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type IntentName, isIntentName } from "../intents";

export type LabelledExample = { intent: IntentName; text: string };

/** `prompts/intents/` at the repository root. */
export const INTENT_DATA_DIR = fileURLToPath(new URL("../../../prompts/intents/", import.meta.url));

/** Parses the `## intent` / one-example-per-line format of prompts/intents/*.txt. */
export function parseLabelledExamples(content: string, source = "examples"): LabelledExample[] {
  const examples: LabelledExample[] = [];
  let intent: IntentName | undefined;
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || (line.startsWith("#") && !line.startsWith("##"))) return;
    if (line.startsWith("##")) {
      const name = line.slice(2).trim();
      if (!isIntentName(name)) throw new Error(`${source}:${i + 1}: unknown intent "${name}"`);
      intent = name;
      return;
    }
    if (!intent) throw new Error(`${source}:${i + 1}: example before any "## intent" header`);
    examples.push({ intent, text: line });
  });
  return examples;
}

/** Loads one split ("train" or "heldout") shipped in prompts/intents/. */
export function loadLabelledExamples(split: "train" | "heldout", dir = INTENT_DATA_DIR): LabelledExample[] {
  const path = `${dir}${split}.txt`;
  return parseLabelledExamples(readFileSync(path, "utf8"), path);
}
