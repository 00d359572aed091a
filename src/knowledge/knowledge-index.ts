import MiniSearch, { type SearchResult } from "minisearch";
import { withoutSheetRows } from "./sheet-rows";
import {
  isGenericTerm,
  isWhomTerm,
  processTerm,
  type QueryGroup,
  queryTerms,
  spellingTerm,
  tokenize,
  wantedFigure,
} from "./text";
import { missingTopics } from "./vocabulary/benefit-topics";
import { LAY_TERMS, layTermMeanings, normalizeWords } from "./vocabulary/lay-terms";
import { correctSpelling } from "./vocabulary/spelling";

/** A section as the index holds it: one client's document section, with its citation label. */
export type IndexedSection = {
  id: string;
  /** Document file name, e.g. "sbc-ppo-gold.md". */
  document: string;
  /** Citation label, e.g. "Cost sharing > Office visits". */
  section: string;
  headingPath: string[];
  text: string;
  /** Optional embedding of the section (when an embeddings provider was configured at ingest). */
  embedding?: number[] | null;
};

/** A retrieved passage with its score and which query terms it matched. */
export type Passage = {
  section: IndexedSection;
  score: number;
  /** Stemmed query terms (the question's own and the vocabulary's) the section matched. */
  matchedTerms: string[];
  /** Share of the question's specific (non-generic) terms the section matched, 0..1. */
  specificCoverage: number;
};

export type SearchOptions = {
  /** Documents to prefer (the employee's own plans and the handbooks): their sections score higher. */
  preferredDocuments?: readonly string[];
  /** Only search these documents; absent = all. */
  onlyDocuments?: readonly string[];
  /** Leave these documents out (e.g. plans of other types than the one asked about). */
  excludeDocuments?: readonly string[];
  limit?: number;
};

/** Boost for a preferred document's sections; enough to break near-ties, not to bury a better match. */
const PREFERRED_BOOST = 1.6;
/** How many keyword results are re-scored (figures, preambles) before the final cut. */
const RESCORE_POOL = 40;
/** Score factor for a document's untitled opening section. */
const PREAMBLE_FACTOR = 0.6;
/** Score factor for a section without the kind of figure the question asks for. */
const MISSING_FIGURE_FACTOR = 0.5;
/** Weight of the vocabulary's expansion terms relative to the question's own words. */
const EXPANSION_WEIGHT = 0.5;
/** Weight factor, in relevance coverage, of a question word that no section contains. */
const ABSENT_TERM_FACTOR = 0.5;
/** How much the share of specific question words a section covers scales its score (0 = not at all). */
const COVERAGE_WEIGHT = 0.5;
/** The one-word subject of "is X a preferred brand?", "is X covered?", "is X in network?". */
const SUBJECT =
  /(?:^|[.?!,]\s*)(?:is|are)\s+(?:(?:a|an|the|my|our|his|her|their)\s+)?([\p{L}][\p{L}'-]+)\s+(?:a|an|the|covered|in[- ]network|on|part|included|considered|preferred|generic)\b/iu;
/** A provider's name: "Dr. Alvarez", "Seabright Orthopedics", "Port Ardis Pediatrics". */
const PROVIDER =
  /\b(?:[Dd]r|[Dd]octor)\.?\s+(\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+)*|(\p{Lu}[\p{L}'-]+)\s+(?:Orthopedics|Orthopaedics|Pediatrics|Clinic|Hospital|Medical|Pharmacy|Associates|Dental|Dermatology|Cardiology|Urgent|Eye|Group|Center|Centre)\b/gu;

/**
 * A provider named as people type in chat, when the question asks whether they are in the network
 * or take the plan: "dr. kessler", "jenna ruiz LMHC", "KidSteps", "at spokane valley family
 * medicine". Lower case is the norm there, so these need the network question beside them.
 */
const NETWORK_ASKED =
  /\bin[- ]?network\b|\bin (?:the|their|our|my|your) [\p{L}-]+ network\b|\b(?:takes?|accepts?)\b|\bparticipat|\bcovered\b/iu;
const TYPED_PROVIDER: readonly RegExp[] = [
  // (Words that are no thing, NOT_A_THING, are dropped where the candidates are read.)
  /\bdr\.?\s+(?!(?:who|which|office|appointments|appt|bills?|notes?|says|said|wants|told|is|was)\b)([\p{L}][\p{L}'-]+)/giu,
  /\b([\p{L}][\p{L}'-]+)\s*,?\s+(?:LMHC|LICSW|LCSW|LPC|LMFT|DDS|DMD|MD|PsyD|PhD|DPT|CNM|ARNP|FNP)\b/gu,
  /\b(\p{Lu}\p{Ll}+\p{Lu}[\p{L}]+)\b/gu,
  /\bat\s+(?:the\s+)?([\p{L}][\p{L}'-]+)(?:\s+[\p{L}'-]+){0,3}?\s+(?:family medicine|family practice|pediatrics|orthopa?edics|clinic|medical (?:center|group)|dentistry|dental (?:care|group|center)|pediatric therapy|therapy (?:center|services)|eye care|optometry|chiropractic)\b/giu,
];

/**
 * The thing a question asks the price or coverage of, up to three words: "is allergy testing
 * covered", "does my plan pay for massage therapy", "what would a sleep study cost me", "how much
 * are allergy shots". Determiners and possessives before it are not part of it.
 */
const THING = String.raw`(?:(?:a|an|the|my|our|his|her|their|some)\s+)?([\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,2}?)`;
/** Where the thing ends: punctuation, the end, "or"/"and" (another thing), or a phrase about whom or when. */
const THING_END = String.raw`(?=\s*(?:[?.!,;/(]|$|\s+(?:or|and|at|for|if|when|on|in|under|with|before|after|like|to|covered|included)\b))`;
/** "for a newborn", "on the HMO": whom or which plan, between the thing and "covered". */
const ABOUT = String.raw`(?:\s+(?:for|on|under|with|at|in)\s+[^?.!,]{1,40}?)?`;
const ASKED_THING: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:is|are)\s+${THING}${ABOUT}\s+(?:covered|included|free|paid|reimbursed)\b`, "iu"),
  new RegExp(
    String.raw`\b(?:cover|covers|coverage for|pay for|pays for|reimburse|reimbursement for|discount on|discounts on)\s+${THING}${THING_END}`,
    "iu",
  ),
  new RegExp(String.raw`\bhow much (?:is|are)\s+${THING}${THING_END}`, "iu"),
  // "how much do braces cost"; not "how much does the company contribute", whose verb is the ask.
  new RegExp(String.raw`\bhow much (?:do|does|would|will)\s+${THING}\s+(?:cost|costs|run|be)\b`, "iu"),
  new RegExp(String.raw`\bwhat (?:would|does|do|will|did)\s+${THING}\s+cost\b`, "iu"),
  new RegExp(String.raw`\b(?:cost|price) of\s+${THING}${THING_END}`, "iu"),
  // "is there an employee assistance program", "do we get backup child care days"
  new RegExp(String.raw`\b(?:is|are) there\s+(?:a|an|any)\s+${THING}${THING_END}`, "iu"),
  new RegExp(
    String.raw`(?<!\bhow much\s)\b(?:do|can|will|would) (?:i|we)\s+(?:get|have)\s+(?!to\b)${THING}${THING_END}`,
    "iu",
  ),
  // "can I use dependent care FSA for summer camp", "spend my HSA on sunscreen": the purpose is the thing.
  new RegExp(
    String.raw`\b(?:use|spend)\s+(?:my|our|the|your)?\s*[^?.!,]{1,40}?\s+(?:for|on)\s+${THING}${THING_END}`,
    "iu",
  ),
  // "can I see a nutritionist", "can we use an out-of-state clinic"
  new RegExp(
    String.raw`\b(?:can|could|do|may) (?:i|we)\s+(?:see|use|visit|go to)\s+${THING}${THING_END}`,
    "iu",
  ),
  // "what's the copay for allergy testing", "the copay on Eliquis"
  new RegExp(
    String.raw`\b(?:copays?|co-pays?|coinsurance|charges?|prices?|costs?)\s+(?:for|on)\s+${THING}${THING_END}`,
    "iu",
  ),
  // "how many days of bereavement leave", "how many weeks of parental leave"
  new RegExp(
    String.raw`\bhow many\s+(?:days|weeks|hours|sessions)\s+of\s+${THING}(?:${THING_END}|(?=\s+(?:do|does|can|will|would)\b))`,
    "iu",
  ),
  // "do the kids' glasses come with a blue light filter included?"
  new RegExp(String.raw`\bcomes? with\s+${THING}${THING_END}`, "iu"),
  // "does the plan offer pet insurance", "do they provide a nurse line"
  new RegExp(String.raw`\b(?:offer|offers|provide|provides)\s+${THING}${THING_END}`, "iu"),
  // "visits with a dietitian", "drugs like Wegovy", "vaccines such as yellow fever"
  new RegExp(String.raw`\b(?:visits?|appointments?|sessions?) with\s+${THING}${THING_END}`, "iu"),
  new RegExp(
    String.raw`(?<!\b(?:would|'d|i|we|you|they|feel|looks?|seems?)\s)\b(?:like|such as)\s+${THING}${THING_END}`,
    "iu",
  ),
];
/**
 * Words that say who or when, not what, and the plan types and cost words the plan records answer
 * even where no document prints them: never the thing asked about.
 */
const NOT_A_THING =
  /^(thats|that's|whats|what's|whos|who's|isnt|isn't|arent|aren't|dont|don't|doesnt|doesn't|cant|can't|wont|won't|not|it|this|that|these|those|they|me|us|him|her|them|you|i|we|one|son|sons|daughter|daughters|kid|kids|child|children|baby|wife|husband|spouse|partner|family|mom|dad|mother|father|year|month|week|day|today|tonight|visit|visits|checkup|checkups|check-up|appointment|plan|plans|insurance|coverage|thing|things|stuff|back|toward|towards|from|paid|reimbursed|money|each|every|per|paycheck|paychecks|check|cheque|pay|period|month|monthly|weekly|medical|dental|vision|health|premium|premiums|deductible|copay|coinsurance|cap|caps|limit|limits|maximum|max|minimum|waiting|routine|regular|annual|yearly|usual|normal|new|taken|out|deducted|withheld|charged|owed|cheap|cheaper|cheapest|expensive|pricey|basic|simple|little|big)$/i;

/** The text without the vocabulary's phrases of two words or more ("blood pressure pills"). */
function withoutLayPhrases(text: string): string {
  let rest = ` ${normalizeWords(text)} `;
  for (const row of LAY_TERMS)
    for (const phrase of row.says)
      if (phrase.includes(" ")) rest = rest.replaceAll(` ${normalizeWords(phrase)} `, " ");
  return rest.trim();
}

/** BM25 length normalisation. */
const BM25_B = 0.5;
/** Weight of phrase hints ("how long" → days, months). */
const HINT_WEIGHT = 0.25;
/** Weight of words too common in benefits documents to carry a question ("plan", "cover"). */
const GENERIC_WEIGHT = 0.3;

/**
 * A BM25 full-text index (MiniSearch) over one client's document sections: stemmed words, stop
 * words dropped, prefix matching for words of 4+ letters and fuzzy matching (one edit per five
 * letters) for typos; headings weigh twice the body text and the file name counts too.
 */
export class KnowledgeIndex {
  private readonly search_: MiniSearch<IndexedSection & { heading: string; file: string; spelling: string }>;
  private readonly byId = new Map<string, IndexedSection>();
  /** Document frequency of each processed term, for weighting how much of a question a passage covers. */
  private readonly df = new Map<string, number>();

  constructor(sections: readonly IndexedSection[]) {
    this.search_ = new MiniSearch({
      // `spelling` holds the words as written (5+ letters, where they differ from their stem), only
      // so a misspelt question word can fuzzy-match them; it stays out of the other fields' lengths.
      fields: ["heading", "text", "file", "spelling"],
      storeFields: [],
      tokenize,
      processTerm: (term, field) => (field === "spelling" ? spellingTerm(term) : processTerm(term)),
      searchOptions: { tokenize, processTerm },
    });
    // A sheet row's record as written rides along for quoting; the index reads the row once, without it.
    const docs = sections.map((s) => {
      const text = withoutSheetRows(s.text);
      const heading = s.headingPath.join(" ");
      return {
        ...s,
        text,
        heading,
        spelling: `${heading} ${text}`,
        file: s.document.replace(/\.[a-z]+$/i, ""),
      };
    });
    this.search_.addAll(docs);
    docs.forEach((s, i) => {
      this.byId.set(s.id, sections[i]!);
      const terms = new Set(
        tokenize(`${s.heading} ${s.text} ${s.document}`).flatMap((t) => {
          const stem = processTerm(t);
          const spelling = spellingTerm(t);
          return [...(stem ? [stem] : []), ...(spelling ? [spelling] : [])];
        }),
      );
      for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    });
  }

  /** BM25's inverse document frequency of a term; terms absent from every section weigh the most. */
  private idf(term: string): number {
    const n = this.byId.size;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * The thing a question asks about when none of the client's documents names it, else null: the
   * one-word subject of a yes/no question ("is Jardiance a preferred brand?") or a provider's name
   * ("Dr. Alvarez at Seabright Orthopedics"). Passages that match the rest of the question ("preferred
   * brand", "in network") would answer about something else. A misspelling of a word the documents
   * use, or a lay word the vocabulary knows, is not unknown.
   */
  unknownSubject(question: string, options: { namesOnly?: boolean } = {}): string | null {
    const candidates: { word: string; shown: string }[] = [];
    // In another language the question's own words are not the documents' (they are English): only
    // a name is looked for, a capitalised word inside a sentence ("la insulina Lantus").
    if (options.namesOnly) {
      for (const m of question.matchAll(/(?<=[\p{L},]\s+)(\p{Lu}[\p{Ll}]{3,})\b/gu)) {
        // A person ("mi hija Lucía", "operan a Lucía") is no thing the documents should print.
        const before = question.slice(0, m.index).toLowerCase();
        if (
          /\b(?:hij[oa]s?|espos[oa]|mam[aá]|pap[aá]|herman[oa]|niet[oa]|beb[eé]|novi[oa]|pareja|a)\s+$/.test(
            before,
          )
        )
          continue;
        candidates.push({ word: m[1]!, shown: m[1]! });
      }
      return this.firstUnknown(candidates);
    }
    const subject = SUBJECT.exec(question);
    if (subject?.[1]) candidates.push({ word: subject[1], shown: subject[1] });
    for (const m of question.matchAll(PROVIDER)) {
      candidates.push({ word: (m[1] ?? m[2])!, shown: m[0].replace(/\s+(in|at|on)$/i, "").trim() });
    }
    if (NETWORK_ASKED.test(question))
      for (const pattern of TYPED_PROVIDER)
        for (const m of question.matchAll(pattern))
          if (!NOT_A_THING.test(m[1]!))
            candidates.push({ word: m[1]!, shown: m[0].replace(/^at\s+/i, "").trim() });
    // Each word of the thing asked about ("allergy testing"): one the documents never print changes
    // the thing, whatever a neighbouring row ("Lab work") says. A phrase the vocabulary knows as a
    // whole ("blood pressure pills") is not unknown.
    for (const pattern of ASKED_THING) {
      const thing = pattern.exec(question)?.[1]?.trim();
      if (!thing || NO_THING_OPENS.test(thing)) continue;
      // Acronyms as written ("ABA"): the vocabulary's normalising lowers them.
      const acronyms = new Set(thing.match(/\b[A-Z]{3}\b/g) ?? []);
      // "my kid's checkup": the possessive says whose, like the determiner before it.
      for (const word of withoutLayPhrases(thing)
        .replace(/['’]s\b/g, "")
        .split(/\s+/)) {
        const asWritten = acronyms.has(word.toUpperCase()) ? word.toUpperCase() : word;
        if (word !== "" && !NOT_A_THING.test(word)) candidates.push({ word: asWritten, shown: thing });
      }
    }
    return this.firstUnknown(candidates);
  }

  /** The first candidate no document prints, nor a misspelling of a word one prints. */
  private firstUnknown(candidates: readonly { word: string; shown: string }[]): string | null {
    for (const { word, shown } of candidates) {
      // Short words are mostly filler; an acronym in capitals ("ABA therapy") is a name.
      if ((word.length < 4 && !/^[A-Z]{3}$/.test(word)) || /^\d/.test(word)) continue;
      const stem = processTerm(word);
      if (stem === null || isGenericTerm(stem) || this.df.has(stem) || this.df.has(word.toLowerCase()))
        continue;
      if (correctSpelling(word.toLowerCase()) !== word.toLowerCase() || layTermMeanings(word).length > 0)
        continue;
      // An acronym is not a misspelling: one letter off is another name ("ABA" is not "ADA").
      if (/^[A-Z]{3}$/.test(word)) return shown;
      // One edit from a word the documents print (two for long words) is a misspelling of it; more
      // is another word ("massage" is not "manage").
      const near = this.search_.search(word, {
        fuzzy: (term) => (term.length >= 9 ? 2 : 1),
        prefix: true,
        fields: ["heading", "text", "spelling"],
      });
      if (near.length === 0) return shown;
    }
    return null;
  }

  get size(): number {
    return this.byId.size;
  }

  /** The best passages for a question, best first. */
  search(question: string, options: SearchOptions = {}): Passage[] {
    const { original, expanded, groups, hints, alternatives } = queryTerms(question);
    // A word whose stem no section has is likely misspelt: search the word as written, fuzzily.
    const typos = groups
      .filter(
        (g) => !this.df.has(g.stem) && g.raw.length >= 5 && g.raw !== g.stem && !original.includes(g.raw),
      )
      .map((g) => g.raw);
    const all = [...original, ...typos, ...expanded, ...hints];
    if (all.length === 0) return [];
    const expandedSet = new Set(expanded);
    const hintSet = new Set(hints);
    const originalSet = new Set([...original, ...typos]);
    const preferred = new Set(options.preferredDocuments ?? []);
    const only = options.onlyDocuments ? new Set(options.onlyDocuments) : null;
    const excluded = new Set(options.excludeDocuments ?? []);
    // Query with already-processed terms: identity processing so that stems are not stemmed twice.
    const results = this.search_.search(all.join(" "), {
      tokenize: (q) => q.split(" "),
      processTerm: (t) => t,
      boost: { heading: 3, text: 1, file: 1.2, spelling: 1 },
      boostTerm: (term) =>
        hintSet.has(term)
          ? HINT_WEIGHT
          : expandedSet.has(term)
            ? EXPANSION_WEIGHT
            : isGenericTerm(term)
              ? GENERIC_WEIGHT
              : 1,
      boostDocument: (id) => {
        const s = this.byId.get(id as string);
        if (!s) return 0;
        if ((only && !only.has(s.document)) || excluded.has(s.document)) return 0;
        return preferred.has(s.document) ? PREFERRED_BOOST : 1;
      },
      // Typo tolerance only for the question's own words: expansions are spelled right already.
      prefix: (term) => term.length >= 5 && originalSet.has(term),
      fuzzy: (term) => (term.length >= 5 && originalSet.has(term) && !/^\d/.test(term) ? 0.2 : false),
      maxFuzzy: 2,
      weights: { fuzzy: 0.4, prefix: 0.6 },
      // Less length normalisation than MiniSearch's default (b = 0.7): an SBC table section is long
      // because it lists many services, not because it is less about each of them.
      bm25: { k: 1.2, b: BM25_B, d: 0.5 },
    });
    const specific = groups.filter((g) => !isGenericTerm(g.stem));
    const wanted = wantedFigure(question);
    return results
      .slice(0, RESCORE_POOL)
      .map((r) => this.toPassage(r, specific, wanted, alternatives))
      .sort((a, b) => b.score - a.score)
      .slice(0, options.limit ?? 5);
  }

  private toPassage(
    result: SearchResult,
    specific: QueryGroup[],
    wanted: { money: boolean; percent: boolean },
    alternatives: readonly { said: readonly string[]; means: readonly string[] }[],
  ): Passage {
    const section = this.byId.get(result.id as string)!;
    const matched = result.queryTerms as string[];
    // A lay phrase the section says in the documents' words (half of them or more, one at least not
    // the employee's own nor a common word) is covered, though the section never uses the employee's words.
    const saidOtherwise = new Set(
      alternatives
        .filter(
          (a) =>
            2 * a.means.filter((t) => matched.includes(t)).length >= a.means.length &&
            a.means.some((t) => !a.said.includes(t) && !isGenericTerm(t) && matched.includes(t)),
        )
        .flatMap((a) => a.said),
    );
    // Coverage weighs each specific word by its rarity: matching "cobra" matters, "long" hardly.
    let total = 0;
    let covered = 0;
    for (const g of specific) {
      // A word no section contains at all ("ride", "gym") weighs half: it may be filler or the
      // very topic the documents lack; it must not decide alone.
      const absent =
        !this.df.has(g.stem) && !this.df.has(g.raw) && g.expansions.every((e) => !this.df.has(e));
      const weight = this.idf(g.stem) * (absent ? ABSENT_TERM_FACTOR : 1);
      const hit =
        matched.includes(g.stem) ||
        matched.includes(g.raw) ||
        g.expansions.some((e) => matched.includes(e)) ||
        saidOtherwise.has(g.stem);
      // Whom the care is for counts where the section names them, and is not missed where it doesn't.
      if (!hit && isWhomTerm(g.stem)) continue;
      total += weight;
      if (hit) covered += weight;
    }
    const coverage = total === 0 ? 1 : covered / total;
    // A section that answers more of the question's specific words ranks higher.
    let score = result.score * (1 - COVERAGE_WEIGHT + COVERAGE_WEIGHT * coverage);
    // The untitled opening of a document (its title block) rarely answers a specific question.
    if (section.headingPath.length <= 1) score *= PREAMBLE_FACTOR;
    // "How much…" wants an amount: sections without one rank lower; likewise percentages.
    const hasMoney = /\$\d/.test(section.text);
    const hasPercent = /\d%/.test(section.text);
    const lacksFigure =
      wanted.money && wanted.percent
        ? !hasMoney && !hasPercent
        : wanted.money
          ? !hasMoney
          : wanted.percent && !hasPercent;
    if (lacksFigure) score *= MISSING_FIGURE_FACTOR;
    return { section, score, matchedTerms: matched, specificCoverage: coverage };
  }
}

/** The thing a question asks the price or coverage of ("a routine hearing test"), or null. */
/**
 * What opens no thing asked about: a pronoun or a preposition ("do I get on mine", "for the knee"),
 * or "there" ("are there any free counseling sessions" asks whether a thing exists).
 */
const NO_THING_OPENS =
  /^(i|you|we|they|it|he|she|on|in|at|for|with|to|from|by|mine|yours|ours|there|this|that)\b/i;

export function askedThing(question: string): string | null {
  for (const pattern of ASKED_THING) {
    const thing = pattern.exec(question)?.[1]?.trim();
    if (thing && !NO_THING_OPENS.test(thing)) return thing;
  }
  return null;
}

/**
 * Whether a passage names each word of the thing asked about, by its stem, a longer or shorter form of
 * it, or the vocabulary's words for it: "a routine hearing test" is not named by "Hearing aids".
 */
export function namesThing(passage: Passage, thing: string): boolean {
  const stems = new Set(
    tokenize(`${passage.section.headingPath.join(" ")} ${passage.section.text}`)
      .map(processTerm)
      .filter((t): t is string => t !== null),
  );
  const own = new Set(tokenize(thing).map((t) => t.toLowerCase()));
  // Each of the thing's own words, or one of the words the vocabulary gives it ("a therapist" is named
  // by "Outpatient mental health").
  return queryTerms(thing)
    .groups.filter(
      (g) => own.has(g.raw) && !isGenericTerm(g.stem) && !isWhomTerm(g.stem) && !NOT_A_THING.test(g.raw),
    )
    .every(
      (g) =>
        stems.has(g.stem) ||
        g.expansions.some((e) => stems.has(e)) ||
        [...stems].some(
          (s) => s.length >= 5 && g.stem.length >= 5 && (s.startsWith(g.stem) || g.stem.startsWith(s)),
        ),
    );
}

/**
 * Whether a passage is relevant enough to answer from: it matches at least one specific word of the
 * question (or its vocabulary expansion) and half of the question's specific words, and it names
 * any benefit the question names by name (life insurance, tuition, dental; see benefit-topics).
 * Below this the bot says it found nothing and offers a human rather than guess.
 */
export function isRelevant(
  passage: Passage | undefined,
  question: string,
  /** A lower share of the question's words that is enough (the caller knows the passage names what is asked). */
  enough?: number,
): boolean {
  if (!passage) return false;
  const where = `${passage.section.headingPath.join(" ")} ${passage.section.text}`;
  if (missingTopics(question, where).length > 0) return false;
  const { groups } = queryTerms(question);
  const specific = groups.filter((g) => !isGenericTerm(g.stem));
  if (specific.length === 0) return passage.matchedTerms.length > 0;
  // A long message carries its context ("i'm a kennel assistant at the boise hospital and…"): half of
  // its words is more than an answer needs; four of them weighed by rarity, or a third, is enough.
  return passage.specificCoverage >= (enough ?? Math.max(1 / 3, Math.min(0.5, 4 / specific.length)));
}
