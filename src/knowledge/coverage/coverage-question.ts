import { layTermMeanings, normalizeWords } from "../vocabulary/lay-terms";
import { correctSpelling } from "../vocabulary/spelling";
import { isInNetwork, isOutOfNetwork } from "./cost-share";
import { type PlanKind, questionServices, type ServiceEntry } from "./services";

/**
 * A coverage question read into the facets an answer needs: the services it names (after typos are
 * mended and lay words mapped to the plan's rows), the network, the tier, and what kind of answer it
 * wants. Keyword rules, deterministic and offline.
 */
export type CoverageFacet =
  | "other"
  | "cost"
  | "covered"
  | "limit"
  | "preauthorization"
  | "deductible"
  | "out_of_pocket";

export type CoverageQuestion = {
  services: ServiceEntry[];
  /** "unspecified" answers both networks when they differ. */
  network: "in" | "out" | "both" | "unspecified";
  facet: CoverageFacet;
  /** The tier the question names; null = the employee's own enrollment decides. */
  tier: "individual" | "family" | null;
  /** The question's words after spelling and vocabulary, lower-case: matched against listed services. */
  text: string;
  /** The question's own words after spelling, lower-case (no vocabulary added). */
  own: string;
};

/** Reads a question about a plan of `kind` (its services are that kind's rows). */
export function readCoverageQuestion(question: string, kind: PlanKind = "medical"): CoverageQuestion {
  const corrected = correctSpelling(question);
  // A child's glasses or eye exam is the SBC's children's row, however the question says it.
  // Glasses and an exam each bring their own row: "my son's glasses" is not his eye exam.
  const words = normalizeWords(corrected);
  const aChild = /\b(kids?|son|daughter|child|children|hij[oa]s?|nin[oa]s?)\b/.test(words);
  const glasses = aChild && /\b(glasses|lentes|anteojos)\b/.test(words);
  const exam =
    aChild &&
    /\b(eye exams?|vision exams?|eyes? (checked|examined|check|tests?)|vision (tests?|screening)|examen de la vista)\b/.test(
      words,
    );
  const child = `${exam ? " children's eye exam" : ""}${glasses ? " children's glasses" : ""}`;
  const text = normalizeWords(`${corrected} ${layTermMeanings(corrected).join(" ")}${child}`);
  // Services the question names in its own words come before those its lay words map to: "my doctor
  // ordered a CT scan" asks about the scan, not the doctor's visit.
  const own = normalizeWords(corrected);
  // A long message ends with what it asks ("…his PCP said he should get an MRI and see an orthopedic
  // guy… What's the MRI going to cost?"): the services of its last question come first.
  const sentences = corrected.split(/(?<=[.?!])\s+/).filter((t) => t.trim() !== "");
  const asked = sentences.length > 1 ? ([...sentences].reverse().find((t) => t.includes("?")) ?? "") : "";
  const focus = asked
    ? questionServices(normalizeWords(`${asked} ${layTermMeanings(asked).join(" ")}`), kind)
    : [];
  const direct = questionServices(own, kind);
  const services = [...focus, ...direct, ...questionServices(text, kind)].filter(
    (s, i, all) => all.findIndex((o) => o.key === s.key) === i,
  );
  return {
    services,
    network: network(text),
    facet: facet(text, services.length > 0),
    tier: tier(text),
    text,
    own,
  };
}

function network(text: string): CoverageQuestion["network"] {
  if (
    /\b(in and out|both networks?|in-network (and|or|vs\.?|versus) out|in network (and|or|vs\.?|versus) out)\b/.test(
      text,
    )
  )
    return "both";
  if (
    isOutOfNetwork(text) ||
    /\b(not in (the |my |our )?(\w+ )?network|isn'?t in (the |my |our )?(\w+ )?network|not (a )?network|outside (the |my |our )?(\w+ )?network|out of network|fuera de la red|no (esta )?en la red)\b/.test(
      text,
    )
  )
    return "out";
  if (isInNetwork(text) || /dentro de la red|en la red/.test(text)) return "in";
  return "unspecified";
}

function facet(text: string, namesService: boolean): CoverageFacet {
  if (
    /pre-?\s?auth|prior auth|precert|pre-?approv|approved (first|in advance|ahead)|need approval|autorizacion previa/.test(
      text,
    )
  )
    return "preauthorization";
  if (
    /\bhow (many|often)\b|\bevery (year|\d+ months)\b|\bfrequency\b|\blimit(s|ed)?\b|\bmax(imum)? (number|visits|days)|\b(visits?|days|sessions) (a|per|each) year|\bcap on\b|\bcuantas?\b|\blimite\b|\bcada cuanto\b|\bcon que frecuencia\b/.test(
      text,
    ) &&
    !/out-of-pocket limit|out of pocket limit/.test(text)
  )
    return "limit";
  if (
    !namesService &&
    /\b(out[- ]of[- ]pocket|oop|maximo de gastos? de bolsillo|maximo que pagar\w*|de (?:nuestro|mi|tu) bolsillo|most (i|we|my family|our family)\b[a-z' ]{0,30}\b(pay|paying|spend|spending|owe)|worst case|gasto maximo|maximo de bolsillo|desembolso maximo)\b/.test(
      text,
    )
  )
    return "out_of_pocket";
  // "What do I pay after the deductible?" asks a price; only the deductible's own amount is the
  // deductible facet.
  const afterDeductible =
    /\b(after|once|past|when) (i'?ve |i |we'?ve |we )?(the |my |our )?(meet |met |hit |reach |reached )?(the |my |our )?deductible|\bdespues del deducible/.test(
      text,
    );
  // "Seeing a specialist out of network, what's my deductible?": the service is the occasion; the
  // deductible's own amount is what is asked.
  const asksDeductibleItself =
    /\b(what'?s|what is|whats|how much is|how big is) (my|the|our) (\w+[- ])?(\w+ )?deductible\b/.test(text);
  if (
    (!namesService || asksDeductibleItself) &&
    !afterDeductible &&
    /\bdeductibles?\b|\bdeducible/.test(text)
  )
    return "deductible";
  if (
    /\b(does|do|will|would) (the |my |this )?(plan|insurance|it) (pay for|include|cover)\b/.test(text) &&
    !/\bhow much\b/.test(text)
  )
    return "covered";
  const asksPrice =
    /\bhow much\b|\bcost|\bcopay|\bcoinsurance|\bprice|\bpay\b|\bpaying\b|\bwhat (percent|percentage|share)\b|\bcharge|\bcuanto|\bcuesta|\bpago\b/.test(
      text,
    );
  if (
    !asksPrice &&
    /\bcover(ed|s)?\b|\bcovered\b|\bcubre|\bcubiert|\bcobertura|\bincluded\b|\bexcluded\b/.test(text)
  )
    return "covered";
  // Asked about something other than a price ("is there a waiting period", "how do I file a claim"):
  // not a coverage-table question.
  if (/\breferrals?\b/.test(text) && !asksPrice) return "other";
  if (
    !asksPrice &&
    /\b(when|how (do|can|long|soon)|waiting|wait|who|where|why|which|enroll|sign up|claim|form|card|find)\b/.test(
      text,
    )
  )
    return "other";
  return "cost";
}

function tier(text: string): CoverageQuestion["tier"] {
  if (/\b(family|familia|household|whole family|all of us|my kids|for us)\b/.test(text)) return "family";
  if (
    /\b(individual|just me|only me|for me alone|myself|single|self[- ]only|por persona|each person|per person)\b/.test(
      text,
    )
  )
    return "individual";
  return null;
}
