import type { IntentName } from "./intents";
import type { Slots } from "./slots";

/** What a classifier knows besides the text: the person's timezone and "now" (for "yesterday"). */
export type ClassifyContext = {
  /** IANA timezone of the person, e.g. "America/New_York". Relative dates resolve in it. */
  timezone: string;
  /** The current instant, from the engine's Clock (never `new Date()` inside a classifier). */
  now: Date;
  /** The intent of the previous turn, if any (helps short follow-ups like "and dental?"). */
  previousIntent?: IntentName;
};

/** The result of classifying one message. */
export type Classification = {
  intent: IntentName;
  /** Calibrated probability in [0, 1] that `intent` is right. */
  confidence: number;
  /** Slots found in the text (dates already resolved to ISO calendar dates). */
  slots: Slots;
  /** The runner-up intents with their probabilities, best first (for the clarifying question). */
  alternatives: { intent: IntentName; confidence: number }[];
  /** Which classifier produced it: "offline", "llm", or "rule" (a safety rule decided). */
  source: "offline" | "llm" | "rule";
};

/**
 * Finds what a person wants. Two implementations: `OfflineIntentClassifier` (default, no network)
 * and `LlmIntentClassifier` (LangChain chat model, falling back to the offline one).
 * A classifier only labels text: it never triggers actions, decides permissions or computes money.
 */
export interface IntentClassifier {
  classify(text: string, context: ClassifyContext): Promise<Classification>;
}
