import type { Citation } from "../../conversation/reply";
import type { Passage } from "../../knowledge/knowledge-index";
import { splitSentences } from "../../knowledge/text";

/**
 * "I just started and need a crown: will the dental plan pay yet?" A dental price answers only half
 * of it when the plan makes new enrollees wait for major work. When the question is about timing, the
 * plan documents' sentence on waiting periods (the one naming the service's class, if any) is added
 * and cited, in the document's own words.
 */

/** The question asks whether coverage applies already, or as a new enrollee. */
const ASKS_TIMING =
  /\b(yet|already|right away|immediately|just (started|joined|enrolled|got hired|signed up)|new (hire|employee|enrollee)|started (working|here|in|on)|recently (joined|enrolled|hired)|waiting period|wait before)\b/i;

const CLASS_WORDS: Record<string, RegExp> = {
  major_dental: /\b(major|class iii|crowns?|bridges?|dentures?|implants?)\b/i,
  basic_dental: /\b(basic|class ii|fillings?|extractions?)\b/i,
  orthodontia: /\b(orthodont\w*|braces)\b/i,
};

export function asksAboutTiming(question: string): boolean {
  return ASKS_TIMING.test(question);
}

/** The sentence on waiting periods that fits the service best, cited; null when none says. */
export function waitingPeriodNote(
  passages: readonly Passage[],
  serviceKey: string | undefined,
): { sentence: string; citation: Citation } | null {
  const classWords = serviceKey ? CLASS_WORDS[serviceKey] : undefined;
  let best: { sentence: string; passage: Passage; rank: number } | null = null;
  for (const passage of passages) {
    for (const sentence of splitSentences(passage.section.text)) {
      if (!/waiting period/i.test(sentence)) continue;
      const rank = classWords?.test(sentence) ? 0 : 1;
      if (!best || rank < best.rank) best = { sentence, passage, rank };
    }
  }
  if (!best) return null;
  return {
    sentence: best.sentence,
    citation: {
      document: best.passage.section.document,
      section: best.passage.section.section,
      quote: best.sentence,
    },
  };
}
