import { stemmer } from "stemmer";
import { layTermMeanings, layTermsIn } from "./vocabulary/lay-terms";

/**
 * Shared text processing for indexing and querying: one tokenizer, stop words, a stemmer, and a
 * small benefits vocabulary that maps how employees talk ("dr", "OOP max", "teeth") onto the words
 * plan documents use ("doctor", "out-of-pocket maximum", "dental").
 */

const STOP_WORDS = new Set(
  (
    "a about am an and any are as at be been being but by can could did do does doing for from get " +
    "gets got had has have having how i if in into is it its me my myself of on once or our ours " +
    "out over so than that the their them then there these they this those to too under up us " +
    "very was we were what when where which while who whom why will with would you your yours " +
    "im ive id whats hows ill dont doesnt isnt arent cant wont know tell please want need much many " +
    "s t d ll re ve m just got really still ever even like thing things see take actually basically exactly " +
    // Filler of a situation told, not the thing asked: "if something happened to me".
    "something anything everything someone somebody anyone anybody stuff happen happens happened happening " +
    "he she him her his hers itself himself herself themselves yourself ourselves needs needed say says said toward towards " +
    // "How long does COBRA last": the length is asked by "how long", the verb adds nothing.
    "last lasts " +
    // Connectives of a told situation: "since I'm on family coverage".
    "since"
  ).split(" "),
);

/** Words so common in benefits documents that a match on them alone proves nothing. */
const GENERIC = new Set(
  [
    "plan",
    "cover",
    "coverag",
    "benefit",
    "pai",
    "pay",
    "cost",
    "employe",
    "member",
    "us",
    "also",
    "year",
    "get",
    "go",
    "use",
    "new",
    "charg",
    "amount",
    // "The company" names the employer, whom a section names by name or not at all.
    "compani",
    "employ",
    // "The co-op", "the co op": the employer again, by what it is.
    "coop",
    "co",
    "op",
    // "How much can I spend on frames": what it costs or allows, like "pay".
    "spend",
  ].map((w) => w),
);

/**
 * Words for whom the care is for ("frames for my kid"): they say which tier applies more than what is
 * asked. A passage that names them matches them; one that doesn't ("Frames: $150 allowance") is not
 * less about the question.
 */
const WHOM = new Set(["kid", "son", "daughter", "child", "children", "husband", "wife", "spous"]);

export function isWhomTerm(stem: string): boolean {
  return WHOM.has(stem);
}

/** Employee phrasing → document vocabulary. Keys and values are lower-case words before stemming. */
const SYNONYMS: Record<string, string[]> = {
  dr: ["doctor"],
  doc: ["doctor"],
  physician: ["doctor"],
  pcp: ["primary", "care"],
  gp: ["primary", "care"],
  teeth: ["dental"],
  tooth: ["dental"],
  dentist: ["dental"],
  cleaning: ["cleanings", "preventive"],
  cleanings: ["preventive"],
  braces: ["orthodontia", "orthodontic"],
  ortho: ["orthodontia"],
  glasses: ["eyeglass"],
  eyeglasses: ["eyeglass"],
  contacts: ["contact", "lenses"],
  eye: ["vision"],
  eyes: ["vision"],
  optometrist: ["vision", "exam"],
  oop: ["out", "pocket", "maximum"],
  max: ["maximum", "limit"],
  yearly: ["annual"],
  maximum: ["limit"],
  limit: ["maximum"],
  most: ["maximum", "limit"],
  put: ["contribute", "deposit", "aside"],
  save: ["contribute"],
  contributing: ["contribute", "deposit", "aside"],
  // An employer "deposits" into the account what employees call its contribution; an employee "sets
  // it aside" (not "elects": in a handbook, elections are enrollment choices).
  contribute: ["deposit", "aside"],
  contributes: ["deposit"],
  contribution: ["deposit"],
  contributions: ["deposit"],
  carryover: ["carry"],
  free: ["no", "charge", "100"],
  start: ["begin", "begins"],
  starts: ["begin", "begins"],
  hired: ["hire", "employment"],
  insurance: ["coverage"],
  borrow: ["loan"],
  keep: ["continue"],
  stay: ["continue", "remain"],
  copay: ["copayment"],
  copays: ["copay", "copayment"],
  meds: ["prescription", "drug"],
  medication: ["prescription", "drug"],
  medications: ["prescription", "drug"],
  medicine: ["prescription", "drug"],
  pills: ["prescription", "drug"],
  rx: ["prescription", "drug"],
  generic: ["generic", "tier"],
  er: ["emergency", "room"],
  urgent: ["urgent", "care"],
  hospital: ["hospital", "inpatient"],
  baby: ["birth", "child"],
  newborn: ["birth", "child"],
  pregnant: ["maternity", "pregnancy"],
  pregnancy: ["maternity"],
  married: ["marriage"],
  marry: ["marriage"],
  wedding: ["marriage"],
  wife: ["spouse"],
  husband: ["spouse"],
  kid: ["child", "children"],
  kids: ["child", "children"],
  son: ["child"],
  daughter: ["child"],
  divorced: ["divorce"],
  moving: ["move", "relocation"],
  // Spanish words of the rules people ask about, in the documents' English.
  dias: ["days"],
  meses: ["months"],
  semanas: ["weeks"],
  elegir: ["elect", "choose"],
  cambiar: ["change", "switch"],
  cambio: ["change", "switch"],
  cambiarme: ["change", "switch"],
  agregar: ["add"],
  quitar: ["remove", "drop"],
  plazo: ["deadline"],
  fecha: ["date"],
  tarjeta: ["card"],
  tarjetas: ["cards"],
  renuncio: ["leave", "quit"],
  enero: ["january"],
  febrero: ["february"],
  marzo: ["march"],
  abril: ["april"],
  junio: ["june"],
  julio: ["july"],
  agosto: ["august"],
  septiembre: ["september"],
  octubre: ["october"],
  noviembre: ["november"],
  diciembre: ["december"],
  moved: ["move", "relocation"],
  quit: ["termination", "cobra"],
  fired: ["termination", "cobra"],
  leave: ["leave", "termination"],
  vacation: ["pto", "paid", "time", "off"],
  sick: ["sick", "pto"],
  holidays: ["holiday"],
  retirement: ["401", "k"],
  "401k": ["401", "k"],
  match: ["match", "matching"],
  vest: ["vesting", "vested"],
  vested: ["vesting"],
  therapist: ["mental", "health", "behavioral"],
  therapy: ["mental", "health", "behavioral"],
  counseling: ["mental", "health"],
  hsa: ["health", "savings", "account"],
  fsa: ["flexible", "spending", "account"],
  daycare: ["dependent", "care"],
  childcare: ["dependent", "care"],
  telehealth: ["virtual", "telehealth"],
  virtual: ["telehealth"],
  specialist: ["specialist"],
  dermatologist: ["specialist"],
  cardiologist: ["specialist"],
  neurologist: ["specialist"],
  orthopedist: ["specialist"],
  allergist: ["specialist"],
  urologist: ["specialist"],
  podiatrist: ["specialist"],
  oncologist: ["specialist"],
  ent: ["specialist"],
  obgyn: ["gynecological", "obstetric"],
  gynecologist: ["gynecological", "obstetric"],
  psychiatrist: ["mental", "health"],
  lasik: ["laser", "vision", "correction"],
  chiropractor: ["chiropractic"],
  xray: ["x", "ray", "imaging"],
  mri: ["imaging", "advanced"],
  ambulance: ["emergency", "transportation"],
  enroll: ["enrollment"],
  signup: ["enrollment"],
  deadline: ["deadline", "days"],
};

/** Phrases employees use, rewritten into document vocabulary before tokenising. */
const REWRITES: [RegExp, string][] = [
  [/\b(regular|normal|family|usual|own) (doctor|dr|physician)\b/gi, "primary care doctor"],
  [/\broll(s|ed|ing)? ?over\b/gi, "carryover"],
  [/\bcarry over\b/gi, "carryover"],
  [/\bsign(ing)? up\b/gi, "enroll"],
  [/\bcheck-?ups?\b/gi, "preventive care"],
  // "Does the company put money in my HSA" asks for the employer's contribution.
  [
    /\b(put|puts|putting|add|adds|give|gives|chip in|chips in) (any |some )?(money|cash|funds|dollars)\b/gi,
    "contribute",
  ],
  // "How much can I put in the FSA" asks what may be set aside.
  [/\b(put|puts|putting) (in|into)\b/gi, "contribute"],
  [/\b(kicks?|kicked) in\b/gi, "begins"],
  // "My 10 year old" is a child: whom the care is for, not a figure asked about.
  [/\b\d{1,2}[- ]?(years?|yrs?)[- ]olds?\b/gi, "child"],
  // "On vacation in Mexico" is where the care happens, not a question about time off.
  [/\b(on|during) (a |my |our )?(vacation|holiday|trip|cruise)\b/gi, "traveling"],
  // "A brand-name med that's not on the preferred list" is a non-preferred brand.
  [
    /\b(not|isn'?t|is not|aren'?t) (on )?(the |our )?preferred( drug)?( list| formulary)?\b/gi,
    "non-preferred",
  ],
  // "What's the phone number for the EAP": documents say "call".
  [/\bphone (number|#)\b|\bnumber to call\b/gi, "phone call"],
];

/** Phrases that hint at what the answer contains: they add weight, never required words. */
const PHRASE_HINTS: [RegExp, string[]][] = [
  // A change in the family is a qualifying life event: its window is what the employee needs.
  [
    /\b(got|get|getting|just) married\b|\bhad a baby\b|\bnew baby\b|\bdivorced?\b|\badd (the|my|our) (baby|newborn|spouse|wife|husband|partner)\b/i,
    ["qualifying", "life", "event", "within", "days"],
  ],
  [/\bstay on (my|our|the) (insurance|plan|coverage)\b/i, ["dependent", "child", "age"]],
  [/\bhow long\b/i, ["days", "months", "within"]],
  [/\bhow soon\b/i, ["deadline", "days", "within"]],
  [/\bhow many\b/i, ["limited", "per"]],
];

/** Rewrites employee phrasing ("regular doctor") into document vocabulary before tokenising a question. */
export function rewritePhrases(question: string): string {
  const rewritten = REWRITES.reduce(
    (text, [pattern, replacement]) => text.replace(pattern, replacement),
    question,
  );
  const meanings = layTermMeanings(question);
  return meanings.length ? `${rewritten} ${meanings.join(" ")}` : rewritten;
}

/** Lower-case words of a text, split on anything that is not a letter or digit. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(\d),(\d{3})/g, "$1$2")
    .replace(/401\s*\(\s*k\s*\)/g, "401 k")
    .replace(/401k/g, "401 k")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** A token as the index stores it: stop words dropped (null), the rest stemmed. */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (STOP_WORDS.has(lower)) return null;
  // The stemmer makes "deductible" and "deducted" one word; in benefits they are two ideas.
  if (/^deductibles?$/.test(lower)) return "deductibl";
  return /^\d/.test(lower) ? lower : stemmer(lower);
}

/**
 * One word of the question: its stem, the vocabulary's expansions of it (stemmed), and the word as
 * written (for typo matching: the stemmer maps a misspelling to an unrelated stem).
 */
export type QueryGroup = { stem: string; expansions: string[]; raw: string };

/**
 * The word as written, lower-cased, when it is long enough to carry a typo (5+ letters) and differs
 * from its stem: the index keeps it so that "dedcutible" can still fuzzy-match "deductible" (the
 * stemmer maps a misspelling to an unrelated stem). Null otherwise.
 */
export function spellingTerm(token: string): string | null {
  const raw = token.toLowerCase();
  const stem = processTerm(raw);
  return stem !== null && raw.length >= 5 && raw !== stem && /^\p{L}+$/u.test(raw) ? raw : null;
}

/** Query terms: the question's own words plus the vocabulary's expansions, stemmed, unique. */
export function queryTerms(question: string): {
  original: string[];
  expanded: string[];
  groups: QueryGroup[];
  /** Hint terms from phrases ("how long" → days, months): a light nudge, never required. */
  hints: string[];
  /** Each lay phrase of the question (stems) beside the document words it means (stems). */
  alternatives: { said: string[]; means: string[] }[];
} {
  const groups: QueryGroup[] = [];
  for (const token of tokenize(rewritePhrases(question))) {
    const stem = processTerm(token);
    const expansions = (SYNONYMS[token] ?? []).map(processTerm).filter((t): t is string => t !== null);
    if (stem === null && expansions.length === 0) continue;
    const key = stem ?? expansions[0]!;
    if (groups.some((g) => g.stem === key)) continue;
    groups.push({ stem: key, expansions: expansions.filter((e) => e !== key), raw: token.toLowerCase() });
  }
  const original = unique(groups.map((g) => g.stem));
  const expanded = unique(groups.flatMap((g) => g.expansions)).filter((t) => !original.includes(t));
  const hints = unique(
    PHRASE_HINTS.filter(([pattern]) => pattern.test(question))
      .flatMap(([, words]) => words)
      .map(processTerm)
      .filter((t): t is string => t !== null),
  ).filter((t) => !original.includes(t) && !expanded.includes(t));
  // A lay phrase and the document words it means are one thing said two ways ("girlfriend we live
  // together" / "domestic partner"): a passage that says it either way says it.
  const alternatives = layTermsIn(question).map(({ said, means }) => ({
    said: stems(said),
    means: stems(means),
  }));
  return { original, expanded, groups, hints, alternatives };
}

const stems = (text: string) => unique(tokenize(text).flatMap((t) => processTerm(t) ?? []));

/** True for stemmed terms that are too common in benefits documents to show relevance on their own. */
export function isGenericTerm(stem: string): boolean {
  return GENERIC.has(stem);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Splits a section body into sentences and table-row lines, for quoting. */
export function splitSentences(text: string): string[] {
  return (
    unwrapLines(text)
      .split(/\n+/)
      // A leader ("Specialist visit ........ $60") is not a sentence end.
      .flatMap((line) => line.split(/(?<=(?<!\.)[.!?])\s+(?=[A-Z•(])/))
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
  );
}

/**
 * Plain text wrapped at a fixed width: a line that runs on into the next (no closing punctuation,
 * the next not a bullet, heading, table row or leader line) is joined to it, so a sentence is not
 * cut where the author's editor wrapped it.
 */
function unwrapLines(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1)?.trim() ?? "";
    const next = line.trim();
    if (prev.length >= 40 && next !== "" && runsOn(prev, next)) out[out.length - 1] = `${prev} ${next}`;
    else out.push(line);
  }
  return out.join("\n");
}

const ROW_LIKE = /\S {2,}\S|\.{4,}|\|/;

function runsOn(prev: string, next: string): boolean {
  // A section number ("9.1  The District provides …") is spaced like a table cell but is not one.
  const body = (line: string) => line.replace(/^\d+(\.\d+)*\.?\s+/, "");
  return (
    !/[.!?:;]$/.test(prev) &&
    !/^([-*•#|>]|\d+[.)]\s)/.test(next) &&
    !ROW_LIKE.test(body(prev)) &&
    !ROW_LIKE.test(next)
  );
}

/** Money amounts, percentages and numbers in a text, normalised ("$1,500.00" → "1500"). */
export function extractFigures(text: string): string[] {
  const figures: string[] = [];
  for (const match of text.matchAll(/\$?\d[\d,]*(?:\.\d+)?%?/g)) {
    const raw = match[0];
    const value = raw
      .replace(/[$,%]/g, "")
      .replace(/\.0+$/, "")
      .replace(/(\.\d*?)0+$/, "$1");
    if (value !== "") figures.push(value);
  }
  return figures;
}

/** What kind of figure a question wants: money ("how much", "copay", "limit") or a percentage. */
export function wantedFigure(question: string): { money: boolean; percent: boolean } {
  // "How much PTO / time off" asks for hours, not dollars.
  const aboutTime = /\bhow much (pto|time|vacation|sick|leave|paid time)\b/i.test(question);
  return {
    money:
      !aboutTime &&
      /\b(how much|costs?|price|pay|copay|copayment|deductible|max|maximum|limit|allowance|contribut\w*|put in|premiums?)\b/i.test(
        question,
      ),
    percent: /(\bpercent|%|\bcoinsurance|\bmatch\w*|\bvest\w*|\bdiscount)/i.test(question),
  };
}
