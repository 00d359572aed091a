import type { IndexedSection } from "./knowledge-index";
import { withoutSheetRows } from "./sheet-rows";
import {
  extractFigures,
  isGenericTerm,
  processTerm,
  queryTerms,
  splitSentences,
  tokenize,
  wantedFigure,
} from "./text";

const MAX_QUOTE_CHARS = 420;

/** "When is open enrollment?" wants the line with the dates, not the one that repeats its words. */
const DATE_ASKED = /^\W*when\b|\bwhat (dates?|days?)\b|\bdeadline\b/i;
const DATE =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2}\b|\b\d{1,2}\/\d{1,2}(\/\d{2,4})?\b/i;

/**
 * The sentences of a section that answer the question: each sentence (or table row) scores by the
 * question's words it contains (specific words count fully, generic ones a little, vocabulary
 * expansions 60%), with a bonus for carrying a figure and the caller's own weight; the best one,
 * plus a close runner-up that still fits, are quoted in document order.
 */
export function selectQuote(
  question: string,
  section: Pick<IndexedSection, "text">,
  /** The caller's own weight for a sentence (the asker's plan named in it, or another plan). */
  weigh: (sentence: string) => number = () => 0,
): string {
  const sentences = splitSentences(section.text);
  if (sentences.length === 0) return "";
  const { groups } = queryTerms(question);
  const { money: wantsMoney, percent: wantsPercent } = wantedFigure(question);
  const wantsDate = DATE_ASKED.test(question);
  const scored = sentences.map((quoted, index) => {
    // A sheet row's record as written rides along with its row: it is quoted, not scored or measured.
    const text = withoutSheetRows(quoted);
    const stems = new Set(
      tokenize(text)
        .map(processTerm)
        .filter((t): t is string => t !== null),
    );
    let score = 0;
    for (const g of groups) {
      const weight = isGenericTerm(g.stem) ? 0.2 : 1;
      if (
        stems.has(g.stem) ||
        [...stems].some((s) => s.length >= 5 && s.startsWith(g.stem) && g.stem.length >= 4)
      ) {
        score += weight;
      } else if (g.expansions.some((e) => stems.has(e))) {
        score += 0.6 * weight;
      }
    }
    const figures = extractFigures(text);
    if (figures.length > 0) score += 0.5;
    if (wantsMoney && /\$\d/.test(text)) score += 0.5;
    if (wantsPercent && /\d%/.test(text)) score += 0.5;
    if (wantsDate && DATE.test(text)) score += 1;
    score += weigh(text);
    return { text, quoted, index, score };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  const best = ranked[0]!;
  const chosen = [best];
  // A sentence that ends in a colon introduces the lines that answer: "… every year you are
  // enrolled:" over "$750 per year with employee-only coverage" and the next tier's line. They come
  // before any runner-up.
  if (best.text.trimEnd().endsWith(":")) {
    let length = best.text.length;
    for (const item of scored.slice(best.index + 1, best.index + 5)) {
      if (extractFigures(item.text).length === 0 || length + item.text.length > MAX_QUOTE_CHARS) break;
      chosen.push(item);
      length += item.text.length + 1;
    }
  }
  for (const candidate of ranked.slice(1, 3)) {
    if (chosen.includes(candidate)) continue;
    const length = chosen.reduce((n, c) => n + c.text.length + 1, 0) + candidate.text.length;
    if (candidate.score >= best.score * 0.75 && candidate.score > 0.5 && length <= MAX_QUOTE_CHARS) {
      chosen.push(candidate);
    }
  }
  // A short sentence right after the best one that carries a figure completes it ("You pay 20%.").
  const next = scored[best.index + 1];
  if (next && !chosen.includes(next) && next.text.length <= 80 && extractFigures(next.text).length > 0)
    chosen.push(next);
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((c) => c.quoted.replace(/^•\s*/, ""))
    .join(" ");
}
