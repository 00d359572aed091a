import type { Citation } from "../../conversation/reply";
import type { Passage } from "../../knowledge/knowledge-index";
import { extractFigures, splitSentences } from "../../knowledge/text";
import { STARTS_PAYING, withoutPlanKind } from "./question-topic";

/**
 * Questions about the deductible that its amounts do not answer, and the plan documents' sentence
 * that does, added and cited in their own words:
 * - "Does my husband have his own deductible, or do we have to hit the whole family one?": whether
 *   one person's claims start the plan paying (embedded) or the family's total must be met first;
 * - "Do I pay full price for my blood pressure pills until I meet the deductible?": an HSA plan's
 *   preventive drug list, which the deductible does not apply to.
 */
export type DeductibleNote = { search: string; says: RegExp };

const DEDUCTIBLE = /\b(deductibles?|deducible)\b|\bdeductable/i;

/** Whether one person's deductible counts on its own or the family's total. */
const FAMILY_RULE: DeductibleNote & { asks: RegExp } = {
  asks: /\b(own|each|every one|everyone|one (of|person|kid|child)|per person|whole|entire|embedded|aggregate|separate\w*|individually|by (himself|herself|themselves)|for (him|her)|cada (uno|persona|miembro)|propio|por persona|toda la familia)\b/i,
  search: "family deductible embedded aggregate each member",
  says: /\b(non-?embedded|embedded|aggregate|(each|every) (family )?member (must|has to) meet|their own (individual )?deductible|(full|overall|entire) family deductible (must|has to) be met|family deductible must be met)\b/i,
};

/** Medicines before the deductible: the plan's preventive drug list. */
const PREVENTIVE_DRUGS: DeductibleNote & { asks: RegExp } = {
  asks: /\b(meds?|medications?|medicines?|pills?|prescriptions?|rx|drugs?|inhalers?|insulin|statins?|metformin|blood pressure|cholesterol|diabet\w*|asthma|thyroid|medicamentos?|pastillas)\b/i,
  search: "preventive drug list deductible does not apply",
  says: /\bpreventive (drug|medication|medicine|rx|prescription)s?( list)?\b/i,
};

/** The note a deductible question needs beside the amounts; null when the amounts answer it. */
export function deductibleNoteAsked(question: string): DeductibleNote | null {
  const text = withoutPlanKind(question);
  // "What does it cost once I've hit my deductible?" asks the price after it: the row answers.
  if (
    !(DEDUCTIBLE.test(text) || STARTS_PAYING.test(text)) ||
    /\b(after|once|past) [^.?!]{0,24}\bdeduct/i.test(text)
  )
    return null;
  return [PREVENTIVE_DRUGS, FAMILY_RULE].find((n) => n.asks.test(text)) ?? null;
}

/** The first sentence of the passages that says what the note needs, cited; null when none does. */
export function deductibleNote(
  passages: readonly Passage[],
  note: DeductibleNote,
): { sentence: string; citation: Citation } | null {
  for (const passage of passages) {
    const sentences = splitSentences(passage.section.text).map((s) => s.replace(/^[•*-]\s*/, ""));
    const at = sentences.findIndex((s) => note.says.test(s));
    if (at >= 0) {
      // A row's label ("Preventive drug list (blood pressure, cholesterol)") is read with its price.
      const next = sentences[at + 1];
      const sentence =
        extractFigures(sentences[at]!).length === 0 && next && extractFigures(next).length > 0
          ? `${sentences[at]}: ${next}`
          : sentences[at]!;
      return {
        sentence,
        citation: { document: passage.section.document, section: passage.section.section, quote: sentence },
      };
    }
  }
  return null;
}
