import type { Citation } from "../../conversation/reply";
import { type BenefitPlan, type CoverageTier, TIER_LABELS } from "../../core/benefits/plan";
import { Money } from "../../core/money/money";
import { EXCLUDES } from "../../knowledge/coverage/cost-share";
import type { CoverageQuestion } from "../../knowledge/coverage/coverage-question";
import type {
  CoverageRow,
  DocumentCoverage,
  ListedService,
  NetworkAmounts,
  Provenance,
  TierAmounts,
} from "../../knowledge/coverage/plan-coverage";
import { questionServices, rowServices, SERVICES } from "../../knowledge/coverage/services";
import { isGenericTerm, processTerm, splitSentences, tokenize } from "../../knowledge/text";
import { normalizeWords } from "../../knowledge/vocabulary/lay-terms";

/**
 * Answers a coverage question from the extracted coverage of ONE plan's own documents: the direct
 * answer first ("Specialist visit — in network: $60 copay/visit; out of network: 40% coinsurance"),
 * one line of context (the deductible, a limit, preauthorization), and the cited row as the quote.
 * Figures are only ever the document's own words. Returns null when the plan's extracted coverage
 * does not say, so the caller can search the documents' text or say it doesn't know.
 */
export type PlanCoverageDocument = { document: string; coverage: DocumentCoverage };

/** The plan record (census) and the plan's document state different amounts: specialists must check. */
export type RecordMismatch = {
  plan: string;
  field: "deductible" | "out-of-pocket limit" | "life-event window" | "child age limit";
  record: string;
  document: string;
  documentName: string;
};

export type CoverageAnswer = { answer: string; citations: Citation[]; mismatch?: RecordMismatch };

type Words = { inNetwork: string; outOfNetwork: string; youPay: string; lead: string };

const EN: Words = { inNetwork: "in network", outOfNetwork: "out of network", youPay: "you pay", lead: "" };
const ES: Words = {
  inNetwork: "dentro de la red",
  outOfNetwork: "fuera de la red",
  youPay: "pagas",
  lead: "Según los documentos de tu plan (cito el texto original en inglés):",
};

export function coverageAnswer(input: {
  question: CoverageQuestion;
  plan: BenefitPlan;
  tier: CoverageTier;
  documents: readonly PlanCoverageDocument[];
  spanish: boolean;
}): CoverageAnswer | null {
  const { question, plan, documents } = input;
  const w = input.spanish ? ES : EN;
  const found = limitedRow(question, documents) ?? findRow(question, documents);
  const listed = findListed(question, documents);

  let answer: CoverageAnswer | null = null;
  if (question.facet === "other") return null;
  if (question.facet === "deductible" || question.facet === "out_of_pocket") {
    answer = amountAnswer(question, plan, input.tier, documents, w);
  } else if (
    listed?.strong &&
    (question.facet === "covered" || (found !== null && found.row.service !== question.services[0]?.key))
  ) {
    // A listed service the question names outright beats a row its lay words led to ("chiropractor"
    // → the rehabilitation row, while "Chiropractic care (20 visits)" is listed).
    answer = listedAnswer(plan, listed, w);
  } else if (!found && listed && (question.facet === "covered" || listed.same)) {
    // "Hearing aids for my husband?": no row prices it, and the plan lists it by name.
    answer = listedAnswer(plan, listed, w);
  } else if (found) {
    answer = rowAnswer(question, plan, found.row, found.document, documents, w);
  } else if (question.network === "out" && question.services.length === 0 && question.facet === "cost") {
    // "What do I pay at a doctor who's out of network?" prices an office visit: the primary care
    // row's out-of-network cell. With no doctor named ("can I go out of network?"), or no such
    // row, the plan's general out-of-network rule answers.
    const visitAsked = { ...question, services: rowServices("Primary care visit", "") };
    const visit = A_DOCTOR.test(question.text) ? findRow(visitAsked, documents) : null;
    const general = visit ? null : generalOutOfNetwork(documents);
    if (visit) answer = rowAnswer(visitAsked, plan, visit.row, visit.document, documents, w);
    else if (general) {
      const text = general.item.text.replace(/[.\s]+$/, "");
      answer = {
        answer: `${plan.name} — ${w.outOfNetwork}: ${text}.`,
        citations: [citation(general.document, general.item.source)],
      };
    }
  }
  if (!answer) return null;
  // A "yes" the documents contradict elsewhere ("prescription safety glasses aren't covered") is a no.
  const said =
    question.facet === "covered" && /^(Yes —|Sí)/.test(answer.answer)
      ? contradiction(question, answer, documents)
      : null;
  if (said) {
    answer = {
      answer:
        w === ES
          ? `No, ${plan.name} no lo cubre: «${said.sentence}»`
          : `No — ${plan.name} does not cover it: “${said.sentence}”`,
      citations: [citation(said.document, said.source)],
    };
  }
  return { ...answer, answer: [w.lead, answer.answer].filter(Boolean).join(" ") };
}

/**
 * A sentence of the plan's documents that says the thing asked is not covered: it names a word of
 * the question the cited row or item does not, two of the question's words at least (or its only
 * one), and says "not covered", "excluded".
 */
function contradiction(
  question: CoverageQuestion,
  answer: CoverageAnswer,
  documents: readonly PlanCoverageDocument[],
): { sentence: string; document: string; source: Provenance } | null {
  const cited = contentStems(answer.citations.map((c) => c.quote).join(" "));
  const asked = [...contentStems(question.own)];
  const unanswered = asked.filter((s) => !cited.has(s));
  if (unanswered.length === 0) return null;
  for (const d of documents) {
    for (const item of d.coverage.exclusions ?? []) {
      const stems = contentStems(item.text);
      const named = asked.filter((s) => stems.has(s)).length;
      if (unanswered.some((s) => stems.has(s)) && named >= Math.min(2, asked.length))
        return { sentence: item.text.replace(/\s+/g, " ").trim(), document: d.document, source: item.source };
    }
  }
  return null;
}

function findRow(
  question: CoverageQuestion,
  documents: readonly PlanCoverageDocument[],
): { row: CoverageRow; document: string } | null {
  const own = contentStems(question.own);
  const asked = contentStems(question.text);
  for (const service of question.services) {
    // Several rows may price one service ("Lab work", "X-ray"): the one whose label shares most of
    // the question's own words (then of its vocabulary), else the first as printed.
    let best: { row: CoverageRow; document: string; hits: number } | null = null;
    for (const d of documents) {
      for (const row of d.coverage.rows) {
        if (row.service !== service.key) continue;
        if (otherTherapy(question.own, row.label)) continue;
        // The heading the row sits under ("Covered services > X-ray") first, then its label.
        const heading = [...contentStems(row.event.split(">").at(-1) ?? "")];
        const label = [...contentStems(row.label)];
        // Out of network: a row that prices it beats one that doesn't.
        const prices = question.network === "out" && row.outOfNetwork !== null ? 1000 : 0;
        // Among equals, the shorter label is about the service alone ("Frame allowance", not
        // "Materials copay (lenses or frames)").
        // "Contact lenses (medically necessary)" is the exception; people asking about contacts mean the
        // ordinary benefit unless they speak of medical need.
        const exception =
          /medically necessary/i.test(row.label) && !/medical|necessar|medic/i.test(question.own) ? -20 : 0;
        // A row that only limits ("Cleanings: 2 per calendar year") answers a limit, not a price.
        const unpriced =
          row.inNetwork === null && row.outOfNetwork === null && question.facet !== "limit" ? -500 : 0;
        const hits =
          prices +
          exception +
          unpriced +
          ageFit(question.own, row.label) * 50 +
          heading.filter((s) => own.has(s)).length * 100 +
          label.filter((s) => own.has(s)).length * 10 +
          label.filter((s) => asked.has(s)).length -
          label.length / 100;
        if (!best || hits > best.hits) best = { row, document: d.document, hits };
      }
    }
    if (best) return { row: best.row, document: best.document };
  }
  // No row is keyed to the service, but a class row names it ("Basic: fillings, simple extractions,
  // root canals"): that class prices it in this plan.
  for (const service of question.services) {
    const entry = SERVICES.find((s) => s.key === service.key);
    if (!entry) continue;
    for (const d of documents) {
      const row = d.coverage.rows.find(
        (r) => entry.matches.test(normalizeWords(r.label)) && !otherTherapy(question.own, r.label),
      );
      if (row) return { row, document: d.document };
    }
  }
  return null;
}

/**
 * "Home nurse visits after the delivery, how many?": a limit question naming several services is
 * about the one whose row states a limit.
 */
function limitedRow(
  question: CoverageQuestion,
  documents: readonly PlanCoverageDocument[],
): { row: CoverageRow; document: string } | null {
  if (question.facet !== "limit" || question.services.length < 2) return null;
  // The first service's own row answers when it states a limit, in its cells if nowhere else
  // ("$150 allowance every 24 months").
  const first = findRow({ ...question, services: question.services.slice(0, 1) }, documents);
  if (
    !first ||
    first.row.limits.length > 0 ||
    /\bevery\b|\bper (year|calendar)|\bvisits?\b|\bdays?\b/i.test(
      `${first.row.inNetwork} ${first.row.outOfNetwork}`,
    )
  )
    return null;
  for (const service of question.services.slice(1)) {
    const found = findRow({ ...question, services: [service] }, documents);
    if (found && found.row.limits.length > 0) return found;
  }
  return null;
}

const THERAPIES = [/\bphysical\b/i, /\boccupational\b/i, /\bspeech\b/i];

/**
 * A row that names only other kinds of therapy than the one asked ("Physical therapy" for speech
 * therapy): one rehabilitation service in the catalogue, but the plan may cover one and not another.
 */
function otherTherapy(question: string, label: string): boolean {
  const asked = THERAPIES.filter((t) => t.test(question));
  const named = THERAPIES.filter((t) => t.test(label));
  return asked.length > 0 && named.length > 0 && !asked.some((t) => named.includes(t));
}

const CHILD =
  /\b(kids?|child|children|son|daughter|teen\w*|baby|toddler|(?:[1-9]|1[0-8]) ?(?:yr|year)s?[- ]old|hij[oa]s?|nin[oa]s?)\b/;
const ADULT = /\b(adult|adults|myself|my (?:wife|husband|spouse|partner)|me)\b/;

/** +1 when a row's age ("child", "adult") is the one the question speaks of, −1 when it is the other. */
function ageFit(question: string, label: string): number {
  const l = label.toLowerCase();
  const rowChild = /\bchild|\bkids?\b|pediatric|under (?:1[0-9])/.test(l);
  const rowAdult = /\badult/.test(l);
  if (!rowChild && !rowAdult) return 0;
  const asksChild = CHILD.test(question);
  const asksAdult = !asksChild && ADULT.test(question);
  if (asksChild) return rowChild ? 1 : -1;
  if (asksAdult) return rowAdult ? 1 : -1;
  return 0;
}

/** Question words that tell one listed service from another ("acupuncture", "hearing aids"). */
const LIST_GENERIC = new Set([
  "care",
  "servic",
  "visit",
  "treatment",
  "cover",
  "plan",
  "adult",
  "doctor",
  "routin",
  "my",
  "program",
  // A dental plan's rows all are dental ("Dental implants"): the word tells none from another.
  "dental",
]);

function contentStems(text: string): Set<string> {
  return new Set(
    // "xray", "x ray" and "X-ray" are one word.
    tokenize(text.replace(/\bx[- ]?rays?\b/gi, "x-ray"))
      .map(processTerm)
      .filter((t): t is string => t !== null && !isGenericTerm(t) && !LIST_GENERIC.has(t) && t.length >= 3),
  );
}

/** `same`: the item is the very service the question names ("Hearing aids" for hearing aids). */
type Listed = { item: ListedService; excluded: boolean; document: string; strong: boolean; same: boolean };

/** The excluded or other covered service the question names, if any. */
function findListed(question: CoverageQuestion, documents: readonly PlanCoverageDocument[]): Listed | null {
  // "(not hearing aids, just the test)": what the question sets aside is not what it asks about.
  const aside = /[(,;]\s*(?:not|except)\b[^(),;]*/gi;
  const kept = question.text.replace(aside, " ");
  const setAside = new Set(
    questionServices((question.text.match(aside) ?? []).join(" "))
      .filter((s) => !s.matches.test(kept.toLowerCase()))
      .map((s) => s.key),
  );
  const services = question.services.filter((s) => !setAside.has(s.key));
  const asked = contentStems(kept);
  let best: (Listed & { score: number }) | null = null;
  for (const d of documents) {
    for (const [items, excluded] of [
      [d.coverage.excluded, true],
      [d.coverage.otherCovered, false],
    ] as const) {
      for (const item of items) {
        // The SBC's event labels ("If you are pregnant") that a box's layout let into a list are
        // not services.
        if (/^if (you|your)\b/i.test(item.text)) continue;
        const stems = contentStems(item.text);
        const hits = [...asked].filter((s) => stems.has(s)).length;
        const itemServices = rowServices(item.text, "");
        // "Is IVF covered?" and the item "Infertility treatment" share no word but are one service.
        const sameService = itemServices.length === 1 && services.some((q) => q.key === itemServices[0]!.key);
        if (hits === 0 && !sameService) continue;
        // An item ("Acupuncture", "Chiropractic care (limited to 12 visits)") whose name, before any
        // parenthesis, the question says whole is a strong match.
        const name = contentStems(item.text.replace(/\(.*$/, ""));
        // So is one whose other name in parentheses it says ("Refractive eye surgery (LASIK)").
        const alias = contentStems(/\(([^)]*)\)/.exec(item.text)?.[1] ?? "");
        const strong =
          hits >= 2 ||
          sameService ||
          [name, alias].some((n) => n.size > 0 && [...n].every((s) => asked.has(s)));
        // One shared word where each side names something the other doesn't ("hearing test" and
        // "Hearing aids") is two services.
        if (!strong && [...asked].some((s) => !stems.has(s)) && [...name].some((s) => !asked.has(s)))
          continue;
        // A question that names a service ("weight loss surgery") is not answered by an item that
        // names another one ("Cosmetic surgery") on a shared word.
        if (
          !strong &&
          services.length > 0 &&
          itemServices.length > 0 &&
          !itemServices.some((s) => services.some((q) => q.key === s.key))
        )
          continue;
        // An item that is the very service asked ("Bariatric surgery" for "weight loss surgery")
        // outranks one that only shares words with the question ("Weight loss programs").
        const same = itemServices.some((s) => services.some((q) => q.key === s.key));
        const score = hits * 10 - stems.size + (same ? 25 : 0);
        if (!best || score > best.score)
          best = { item, excluded, document: d.document, strong, same: sameService, score };
      }
    }
  }
  return best;
}

function listedAnswer(plan: BenefitPlan, listed: Listed, w: Words): CoverageAnswer {
  // The item's closing stop goes, an abbreviation's ("outside the U.S.") stays.
  const text = listed.item.text.replace(/(?<!\b[A-Z]\.[A-Z])[.;]+$/, "");
  const answer =
    w === ES
      ? listed.excluded
        ? `No: ${plan.name} incluye «${text}» entre los servicios que no cubre.`
        : `Sí: ${plan.name} incluye «${text}» entre otros servicios cubiertos (pueden aplicar límites).`
      : listed.excluded
        ? `No — not covered: ${plan.name} lists “${text}” among the services it does not cover.`
        : `Yes — ${plan.name} lists “${text}” among its other covered services (limitations may apply).`;
  return { answer, citations: [citation(listed.document, listed.item.source)] };
}

const NOT_COVERED = /^\s*not covered/i;
/** A doctor or provider in general, in English or Spanish. */
const A_DOCTOR = /\b(doctors?|docs?|physicians?|providers?|medicos?)\b/;

function rowAnswer(
  question: CoverageQuestion,
  plan: BenefitPlan,
  row: CoverageRow,
  document: string,
  documents: readonly PlanCoverageDocument[],
  w: Words,
): CoverageAnswer | null {
  const label = row.label.replace(/\s+/g, " ").trim() || row.service;
  // The cells as printed, without their closing period (the answer adds its own).
  // A list bullet or the network's own name the cell was printed with ("• In-network: 20% after
  // deductible") is not part of the price.
  const cell = (text: string | null) =>
    (text ?? "")
      .replace(/^[•▪●◦]\s*/, "")
      .replace(/^(in|out[- ]of)[- ]network\s*:\s*/i, "")
      .replace(/[.\s]+$/, "");
  const inNetwork = cell(row.inNetwork);
  const outOfNetwork = cell(row.outOfNetwork);
  const differ = outOfNetwork !== "" && normal(outOfNetwork) !== normal(inNetwork);
  let direct: string;
  // A service priced in network only: the document's general out-of-network rule, cited too.
  const general = outOfNetwork === "" ? generalOutOfNetwork(documents) : null;
  const priceOut =
    outOfNetwork ||
    general?.item.text.replace(/[.\s]+$/, "") ||
    (w === ES ? "el resumen no da un costo fuera de la red" : "the summary gives no out-of-network cost");
  // Priced out of network only ("20% after deductible, in-network or out-of-network"): that cell alone.
  if (question.network === "out" || (inNetwork === "" && outOfNetwork !== ""))
    direct = `${label} — ${w.outOfNetwork}: ${priceOut}.`;
  else if (question.network === "in" || !differ) direct = `${label} — ${w.inNetwork}: ${inNetwork || "—"}.`;
  else direct = `${label} — ${w.inNetwork}: ${inNetwork}; ${w.outOfNetwork}: ${outOfNetwork}.`;

  if (question.facet === "covered") {
    const price = question.network === "out" ? outOfNetwork : inNetwork;
    // The row's note may set the very thing asked apart ("Diagnosis of infertility — 10%", noted
    // "IVF and fertility drugs are not covered"): that sentence answers "does it cover IVF".
    const setApart = excludedInNote(question, row);
    const covered = !NOT_COVERED.test(price) && setApart === null;
    if (setApart) direct = `“${setApart}” ${direct}`;
    const head =
      w === ES
        ? covered
          ? `Sí, ${plan.name} lo cubre.`
          : `No, ${plan.name} no lo cubre.`
        : covered
          ? `Yes — ${plan.name} covers it.`
          : `No — ${plan.name} does not cover it${question.network === "out" ? " out of network" : ""}.`;
    direct = `${head} ${direct}`;
  }
  const context: string[] = [];
  // Each limit in its clause as printed: "Once every 24 months for adults", not "Once every 24 months".
  const clauses = (row.limitations ?? "").split(/;\s*/).map((c) => c.trim().replace(/\.$/, ""));
  const limitText =
    row.limits.length > 0
      ? [...new Set(row.limits.map((l) => clauses.find((c) => c.includes(l) && c.length <= 120) ?? l))].join(
          "; ",
        )
      : null;
  if (question.facet === "limit") {
    // No limit in the row: the documents' text may still state one elsewhere.
    if (limitText === null) return null;
    direct = `${label}: ${limitText}. ${direct}`;
  } else if (limitText) {
    context.push(`Limit: ${limitText}.`);
  }
  // What the row says about it, when it says more than that it is needed ("If you don't get
  // preauthorization, you pay a $500 penalty per scan").
  const preauthSaid = splitSentences(row.limitations ?? "")
    .filter((s) => /pre-?\s?auth|prior auth|penalt|approv/i.test(s))
    .join(" ");
  const preauthMore = /penalt|reduc|not (pay|covered)|you pay|approv/i.test(preauthSaid) ? preauthSaid : "";
  if (question.facet === "preauthorization") {
    direct = row.preauthorization
      ? `Yes — ${label} needs preauthorization.${preauthMore ? ` ${preauthMore}` : ""} ${direct}`
      : `${plan.name}'s summary doesn't list preauthorization for ${label}. ${direct}`;
  } else if (row.preauthorization) {
    context.push(preauthMore || "Preauthorization is required.");
  }
  const deductible = documents.map((d) => d.coverage.deductible).find((a) => a !== null) ?? null;
  if (row.deductibleApplies === true && deductible?.inNetwork && question.network !== "out") {
    context.push(`The deductible applies first: ${tierPhrase(deductible.inNetwork)} ${w.inNetwork}.`);
  }
  // Out of network from the general rule: that rule is the source, the row second.
  const citations =
    general && question.network === "out"
      ? [citation(general.document, general.item.source), citation(document, row.source)]
      : question.network === "out" && row.outSource
        ? [citation(document, row.outSource), citation(document, row.source)]
        : [citation(document, row.source)];
  return { answer: [direct, ...context].join(" "), citations };
}

/** The sentence of a row's note that excludes a thing the question names and the row's label does not. */
function excludedInNote(question: CoverageQuestion, row: CoverageRow): string | null {
  const label = contentStems(row.label);
  const asked = [...contentStems(question.own)].filter((s) => !label.has(s));
  return (
    splitSentences(row.limitations ?? "").find(
      (s) => EXCLUDES.test(s) && asked.some((stem) => contentStems(s).has(stem)),
    ) ?? null
  );
}

function generalOutOfNetwork(
  documents: readonly PlanCoverageDocument[],
): { item: ListedService; document: string } | null {
  for (const d of documents) {
    if (d.coverage.outOfNetworkGeneral) return { item: d.coverage.outOfNetworkGeneral, document: d.document };
  }
  return null;
}

function amountAnswer(
  question: CoverageQuestion,
  plan: BenefitPlan,
  tier: CoverageTier,
  documents: readonly PlanCoverageDocument[],
  w: Words,
): CoverageAnswer | null {
  const kind = question.facet === "deductible" ? "deductible" : "outOfPocket";
  const found = documents.find((d) => d.coverage[kind] !== null);
  const amounts: NetworkAmounts | null | undefined = found?.coverage[kind];
  if (!found || !amounts) return null;
  const name: RecordMismatch["field"] = kind === "deductible" ? "deductible" : "out-of-pocket limit";
  const parts: string[] = [];
  if (question.network !== "out" && amounts.inNetwork)
    parts.push(`${tierPhrase(amounts.inNetwork)} ${w.inNetwork}`);
  if (question.network !== "in" && amounts.outOfNetwork)
    parts.push(`${tierPhrase(amounts.outOfNetwork)} ${w.outOfNetwork}`);
  if (parts.length === 0) return null;
  const which = question.tier ?? (tier === "employee" ? "individual" : "family");
  const own =
    question.tier === null
      ? ` You have ${TIER_LABELS[tier].toLowerCase()} coverage, so the ${which} amount applies.`
      : "";
  // A document that names the amounts otherwise ("$50 per person, $150 per family, each calendar
  // year") is quoted in its own words, which the tier phrase above does not keep. A table row is not.
  const quote = amounts.source.quote.trim();
  const inWords =
    quote !== "" && !quote.includes(" | ") && !/\bindividual\b/i.test(quote) && quote.length <= 240
      ? w === ES
        ? ` El documento dice: «${quote}»`
        : ` The plan document says: “${quote}”`
      : "";
  const direct = `Your ${plan.name} ${name}: ${parts.join("; ")}.${own}${inWords}`;
  const census = kind === "deductible" ? plan.deductible : plan.outOfPocketMax;
  const doc = amounts.inNetwork;
  const disagree =
    census &&
    doc &&
    ((doc.individual && figure(doc.individual) !== figure(census.individual)) ||
      (doc.family && figure(doc.family) !== figure(census.family)));
  if (!disagree || !census || !doc) {
    return { answer: direct, citations: [citation(found.document, amounts.source)] };
  }
  const record = `${dollars(census.individual)} individual / ${dollars(census.family)} family`;
  return {
    answer: `${direct} Your plan record says ${record} instead; I've asked an HR specialist to check which is right.`,
    citations: [citation(found.document, amounts.source)],
    mismatch: {
      plan: plan.code,
      field: name,
      record,
      document: tierPhrase(doc),
      documentName: found.document,
    },
  };
}

function tierPhrase(t: TierAmounts): string {
  return [t.individual && `${t.individual} individual`, t.family && `${t.family} family`]
    .filter(Boolean)
    .join(" / ");
}

/** "$1,500" from the plan record's "1500" (whole dollars without cents). */
function dollars(amount: string): string {
  const formatted = Money.of(amount).format();
  return formatted.endsWith(".00") ? formatted.slice(0, -3) : formatted;
}

function figure(amount: string): string {
  return amount.replace(/[$,\s]/g, "").replace(/\.0+$/, "");
}

function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9%$]+/g, " ")
    .trim();
}

function citation(document: string, source: Provenance): Citation {
  return {
    document,
    section: source.page !== null ? `page ${source.page} > ${source.section}` : source.section,
    quote: source.quote,
  };
}
