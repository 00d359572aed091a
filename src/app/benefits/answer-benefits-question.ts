import { readFileSync } from "node:fs";
import { type ModelLike, toModelGate } from "../../conversation/llm/model-gate";
import type { Citation, Reply, ReplyBlock } from "../../conversation/reply";
import { type BenefitPlan, type PlanType, TIER_LABELS, tierCost } from "../../core/benefits/plan";
import type { Clock } from "../../core/clock";
import { Money } from "../../core/money/money";
import { checkModelText } from "../../core/privacy/model-output";
import { statesCost } from "../../knowledge/coverage/cost-share";
import { type CoverageQuestion, readCoverageQuestion } from "../../knowledge/coverage/coverage-question";
import { coverageOfPlan, type DocumentCoverage, sharedColumns } from "../../knowledge/coverage/plan-coverage";
import type { PlanKind } from "../../knowledge/coverage/services";
import {
  askedThing,
  isRelevant,
  namesThing,
  type Passage,
  type SearchOptions,
} from "../../knowledge/knowledge-index";
import { selectQuote } from "../../knowledge/quote";
import { withoutSheetRows } from "../../knowledge/sheet-rows";
import { extractFigures, rewritePhrases, splitSentences } from "../../knowledge/text";
import { missingTopics } from "../../knowledge/vocabulary/benefit-topics";
import { isSpanish, layTermMeanings, normalizeWords } from "../../knowledge/vocabulary/lay-terms";
import type { BenefitsFactsSource, EmployeeBenefits, EnrollmentFact } from "./benefits-facts";
import { childAgeAnswer, childAgeAsked } from "./child-age-answer";
import { coverageAnswer, type RecordMismatch } from "./coverage-answer";
import { deductibleNote, deductibleNoteAsked } from "./deductible-notes";
import { lifeEventWindowAnswer, lifeEventWindowAsked } from "./life-event-window-answer";
import { readQuestionWithModel } from "./model-question-reading";
import {
  asksAboutOwnPlan,
  comesWithHsa,
  foreignDocuments,
  keepPlanCells,
  namedPlans,
  offeredNotEnrolled,
  plansNamedInText,
  withoutPlanNames,
} from "./plan-scope";
import { COVERAGE_TYPES, premiumAnswer, readPremiumQuestion, spanishCostWords } from "./premium-question";
import { lineWithAmount, namesOtherTier, premiumQuote, printsAmount } from "./premium-quote";
import {
  type PersonalFactKind,
  personalFactKinds,
  resolvePlanType,
  WORKPLACE_POLICY,
} from "./question-topic";
import { asksAboutTiming, waitingPeriodNote } from "./waiting-period-note";

/** "Compare the plans", "PPO vs HDHP", "which plan is cheaper": answered from the documents the plans share. */
const COMPARE =
  /\b(compare|comparison|comparar|vs\.?|versus|difference between|differences between|which plans? (is|are|has|have|would|does|do|covers?|offers?|pays?)|both plans|each plan|all (the )?plans)\b/i;

/**
 * A comparison of plans, not of networks or services ("in-network vs out-of-network", "the
 * difference between a copay and coinsurance"): the question speaks of plans, or names two of them.
 */
function comparesPlans(question: string, named: readonly BenefitPlan[]): boolean {
  if (!COMPARE.test(question)) return false;
  const types = question.match(/\b(ppo|hmo|epo|hdhp|pos)\b/gi) ?? [];
  return (
    /\b(plans|both|which plan|each plan|planes)\b/i.test(question) ||
    named.length >= 2 ||
    new Set(types.map((t) => t.toLowerCase())).size >= 2
  );
}

/** Retrieval as the answer needs it (KnowledgeRetriever in the product). */
export type PassageRetriever = {
  search(clientId: string, question: string, options?: SearchOptions): Promise<Passage[]>;
  /** What the question asks about that no document of the client names; absent = not checked. */
  unknownSubject?(
    clientId: string,
    question: string,
    options?: { namesOnly?: boolean },
  ): Promise<string | null>;
  /** The client's extracted coverage by document name; absent = answers from passages only. */
  coverage?(clientId: string): Promise<Map<string, DocumentCoverage>>;
};

export type AnswerBenefitsQuestionInput = {
  employeeId: string;
  clientId: string;
  question: string;
  /** Plan type from the conversation (a follow-up "and dental?"); the question's own words win. */
  planType?: string | undefined;
  /** The employee's IANA timezone, for "today" (default UTC). */
  timezone?: string | undefined;
};

export type AnswerBenefitsQuestionDeps = {
  facts: BenefitsFactsSource;
  retriever: PassageRetriever;
  clock: Clock;
  /** A LangChain chat model; absent = the offline answer. */
  chatModel?: ModelLike | null | undefined;
};

export type BenefitsAnswer = {
  answer: string;
  citations: Citation[];
  /** Personal facts from the database (label + value), shown as a facts block. */
  facts: { label: string; value: string }[];
  /** False when nothing relevant was found: the reply offers a human. */
  found: boolean;
  planType: PlanType | null;
  /** Who phrased the answer. */
  source: "offline" | "model";
  /** Why a model answer was rejected in favour of the offline one (unsupported figure, error). */
  modelRejected?: string;
  /** The plan record and the plan's document disagree: the caller opens a low-priority case. */
  recordMismatch?: RecordMismatch;
};

/** The same refusal for a question asked in Spanish. */
export const NOT_FOUND_ANSWER_ES =
  "No encontré eso en los documentos de tu plan y no quiero adivinar. ¿Quieres que se lo pregunte a un especialista de Recursos Humanos?";

/** Leads a Spanish question's answer: the figures and quotes stay as the English documents print them. */
const SPANISH_LEAD = "Según los documentos de tu plan (cito el texto original en inglés):";

export const NOT_FOUND_ANSWER =
  "I couldn't find that in your plan documents, so I don't want to guess. Would you like me to ask an HR specialist?";

/** How many passages the model may read. */
const MODEL_PASSAGES = 3;

/**
 * Answers an employee's benefits question about their own plans. Personal facts (enrollment, tier,
 * cost per paycheck, deductible and out-of-pocket maximum) come from the database; plan rules come
 * from passages retrieved from the employee's own client's documents, preferring the documents of
 * the employee's own plans of the type asked about. Every answer from a document carries citations
 * {document, section, quote}. Offline the answer is the best passage's relevant sentences; with a
 * chat model the model phrases the answer from the same passages and facts only, and an answer
 * containing any figure absent from those sources is rejected for the offline one. When nothing
 * relevant is found the answer says so and offers a human — it never invents coverage.
 */
/**
 * Once the plan type has chosen the documents to prefer, its own word ("medical", "dental") no longer
 * tells one section from another, and a section that merely mentions it ("emergency medical
 * transportation") would outrank the one that answers ("Overall deductible"): leave it out.
 */
function retrievalQuery(question: string, planType: string | null, preferred: readonly string[]): string {
  if (!planType || preferred.length === 0) return question;
  const stripped = question
    .replace(/\b(medical|health|dental|vision)\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  return stripped.length > 0 ? stripped : question;
}

const PLAN_LETTERS = /^(HSA|FSA|HRA|PPO|HMO|EPO|POS|HDHP|DHMO|DPPO|COBRA)$/;

/**
 * A Spanish question's English search words: its vocabulary's meanings, and the words no language
 * changes — acronyms and names as written ("IVF", "MRI", "Ozempic").
 */
function spanishSearchWords(question: string): string {
  const meanings = layTermMeanings(question).join(" ");
  const names = [...question.matchAll(/(?<=\s|^|¿|¡)(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z]?[a-z]*)(?=[\s?!.,]|$)/g)]
    .map((m) => m[0])
    // A plan's or account's letters ("mi HSA") are the vocabulary's already, and alone point nowhere.
    .filter((w, i) => (i > 0 || /^[A-Z]{2,}$/.test(w)) && !PLAN_LETTERS.test(w));
  return [meanings, ...names].join(" ").trim() || question;
}

export async function answerBenefitsQuestion(
  input: AnswerBenefitsQuestionInput,
  deps: AnswerBenefitsQuestionDeps,
): Promise<BenefitsAnswer> {
  const asOf = localDate(deps.clock.now(), input.timezone ?? "UTC");
  const benefits = await deps.facts.employeeBenefits(input.employeeId, asOf);
  // A question about one's terms of work is the handbook's, whatever medical words it uses ("at the
  // tacoma hospital", "since I can't get medical"); a plan it names by type still scopes it.
  const policy = WORKPLACE_POLICY.test(input.question);
  // A Spanish question searches with the English words its vocabulary maps to (the documents are English).
  const spanish = isSpanish(input.question);
  // Its kind of benefit is read from the English words too ("seguro de vida" is life insurance).
  const typed = resolvePlanType(
    rewritePhrases(spanish ? spanishCostWords(input.question) : input.question),
    input.planType,
  );
  const resolved = policy && typed === "medical" ? null : typed;
  const asWritten = spanish ? spanishSearchWords(input.question) : input.question;

  // "Is Dr. Alvarez in network?", "is Jardiance a preferred brand?": when no document names it, a
  // passage about the rest of the question ("in network", "preferred brand") would answer about
  // something else.
  const unknown = await deps.retriever.unknownSubject?.(input.clientId, input.question, {
    namesOnly: spanish,
  });
  if (unknown) return notFound(resolved, spanish, unknown);
  // "Is there an in-network pediatric dentist near me?": plan documents price care, they do not list
  // who practises where; a passage about the kind of provider would answer another question.
  if (asksAboutAProvider(input.question) || asksAboutAProvider(asWritten)) return notFound(resolved, spanish);

  // "How long do I have to add the baby?", "until what age can my son stay on?": the figure the
  // product applies, from the plan's rules, with the documents' sentence cited.
  const ruleAsked = benefits ? planRuleAsked(input.question) : null;
  if (benefits && ruleAsked) {
    const own = { ...benefits, plans: benefits.plans.filter((p) => COVERAGE_TYPES.includes(p.type)) };
    const passages = await deps.retriever.search(input.clientId, `${asWritten} ${ruleAsked.searchWords}`, {
      excludeDocuments: foreignDocuments(own),
      limit: 8,
    });
    const rule = ruleAsked.answer(benefits, passages, spanish);
    if (rule) {
      return {
        answer: rule.answer,
        citations: rule.citations,
        facts: rule.facts,
        found: true,
        planType: "medical",
        source: "offline",
        ...(rule.mismatch ? { recordMismatch: { ...rule.mismatch, field: ruleAsked.field } } : {}),
      };
    }
  }

  // "My coworker on the PPO pays $10: what do I pay?" names another plan to ask about one's own.
  // A plan of the employee's own named by an everyday word of its name ("the deductible on core")
  // names it when the question would otherwise be read as a kind of plan they are not in.
  const namedAtAll = benefits
    ? namedPlans(benefits, input.question, resolved).concat(
        (resolved === "medical" || resolved === "dental" || resolved === "vision") &&
          !benefits.enrollments.some((e) => e.plan.type === resolved)
          ? plansNamedInText(
              benefits,
              input.question,
              new Set(benefits.enrollments.map((e) => e.plan.type)),
              true,
            ).filter((p) => benefits.enrollments.some((e) => e.plan.code === p.code))
          : [],
      )
    : [];
  const ownAsked = asksAboutOwnPlan(input.question, comparesPlans(input.question, namedAtAll));
  const isOwn = (p: BenefitPlan) => benefits?.enrollments.some((e) => e.plan.code === p.code) ?? false;
  const named = ownAsked ? namedAtAll.filter(isOwn) : namedAtAll;
  const setAside = ownAsked && benefits ? namedAtAll.filter((p) => !isOwn(p)) : [];
  const question =
    setAside.length > 0 && benefits ? withoutPlanNames(benefits, asWritten, setAside) : asWritten;

  // "What would a shrink cost me?" asks the price of a service, not the plan's cost per paycheck.
  // Read once: the coverage reader's view of the question as asked (facets, network, services).
  // With a model configured, a question whose words name no service the offline reader knows ("my
  // bunions") is read by the model too, into the same catalogue's keys.
  const offlineReading = policy ? readCoverageQuestion("") : readCoverageQuestion(input.question);
  const asked =
    offlineReading.services.length === 0 && deps.chatModel
      ? await readQuestionWithModel(deps.chatModel, input.question, "medical", offlineReading)
      : offlineReading;
  // A dental or vision service ("how much does a crown cost me?") is read in its own plan's catalogue.
  const ownKind = resolved === "dental" || resolved === "vision" ? resolved : null;
  const namesService =
    (spanish ? readCoverageQuestion(question) : asked).services.length > 0 ||
    (ownKind !== null &&
      readCoverageQuestion(spanish ? question : input.question, ownKind).services.length > 0);
  // A Spanish question's own words say whose and what ("me descuentan de cada cheque").
  // "If I end up in an ER out there, am I covered?" asks about the ER, not which plan one is in.
  const kinds = personalFactKinds(spanish ? `${input.question} ${question}` : question).filter(
    (k) =>
      (k !== "premium" && k !== "enrollment") ||
      !namesService ||
      (k === "premium" &&
        /paycheck|payday|pay day|premium|pay period|per check|cheque|quincena|descuent/i.test(question)),
  );
  // A question that names one of the employee's own plans ("does the EPO cover my kid's glasses")
  // is about that plan's type; naming a plan they are not in never moves the answer to it.
  const ownNamed = named.filter(isOwn);
  const byName = new Set(ownNamed.map((p) => p.type)).size === 1 ? ownNamed[0]!.type : resolved;
  // "My kid needs glasses" where the employer has no vision plan: the medical plan's children's
  // rows answer it (the SBC prices children's eye exams and glasses).
  const planType =
    byName &&
    benefits &&
    byName !== "medical" &&
    benefits.plans.length > 0 &&
    !benefits.plans.some((p) => p.type === byName) &&
    asked.services.length > 0
      ? "medical"
      : byName;
  const namedNotOwn = named.filter((p) => !isOwn(p));
  // What coverage costs, when the question asks more than the own tier's share per paycheck (a year,
  // the employer's share, another tier, every plan) or asks it in words the cost lines do not use.
  // The employer by name ("what does Harborlight pay for my health insurance") is the company.
  const employerWord = benefits?.clientName.split(/\s+/)[0]?.replace(/[^\p{L}]/gu, "") ?? "";
  const premiumWords = spanish ? spanishCostWords(input.question) : question;
  const premiumText =
    employerWord.length >= 4
      ? premiumWords.replace(new RegExp(`\\b${employerWord}\\b`, "gi"), "the company")
      : premiumWords;
  const premiumAsked =
    benefits && namedNotOwn.length <= 1
      ? readPremiumQuestion(
          premiumText,
          planType,
          // A Spanish question's own words may name the service its English meanings lose ("mi hijo… examen de la vista").
          // "An out-of-network doctor on the EPO: how much would it be?" prices care, not coverage.
          namesService ||
            (spanish && offlineReading.services.length > 0) ||
            offlineReading.network !== "unspecified",
          Math.max(0, ...benefits.enrollments.map((e) => e.plan.planYear)) || undefined,
        )
      : null;
  if (benefits && premiumAsked) {
    if (premiumAsked.future) return notFound(planType, spanish);
    const plain =
      kinds.includes("premium") &&
      premiumAsked.planType !== "all" &&
      premiumAsked.period === "paycheck" &&
      premiumAsked.share === "employee" &&
      premiumAsked.tiers.every((t) =>
        benefits.enrollments.some((e) => e.plan.type === premiumAsked.planType && e.tier === t),
      );
    const premium = plain
      ? null
      : await premiumAnswer(
          benefits,
          premiumAsked,
          (query, documents) =>
            deps.retriever.search(input.clientId, query, { onlyDocuments: [...documents], limit: 8 }),
          namedNotOwn[0],
        );
    if (premium) {
      return phraseOrOffline(deps, input.question, benefits, premium.facts, [], {
        answer: spanish ? `${SPANISH_LEAD} ${premium.answer}` : premium.answer,
        citations: premium.citations,
        facts: premium.facts.map(({ label, value }) => ({ label, value })),
        found: true,
        planType: premium.planType,
        source: "offline",
      });
    }
  }
  if (
    benefits &&
    planType &&
    COVERAGE_TYPES.includes(planType) &&
    named.length === 0 &&
    !kinds.includes("enrollment")
  ) {
    const offered = offeredNotEnrolled(benefits, planType);
    if (offered.length > 0) return notEnrolledAnswer(benefits, planType, offered);
  }
  // A plan type the client offers no plan of (a dental question where there is no dental plan):
  // no document of another type answers it. A client with no plan records at all is left to its
  // documents.
  if (
    benefits &&
    planType &&
    COVERAGE_TYPES.includes(planType) &&
    named.length === 0 &&
    benefits.plans.length > 0 &&
    !benefits.plans.some((p) => p.type === planType)
  ) {
    return notFound(planType, spanish);
  }
  const facts = benefits ? personalFacts(benefits, kinds, planType) : [];
  // "What would the HSA plan cost me?", "its family deductible?": another plan's figures from the
  // plan record (the employer's own list), said to be a plan they are not in, beside their own.
  if (benefits) facts.push(...otherPlanFacts(benefits, namedNotOwn, kinds));
  if (benefits && deps.retriever.coverage && !kinds.includes("premium") && !kinds.includes("enrollment")) {
    const fromCoverage = await answerFromCoverage(
      input,
      deps,
      benefits,
      planType,
      named,
      question,
      asked,
      spanish,
      ownAsked,
    );
    if (fromCoverage) {
      const waiting =
        fromCoverage.planType === "dental" && asksAboutTiming(input.question)
          ? waitingPeriodNote(
              await deps.retriever.search(input.clientId, "waiting period major basic services orthodontia", {
                onlyDocuments: benefits.enrollments
                  .filter((e) => e.plan.type === "dental")
                  .flatMap((e) => e.plan.documents),
                limit: 5,
              }),
              readCoverageQuestion(input.question, "dental").services[0]?.key,
            )
          : null;
      if (waiting) {
        fromCoverage.answer = `${fromCoverage.answer} ${waiting.sentence}`;
        fromCoverage.citations = [...fromCoverage.citations, waiting.citation];
      }
      // What the deductible question asks beyond its amounts leads the answer; the amounts follow.
      const noteAsked = fromCoverage.planType === "medical" ? deductibleNoteAsked(input.question) : null;
      const note = noteAsked
        ? deductibleNote(
            await deps.retriever.search(input.clientId, noteAsked.search, {
              onlyDocuments: benefits.enrollments
                .filter((e) => e.plan.type === "medical")
                .flatMap((e) => e.plan.documents),
              limit: 5,
            }),
            noteAsked,
          )
        : null;
      if (note) {
        fromCoverage.answer = `${note.sentence} ${fromCoverage.answer}`;
        fromCoverage.citations = [note.citation, ...fromCoverage.citations];
      }
      const offline = { ...fromCoverage, facts: facts.map(({ label, value }) => ({ label, value })) };
      const passages = coveragePassages(fromCoverage.answer, fromCoverage.citations);
      return phraseOrOffline(deps, input.question, benefits, facts, passages, offline);
    }
  }
  // "Which plans am I on?", "am I covered?": the enrollment record answers; a passage found by the
  // question's few words ("covered", "plans") would only add a stranger's row to it.
  // "When does my coverage start?" asks a rule the documents state.
  if (
    benefits &&
    kinds.length === 1 &&
    kinds[0] === "enrollment" &&
    facts.length > 0 &&
    !namesService &&
    !/\b(when|how|why|where|until|starts?|begins?|ends?)\b/i.test(question)
  ) {
    return phraseOrOffline(deps, input.question, benefits, facts, [], {
      answer: [spanish ? SPANISH_LEAD : "", ...facts.map((f) => f.sentence)].filter(Boolean).join(" "),
      citations: [],
      facts: facts.map(({ label, value }) => ({ label, value })),
      found: true,
      planType,
      source: "offline",
    });
  }
  // Costs and coverage only from the employee's own plans' documents: those of the client's other
  // medical, dental and vision plans are never searched, even when the question names one.
  const coveragePlans = benefits
    ? { ...benefits, plans: benefits.plans.filter((p) => COVERAGE_TYPES.includes(p.type)) }
    : null;
  const scoped = coveragePlans ? foreignDocuments(coveragePlans) : [];
  // A plan the employee is not in, asked about by name: only a document its own plans share with
  // the employee's (a handbook's plan comparison) may answer, and the employee's own plan's
  // documents must not answer in its place.
  // A comparison of plans is the same: the employee's own plan alone does not answer it.
  const comparing = !ownAsked && comparesPlans(input.question, namedAtAll);
  const others =
    namedNotOwn.length > 0 || !comparing || !benefits
      ? namedNotOwn
      : benefits.plans.filter((p) => p.type === (planType ?? "medical") && !isOwn(p));
  const sharedOfNamed = others.flatMap((p) => p.documents).filter((d) => !scoped.includes(d));
  const onlyShared =
    benefits && others.length > 0
      ? benefits.enrollments.flatMap((e) => e.plan.documents).filter((d) => !sharedOfNamed.includes(d))
      : [];
  const preferred = benefits
    ? others.length > 0
      ? sharedOfNamed
      : preferredDocuments(benefits, planType)
    : [];
  // A cost-per-paycheck question looks for the plan's cost lines and quotes the employee's tier.
  const premiumOf = kinds.includes("premium")
    ? benefits?.enrollments.find((e) => e.plan.type === (planType ?? "medical"))
    : undefined;
  // "The company" in a question is the employer the documents name ("Harborview contributes $500").
  const employerNamed = benefits
    ? question.replace(/\b(the|my|our) (company|employer)\b/gi, `$& ${benefits.clientName}`)
    : question;
  // "What would COBRA cost me?": the COBRA rate the documents print for the employee's own plan and
  // tier, never another plan's line or a worked example's.
  const cobraOf =
    benefits && COBRA_COST.test(question)
      ? benefits.enrollments.find((e) => e.plan.type === (planType ?? "medical"))
      : undefined;
  const cobraLine = (p: Passage) =>
    cobraOf ? premiumQuote(p.section.text, cobraOf.plan, cobraOf.tier, /\bcobra\b/i) : null;
  const searchText = premiumOf
    ? `${employerNamed} per paycheck ${TIER_LABELS[premiumOf.tier]}`
    : employerNamed;
  const searchOptions = {
    preferredDocuments: preferred,
    excludeDocuments: [
      ...(benefits && planType ? otherTypesDocuments(benefits, planType) : []),
      ...scoped,
      ...onlyShared,
    ],
  };
  const found = await deps.retriever.search(input.clientId, retrievalQuery(searchText, planType, preferred), {
    ...searchOptions,
    limit: premiumOf ? 12 : 5,
  });
  // A cost per paycheck is stated from the enrollment. When the best section is a cost table that
  // does not print the employee's own figure (the employer's share, another plan's), or nothing
  // relevant was found, the section that prints it is the one to cite.
  const ownCost = premiumOf ? tierCost(premiumOf.plan, premiumOf.tier)?.employee : undefined;
  const printsOwnCost = (p: Passage) => ownCost !== undefined && printsAmount(p.section.text, ownCost);
  if (premiumOf && ownCost && !found.some(printsOwnCost)) {
    // The question's own words (another language, a nickname for the plan) missed the plan's cost
    // lines: look for them by the plan's name.
    const byName = await deps.retriever.search(
      input.clientId,
      `${premiumOf.plan.name} per paycheck ${TIER_LABELS[premiumOf.tier]}`,
      { ...searchOptions, limit: 12 },
    );
    found.push(...byName.filter(printsOwnCost));
  }
  if (cobraOf && !found.some(cobraLine)) {
    const byName = await deps.retriever.search(
      input.clientId,
      `${cobraOf.plan.name} COBRA rate ${TIER_LABELS[cobraOf.tier]}`,
      { ...searchOptions, limit: 12 },
    );
    found.unshift(...byName.filter(cobraLine));
  }
  // "Is there a discount on the premium for quitting smoking?": a benefit the question names that no
  // passage found mentions is not answered by the employee's own premium or deductible either.
  // A plan type the employee is enrolled in is not such a benefit ("what do I pay for dental each
  // paycheck"): its facts answer.
  const unnamed = missingTopics(
    input.question,
    `${found.map((p) => `${p.section.headingPath.join(" ")} ${p.section.text}`).join("\n")} ${
      planType && benefits?.enrollments.some((e) => e.plan.type === planType)
        ? PLAN_TYPE_TOPIC_WORDS[planType]
        : ""
    }`,
  );
  if (unnamed.length > 0 && facts.length > 0) return notFound(planType, spanish);
  // A shared document's section headed by another plan ("Bluewater EPO 500 — Coverage" in a rate
  // sheet every plan lists) is that plan's, not the employee's: it answers only a question about it.
  const othersPlan = (p: Passage) => {
    if (!coveragePlans) return false;
    const heads = namedPlans(coveragePlans, p.section.section);
    return heads.length > 0 && heads.every((h) => !isOwn(h) && !others.includes(h));
  };
  // A medical service the question names ("an ambulance") that no passage found names: they matched
  // on the question's other words ("on the HSA plan"), so none answers.
  // A document of the employee's own plan of the type asked is about that type, whether or not a
  // section says so ("Who counts as a dependent" in the guide every plan shares answers "can I add
  // my stepson to my dental").
  // (A premium question reads a rate sheet's rows, each headed by its plan: not so.)
  const ownOfType =
    planType && !premiumOf ? benefits?.enrollments.find((e) => e.plan.type === planType) : undefined;
  const ofOwnPlanType = (p: Passage): Passage =>
    ownOfType && planType && ownOfType.plan.documents.includes(p.section.document)
      ? { ...p, section: { ...p.section, text: `${p.section.text}\n${PLAN_TYPE_TOPIC_WORDS[planType]}` } }
      : p;
  const namesAskedService = (p: Passage) =>
    asked.services.some((s) => s.matches.test(normalizeWords(`${p.section.section} ${p.section.text}`)));
  // A kind of benefit that is no health plan ("life insurance", "the 401(k)") is answered only by a
  // passage that names it: a rate sheet found on the question's other words prices something else.
  const typeWords = planType ? BENEFIT_WORDS[planType] : undefined;
  const relevantFound = found
    .filter((p) => !othersPlan(p))
    .filter((p) => !typeWords || typeWords.test(`${p.section.section}\n${p.section.text}`))
    .slice(0, 5)
    // A passage that names the service the question was read as asking about ("a knee doctor": a
    // specialist) needs fewer of a long question's other words.
    .filter((p) => isRelevant(ofOwnPlanType(p), question, namesAskedService(p) ? 0.25 : undefined));
  // Nor is a thing the question asks about ("a routine hearing test") that no passage found names.
  const thing = askedThing(question);
  const ranked =
    (planType === "medical" && asked.services.length > 0 && !relevantFound.some(namesAskedService)) ||
    (thing !== null && !relevantFound.some((p) => namesThing(p, thing)))
      ? []
      : relevantFound;
  const top = ranked[0];
  // "What would family coverage cost me?" asks about another tier: its line is the answer.
  const otherTierAsked = premiumOf !== undefined && namesOtherTier(question, premiumOf.tier);
  // The section that prints the employee's own cost is the one to cite, ahead of a cost table that
  // prints someone else's or a section that only mentions premiums ("premiums are taken pre-tax").
  // A table's heading may be all that says so ("What you pay per paycheck" over rows of figures).
  const aboutCost = (p: Passage) => {
    const text = `${p.section.section}\n${p.section.text}`;
    return (
      /premium|contribution/i.test(text) ||
      (/\$\s?\d/.test(text) && /per (pay ?check|pay period)/i.test(text))
    );
  };
  const ownCostFirst =
    ownCost !== undefined &&
    !otherTierAsked &&
    // A question read as asking the premium wants the cost line, whatever section ranked first.
    (!top || ((aboutCost(top) || premiumAsked !== null) && !printsOwnCost(top)));
  const withOwnCost = ownCostFirst ? found.filter(printsOwnCost) : [];
  // A line that prints the employee's own plan, tier and COBRA rate answers a COBRA cost question.
  const withOwnRate = [...withOwnCost, ...found.filter((p) => cobraLine(p) !== null)];
  const relevant = [...withOwnRate, ...ranked.filter((p) => !withOwnRate.includes(p))].slice(0, 5);
  // A second citation only from the same document or the employee's own plans' documents: the
  // answer never leans on a plan the employee is not in unless that is the best passage there is.
  const cited = relevant
    .filter(
      (p, i) =>
        i === 0 ||
        p.section.document === relevant[0]?.section.document ||
        preferred.includes(p.section.document),
    )
    .slice(0, 2);
  // A comparison's row is quoted for the plans asked about: the employee's own, and any named or compared.
  const asksAbout = benefits ? [...benefits.enrollments.map((e) => e.plan), ...others, ...namedNotOwn] : [];
  const planCells = (quote: string) => (benefits ? keepPlanCells(quote, benefits, asksAbout) : quote);
  // A section several plans share says which plan a sentence is about ("On Plus, a night guard is
  // covered. It is not covered on Core."): where it names the asker's plan too, a sentence about
  // only another plan of the asker's kind is quoted last, so the asker's plan's sentence answers.
  const types = new Set(benefits?.enrollments.map((e) => e.plan.type) ?? []);
  // An SBC's coverage examples (Peg's baby, Joe's diabetes, Mia's fracture) price an illustration,
  // not a service: quoted only when the question asks about one.
  const examplesAsked = /\bexamples?\b|\b(peg|joe|mia)\b|having a baby|simple fracture|type 2 diabetes/i.test(
    question,
  );
  const example = (sentence: string) =>
    !examplesAsked && /this example event includes|total example cost|in this example\b/i.test(sentence)
      ? -3
      : 0;
  const planWeight = (sectionText: string) => {
    if (!benefits || !plansNamedInText(benefits, sectionText, types).some((p) => asksAbout.includes(p)))
      return example;
    return (sentence: string) => {
      const named = plansNamedInText(benefits, sentence, types);
      return (named.length > 0 && !named.some((p) => asksAbout.includes(p)) ? -3 : 0) + example(sentence);
    };
  };

  const citations = cited.map((p) => ({
    document: p.section.document,
    section: p.section.section,
    quote: planCells(
      cobraLine(p) ||
        (premiumOf && premiumQuote(p.section.text, premiumOf.plan, premiumOf.tier)) ||
        (ownCost && !otherTierAsked && lineWithAmount(p.section.text, ownCost)) ||
        withSectionPrice(
          input.question,
          withRuleAsked(
            input.question,
            selectQuote(searchText, p.section, planWeight(p.section.text)),
            p.section.text,
          ),
          p.section.text,
        ),
    ),
  }));

  // A deductible or out-of-pocket figure from the plan records, with no passage to cite: the line of
  // a document found that prints it under its own name backs it ("Deductible (individual / family)
  // | $500 / $1,000 | $1,700 / $3,400").
  if (citations.length === 0) {
    const backing = backingCitation(
      found.filter((p) => !othersPlan(p)),
      facts,
    );
    if (backing) citations.push(backing);
  }
  // "How much is COBRA?": a passage about the thing that prices nothing ("you may continue coverage
  // for 18 months") does not answer what it costs.
  // (A plan's name is no price asked: "keep the Copay 25 plan on COBRA" asks how long.)
  const priceAsked = PRICE_ASKED.test(
    benefits ? withoutPlanNames(benefits, input.question, benefits.plans) : input.question,
  );
  const unpriced = facts.length === 0 && priceAsked && !citations.some((c) => statesPrice(c.quote));
  if ((citations.length === 0 || unpriced) && facts.length === 0) {
    return benefits && others.length > 0
      ? notYourPlanAnswer(benefits, others, planType, spanish)
      : notFound(planType, spanish);
  }
  // "What's the most I can put in my HSA?" asks a legal or plan maximum: a passage about the
  // employer's deposit, which names no maximum, does not answer it.
  if (
    facts.length === 0 &&
    CONTRIBUTION_LIMIT_ASKED.test(input.question) &&
    !citations.some((c) => /\b(limit|maximum|max|most|up to|no more than)\b/i.test(c.quote))
  )
    return notFound(planType, spanish);
  // A passage that only says where the subject is written ("Paid time off, holidays and the 401(k)
  // are covered in Chapter 6", a chapter the client never gave us) answers nothing: say where, and
  // offer a person.
  const pointer = citations[0]?.quote ?? "";
  // ("…is a separate booklet and is not covered here" says where, not that a service is excluded.)
  if (
    facts.length === 0 &&
    ELSEWHERE.test(pointer) &&
    !statesCost(pointer.replace(new RegExp(NOT_COVERED_HERE.source, "gi"), ""))
  ) {
    return {
      answer: spanish
        ? `Tus documentos dicen: «${pointer}» Esa parte no está entre los documentos de tu plan, así que no quiero adivinar. ¿Quieres que se lo pregunte a un especialista de Recursos Humanos?`
        : `Your documents say: “${pointer}” That part isn't among your plan documents, so I don't want to guess. Would you like me to ask an HR specialist?`,
      citations: citations.slice(0, 1),
      facts: [],
      found: false,
      planType,
      source: "offline",
    };
  }
  // The label says whose figures the quote gives: none when the quote is the employee's own cost line.
  const about = premiumOf
    ? undefined
    : namedNotOwn.find((p) => citations[0] && p.documents.includes(citations[0].document));
  const offline = [
    spanish ? SPANISH_LEAD : "",
    ...facts.map((f) => f.sentence),
    about ? `For ${about.name} (a plan you're not enrolled in):` : "",
    // The row as written stays in the citation; the answer reads the readable row.
    withoutSheetRows(citations[0]?.quote ?? ""),
  ]
    .filter(Boolean)
    .join(" ");
  const base = {
    citations,
    facts: facts.map(({ label, value }) => ({ label, value })),
    found: true,
    planType,
  };
  return phraseOrOffline(deps, input.question, benefits, facts, relevant.slice(0, MODEL_PASSAGES), {
    ...base,
    answer: offline,
    source: "offline",
  });
}

/**
 * Whether a provider exists near the asker or takes the plan: "is there a …near me", "does Toothwise
 * have a dentist close to home", "is there an orthodontist in town that takes our plan".
 */
const NEARBY_PROVIDER =
  /\b(can|could|would) you (find|look up|search for|recommend|suggest) (me )?(a|an|some)\b|\b(is there|are there|do (they|you|we) have|does \S+ have|can i find|where (is|are|can i find))\b[^?]{0,60}(\b(near (me|my|here|where)|close to (me|my|home|here|where)|nearby|in my (area|town|city|neighbou?rhood|zip)|cerca de (mi|m[ií] casa|aqu[ií]))|\b(that|who) (takes?|accepts?)\b)/i;

/** A place by its street ("the urgent care on 5th ave"): a provider the directory knows, not the plan. */
const ON_A_STREET =
  /\b(on|at)\s+(\d+(st|nd|rd|th)|[a-z][a-z'-]+)\s+(ave|avenue|st|street|rd|road|blvd|boulevard|pike|highway|hwy)\b/i;

/** A facility by its name: "an MRI at Poudre Valley Hospital", "a colonoscopy at UCHealth", "el hospital St Mary". */
const NAMED_FACILITY =
  /\b(at|from)\s+(?!(a|an|the|my|our|your|any|one|another|night|home|work)\b)([a-z][\w'&-]*\s+){1,4}(hospital|medical center|clinic|imaging|surgery center|health(care)?|memorial|dental|orthodontics|eye care|vision center)\b|\bat\s+[a-z]+health\b|\b(hospital|cl[ií]nica)\s+(st|san|santa|saint|mt|mount|del)\b/i;

/**
 * A provider by kind and place, or by name: "in network chiropractors near Grafton", "an MRI at Altru
 * in Grand Forks", "braces at dr. Lindqvist"; and a price with no plan at all ("a cleaning without
 * insurance").
 */
const PROVIDER_AT_A_PLACE = new RegExp(
  [
    /\bin[- ]?network\s+(?:[a-z]+\s+)?(?:[a-z]+(?:ists?|ians?|ors?)|doctors?|docs?|dentists?)\s+(?:near|around|in|by|close to)\s+(?!(?:the|my|our|your|this|that|network|person)\b)[a-z]/,
    /\b(?:at|from)\s+(?!(?:a|an|the|my|our|your|any|one|another|home|work|night|least|most|all|first|last|urgent|emergency|er|walk|hospital|clinic|pharmacy|doctor)\b)[a-z][\w'&.-]*(?:\s+[a-z][\w'&.-]*)?\s+in\s+(?!(?:network|person|full|total|my|the|our|a|an|advance|case|general|addition|cash|which|what)\b)[a-z]{3,}/,
    /(?<!network\s)\b(?:hospital|clinic|dentist|doctor|orthodontist|pediatrician|optometrist)s?\s+(?:in|near)\s+(?!(?:network|person|the|my|our|your|a|an|this|that|another|other|some|any|all|general|addition|case|order|town|state|advance)\b)[a-z]{3,}/,
    // What care costs with no plan at all is the provider's price list.
    /\bwithout (?:insurance|the plan|coverage)\b|\b(?:cash|self[- ]pay) price\b|\bsin seguro\b/,
    /\b(?:at|with|see|seeing|from)\s+dr\.?\s+(?!(?:visit|visits|appointment|appt|office|bill|who|which)\b)[a-z]{3,}/,
  ]
    .map((r) => r.source)
    .join("|"),
  "i",
);

const OUT_OF_NETWORK_ASKED =
  /\b(?:isn'?t|is not|aren'?t|not|out of|outside(?: of)?) (?:in )?(?:the |our |my )?network\b|\bout[- ]of[- ]network\b|\bnon[- ]network\b/i;

/** Who a provider is: a plan's documents say what care costs, never whether this one takes the plan. */
const PROVIDER_NOUN =
  /\b(doctors?|dr|dentists?|orthodontists?|pediatricians?|hospitals?|clinics?|pharmacy|pharmacies|optometrists?|therapists?|counselors?|surgeons?|medical center|health system)\b/i;

/**
 * A provider nearby, on a street, or by name, and its price or network status ("is Children's
 * Hospital Colorado in network", "is the urgent care by the Westminster yard in network", "what does
 * an MRI cost at UCHealth"): the carrier's directory and the provider know; the plan documents do not.
 */
function asksAboutAProvider(question: string): boolean {
  if (
    NEARBY_PROVIDER.test(question) ||
    ON_A_STREET.test(question) ||
    NAMED_FACILITY.test(question) ||
    // "an eye doctor in Juneau who isn't in the network": the plan's out-of-network terms are asked.
    (PROVIDER_AT_A_PLACE.test(question) && !OUT_OF_NETWORK_ASKED.test(question))
  )
    return true;
  const subject =
    /\b(?:is|are)\s+(.{2,60}?)\s+(?:in[- ]?network|in the network|a network (provider|doctor|dentist))\b/i.exec(
      question,
    )?.[1];
  // "…is it more if the hospital isn't in network" asks what out-of-network care costs.
  if (!subject || /\b(if|when|it|isn'?t|not|aren'?t)\b/i.test(subject)) return false;
  return (
    PROVIDER_NOUN.test(subject) || /\b(by|near|next to|across from|on|at)\s+(the\s+)?[a-z]/i.test(subject)
  );
}

/** The most one may put into an account: "the IRS max for my HSA", "how much can I put in my FSA at most". */
const CONTRIBUTION_LIMIT_ASKED =
  /\b(irs|most|max(imum)?|limit)\b[^?.!]{0,60}\b(hsa|fsa|health savings|flexible spending|401k|401\(k\))\b|\b(hsa|fsa|health savings|flexible spending|401k|401\(k\))\b[^?.!]{0,40}\b(irs )?(max(imum)?|limit|most)\b/i;

/** "…is not covered here": where a topic is written, not that a service is excluded. */
const NOT_COVERED_HERE = /\bnot covered (here|in this (guide|booklet|document|memo))\b/i;

/** A sentence that sends the reader to another part of the handbook: "… are covered in Section 6". */
const ELSEWHERE = new RegExp(
  [
    /\b(are|is) ((covered|described|explained|addressed|found|listed|set out) )?in (section|chapter|article|part) [\dIVX]+\b/,
    /\bsee (section|chapter|article|part) [\dIVX]+\b/,
    /\b(is|are) (in )?a separate (booklet|document|guide|handbook)\b/,
    NOT_COVERED_HERE,
    /\b(is|are) (covered|described|explained) in the [\w' ]{0,60}\b(handbook|booklet|guide|manual)\b/,
  ]
    .map((r) => r.source)
    .join("|"),
  "i",
);

/** The words a passage about a benefit that is no health plan names it by. */
const BENEFIT_WORDS: Partial<Record<PlanType, RegExp>> = {
  life: /\blife\b|\bad&d\b/i,
  "401k": /\b401 ?\(?k\)?|\bretirement\b/i,
  health_fsa: /\bfsa\b|flexible spending/i,
  dependent_care_fsa: /dependent care|day ?care|child ?care|\bdcfsa\b|\bdcap\b/i,
};

/** What COBRA would cost: "what would COBRA cost for the HSA plan", "¿cuánto cuesta el COBRA?". */
const COBRA_COST =
  /\bcobra\b[^?.!]{0,40}\b(cost|costs|price|rate|premium|cu[aá]nto)\b|\b(cost|price|rate|premium|how much|cu[aá]nto)\b[^?.!]{0,40}\bcobra\b/i;

/** A question that asks what something costs. */
const PRICE_ASKED =
  /\b(cost|costs|price|copay|copays|coinsurance)\b|\bwhat\s*(%|percent\w*)|\bhow much (is|are|would|will|do|does)\b(?! (i|we) (get|have))|\bcu[aá]nto (cuesta|cuestan|cobra|pago|pagamos|paga|pagan)\b|\b(costo|copago)\b/i;
/** A quote that states a price: what a cost line states, or the words a sentence says "nothing to pay" with. */
const statesPrice = (quote: string) =>
  statesCost(quote) || /\b(free|waived|in full|no copay|full (cost|price|amount)|at no)\b/i.test(quote);

/** Rules a question may ask about that a price sentence beside them does not answer. */
const RULES_ASKED: readonly RegExp[] = [
  /\breferr?als?\b|\brefer(red)?\b|\breferidos?\b|\bremisi[oó]n\b/i,
  /\b(pre-?auth\w*|prior auth\w*|pre-?approv\w*|autorizaci[oó]n previa|preautorizaci[oó]n)\b/i,
];

/**
 * "Do I need a referral for the dermatologist?": the quote carries the section's sentence that states
 * the rule asked about ("A referral from your PCP is required."), after the one chosen for its words.
 */
function withRuleAsked(question: string, quote: string, text: string): string {
  for (const rule of RULES_ASKED) {
    if (!rule.test(question) || rule.test(quote)) continue;
    const sentence = splitSentences(text).find((s) => rule.test(s));
    if (sentence) return `${quote} ${sentence.replace(/^•\s*/, "")}`;
  }
  return quote;
}

/**
 * "How much does dental cover for a root canal?" answered by an item of a class ("Root canals
 * (endodontics): Including root canals on molars."): the price is the class's, in the line that opens
 * its section ("Plan pays 80% in-network and 70% out-of-network, after the deductible.").
 */
function withSectionPrice(question: string, quote: string, text: string): string {
  if (!(PRICE_ASKED.test(question) || /\bhow much\b/i.test(question)) || statesPrice(quote)) return quote;
  const lead = withoutSheetRows(text.split(/\n\s*\n/)[0] ?? "").trim();
  if (lead === "" || lead.length > 200 || quote.includes(lead) || !statesPrice(lead)) return quote;
  return `${lead} ${quote}`;
}

function notFound(planType: PlanType | null, spanish: boolean, unknown?: string): BenefitsAnswer {
  const named = unknown
    ? spanish
      ? `No encuentro «${unknown}» en los documentos de tu plan y no quiero adivinar. ¿Quieres que se lo pregunte a un especialista de Recursos Humanos?`
      : `I don't find “${unknown}” in your plan documents, so I don't want to guess. Would you like me to ask an HR specialist?`
    : undefined;
  return {
    answer: named ?? (spanish ? NOT_FOUND_ANSWER_ES : NOT_FOUND_ANSWER),
    citations: [],
    facts: [],
    found: false,
    planType,
    source: "offline",
  };
}

/**
 * With a chat model configured, the model phrases the answer from the same facts and passages
 * only; an empty answer, a model error or any figure absent from those sources keeps the offline
 * answer (and says why). Without a model the offline answer stands.
 */
async function phraseOrOffline(
  deps: AnswerBenefitsQuestionDeps,
  question: string,
  benefits: EmployeeBenefits | null,
  facts: PersonalFact[],
  passages: Passage[],
  offline: BenefitsAnswer,
): Promise<BenefitsAnswer> {
  if (!deps.chatModel) return offline;
  const sources = [...facts.map((f) => f.sentence), ...passages.map((p) => p.section.text)];
  try {
    const phrased = await phraseWithModel(
      deps.chatModel,
      question,
      benefits?.clientName ?? "your employer",
      facts,
      passages,
    );
    if (phrased.trim() === "") return { ...offline, modelRejected: "empty answer" };
    const unsupported = unsupportedFigures(phrased, [...sources, question]);
    if (unsupported.length > 0) {
      return { ...offline, modelRejected: `figures not in the sources: ${unsupported.join(", ")}` };
    }
    // No link, contact or account instruction the sources do not give (a phishing answer).
    const added = checkModelText(phrased, [...sources, offline.answer]);
    if (!added.ok) return { ...offline, modelRejected: added.reason };
    return { ...offline, answer: phrased.trim(), source: "model" };
  } catch (error) {
    return { ...offline, modelRejected: `model error: ${(error as Error).message}` };
  }
}

/** The coverage answer and its cited rows as passages: what the model may phrase from. */
function coveragePassages(answer: string, citations: readonly Citation[]): Passage[] {
  return citations.map((c, i) => ({
    section: {
      id: `coverage#${i}`,
      document: c.document,
      section: c.section,
      headingPath: c.section.split(" > "),
      text: i === 0 ? `${answer}\n${c.quote}` : c.quote,
    },
    score: 1,
    matchedTerms: [],
    specificCoverage: 1,
  }));
}

/**
 * The answer from the extracted coverage tables of one plan: the plan the question names, else the
 * employee's own plan of the type asked about (or of the service's type: "a cleaning" is dental).
 * Only that plan's own documents are read (a handbook other plans list too is not a plan's price
 * list). Null when the tables don't say, and the passages are searched instead.
 */
async function answerFromCoverage(
  input: AnswerBenefitsQuestionInput,
  deps: AnswerBenefitsQuestionDeps,
  benefits: EmployeeBenefits,
  planType: PlanType | null,
  named: readonly BenefitPlan[],
  question: string,
  medical: CoverageQuestion,
  spanish: boolean,
  ownAsked: boolean,
): Promise<Omit<BenefitsAnswer, "facts"> | null> {
  // `medical` is the question as asked, read as about a medical plan (the reader knows Spanish words
  // for facets and networks).
  const type: PlanType | null =
    planType && COVERAGE_TYPES.includes(planType)
      ? planType
      : planType === null && (medical.services.length > 0 || medical.facet !== "cost")
        ? "medical"
        : null;
  if (!type) return null;
  // Whether a referral is needed is the plan's rule, which a cost row does not state (a question
  // that also asks the price is still the row's).
  if (
    /\breferr?als?\b|\brefer(red)?\b|\bremisi[oó]n\b|\breferido\b/i.test(input.question) &&
    !/\bhow much\b|\bcosts?\b|\bcopay|\bprice\b|\bcuanto\b|\bcuesta\b/i.test(input.question)
  )
    return null;
  const offline = type === "medical" ? medical : readCoverageQuestion(input.question, type as PlanKind);
  const asked =
    type !== "medical" && offline.services.length === 0 && deps.chatModel
      ? await readQuestionWithModel(deps.chatModel, input.question, type as PlanKind, offline)
      : offline;
  const own = benefits.enrollments.find((e) => e.plan.type === type);
  const coverage = await deps.retriever.coverage!(input.clientId);
  const documentsOf = (plan: BenefitPlan) => coverageOfPlan(plan, benefits.plans, coverage);
  // A comparison, or a question about another plan by name: another plan's own tables are never
  // quoted. A document the employee's own plans share with it may answer through that plan's own
  // column (a side-by-side comparison), said to be a plan they are not in; else the shared
  // documents' passages answer (or nothing does).
  const others = named.filter((p) => p.type === type && p.code !== own?.plan.code);
  if (!ownAsked && comparesPlans(input.question, named)) return null;
  if (others.length > 1) return null;
  const other = others[0];
  const plan = other ?? own?.plan;
  if (!plan) return null;
  const documents = other
    ? sharedColumns(
        other,
        benefits.enrollments.flatMap((e) => e.plan.documents),
        coverage,
      )
    : documentsOf(plan);
  if (documents.length === 0) return null;
  const tier = own?.tier ?? "employee";
  const found = coverageAnswer({ question: asked, plan, tier, documents, spanish });
  if (!found) return null;
  const answer = other
    ? {
        ...found,
        answer: `${spanish ? "Para" : "For"} ${other.name} (${spanish ? "un plan en el que no estás inscrito" : "a plan you're not enrolled in"}): ${found.answer}`,
      }
    : found;
  // A benefit the question names ("pet insurance") that neither the plan nor the cited row names:
  // the row matched on another word ("allergies"), so it does not answer.
  const cited = `${plan.name} ${answer.citations.map((c) => `${c.document} ${c.section} ${c.quote}`).join(" ")}`;
  if (missingTopics(question, cited).length > 0) return null;
  return {
    answer: answer.answer,
    citations: answer.citations,
    found: true,
    planType: type,
    source: "offline",
    ...(answer.mismatch ? { recordMismatch: answer.mismatch } : {}),
  };
}

/**
 * The employee has no plan of the type asked about and named none: say so rather than quote the
 * costs of a plan they are not in; name what the client offers so they can ask about one by name.
 */
function notEnrolledAnswer(
  benefits: EmployeeBenefits,
  planType: PlanType,
  offered: BenefitPlan[],
): BenefitsAnswer {
  const names = offered.map((p) => p.name).join(" and ");
  return {
    answer: `You're not enrolled in a ${planTypeLabel(planType)} plan, so I won't quote costs for a plan you're not in. ${benefits.clientName} offers ${names}: ask about one by name to see what it covers, or talk to a person about enrolling.`,
    citations: [],
    facts: [{ label: "Your coverage", value: `No ${planTypeLabel(planType)} plan` }],
    found: true,
    planType,
    source: "offline",
  };
}

/**
 * A question about a plan the employee is not in that no shared document answers: say whose
 * documents the assistant quotes and offer a person, rather than quote the other plan's own
 * documents or the employee's plan in its place.
 */
function notYourPlanAnswer(
  benefits: EmployeeBenefits,
  plans: readonly BenefitPlan[],
  planType: PlanType | null,
  spanish: boolean,
): BenefitsAnswer {
  const names = plans.map((p) => p.name).join(" and ");
  const own = benefits.enrollments
    .filter((e) => COVERAGE_TYPES.includes(e.plan.type))
    .map((e) => e.plan.name);
  const yours = own.length > 0 ? own.join(", ") : "no medical, dental or vision plan";
  return {
    answer: spanish
      ? `Solo cito los documentos de los planes en los que estás inscrito (${yours}), y los documentos compartidos no dicen eso de ${names}. ¿Quieres que se lo pregunte a un especialista de Recursos Humanos?`
      : `I only quote the documents of the plans you're enrolled in (${yours}), and the shared documents don't say that about ${names}. Would you like me to ask an HR specialist?`,
    citations: [],
    facts: [],
    found: false,
    planType,
    source: "offline",
  };
}

type RuleAnswer = ReturnType<typeof childAgeAnswer>;

/** A question about a plan rule the product applies itself, and how to answer it. */
function planRuleAsked(question: string): {
  searchWords: string;
  field: RecordMismatch["field"];
  answer: (benefits: EmployeeBenefits, passages: Passage[], spanish: boolean) => RuleAnswer;
} | null {
  const event = lifeEventWindowAsked(question);
  if (event) {
    return {
      searchWords: "qualifying life event change within days",
      field: "life-event window",
      answer: (benefits, passages, spanish) => lifeEventWindowAnswer(benefits, event, passages, spanish),
    };
  }
  if (childAgeAsked(question)) {
    return {
      searchWords: "dependent children eligible until age",
      field: "child age limit",
      answer: (benefits, passages, spanish) => childAgeAnswer(benefits, passages, spanish, question),
    };
  }
  return null;
}

/** Figures in `answer` that none of `sources` contains (normalised: "$1,500.00" = "1500"). */
export function unsupportedFigures(answer: string, sources: readonly string[]): string[] {
  const known = new Set(sources.flatMap(extractFigures));
  return [...new Set(extractFigures(answer))].filter((f) => !known.has(f));
}

type PersonalFact = { label: string; value: string; sentence: string };

/** The words that name each plan type as a benefit topic does. */
const PLAN_TYPE_TOPIC_WORDS: Record<PlanType, string> = {
  medical: "",
  dental: "dental",
  vision: "vision",
  hsa: "",
  health_fsa: "flexible spending fsa",
  dependent_care_fsa: "dependent care fsa",
  "401k": "401(k) retirement",
  life: "life insurance",
};

const FACT_WORDS: readonly [RegExp, RegExp][] = [
  [/deductible/i, /deductible/i],
  [/out-of-pocket/i, /out[- ]of[- ]pocket/i],
];

function backingCitation(passages: readonly Passage[], facts: readonly PersonalFact[]): Citation | null {
  for (const fact of facts) {
    const says = FACT_WORDS.find(([label]) => label.test(fact.label))?.[1];
    const amounts = fact.value.match(/\$[\d,]+(?:\.\d{2})?/g) ?? [];
    if (!says || amounts.length === 0) continue;
    for (const passage of passages) {
      const line = passage.section.text
        .split("\n")
        .find((l) => says.test(l) && amounts.every((a) => printsAmount(l, Money.of(a.replace(/[$,]/g, "")))));
      if (line) {
        return {
          document: passage.section.document,
          section: passage.section.section,
          quote: line.trim().replace(/\s{2,}/g, " "),
        };
      }
    }
  }
  return null;
}

function personalFacts(
  benefits: EmployeeBenefits,
  kinds: PersonalFactKind[],
  planType: PlanType | null,
): PersonalFact[] {
  const facts: PersonalFact[] = [];
  const healthType = planType ?? "medical";
  // A health savings account comes with a high-deductible medical plan: its enrollee has the HSA
  // even when no separate HSA plan is on record.
  const ofType = (e: EnrollmentFact) =>
    e.plan.type === healthType || (healthType === "hsa" && comesWithHsa(e.plan));
  const enrollment = benefits.enrollments.find(ofType);
  for (const kind of kinds) {
    if (kind === "enrollment") {
      const list = planType ? benefits.enrollments.filter(ofType) : benefits.enrollments;
      const value = list.map((e) => `${e.plan.name} (${TIER_LABELS[e.tier]})`).join(", ");
      facts.push(
        list.length > 0
          ? { label: "Your coverage", value, sentence: `You're enrolled in ${value}.` }
          : {
              label: "Your coverage",
              value: "None",
              sentence: planType
                ? `You're not enrolled in a ${planTypeLabel(planType)} plan.`
                : "You're not enrolled in any plan.",
            },
      );
      continue;
    }
    if (!enrollment) {
      if (!facts.some((f) => f.label === "Your coverage")) {
        facts.push({
          label: "Your coverage",
          value: "None",
          sentence: `You're not enrolled in a ${planTypeLabel(healthType)} plan.`,
        });
      }
      continue;
    }
    const plan = enrollment.plan;
    // The medical plan standing in for its HSA says it has one; its own costs are not the HSA's.
    if (plan.type !== healthType) continue;
    if (kind === "deductible" && plan.deductible) {
      const value = `${whole(plan.deductible.individual)} individual, ${whole(plan.deductible.family)} family`;
      facts.push({
        label: `${plan.name} deductible`,
        value,
        sentence: `Your ${plan.name} deductible is ${value}.`,
      });
    }
    if (kind === "out_of_pocket" && plan.outOfPocketMax) {
      const value = `${whole(plan.outOfPocketMax.individual)} individual, ${whole(plan.outOfPocketMax.family)} family`;
      facts.push({
        label: `${plan.name} out-of-pocket maximum`,
        value,
        sentence: `Your ${plan.name} out-of-pocket maximum is ${value}.`,
      });
    }
    if (kind === "premium") facts.push(premiumFact(benefits, enrollment));
  }
  return facts;
}

function otherPlanFacts(
  benefits: EmployeeBenefits,
  plans: readonly BenefitPlan[],
  kinds: readonly PersonalFactKind[],
): PersonalFact[] {
  return plans.flatMap((plan): PersonalFact[] => {
    const facts: PersonalFact[] = [];
    const notYours = `${plan.name} (a plan you're not enrolled in)`;
    const tier = benefits.enrollments.find((e) => e.plan.type === plan.type)?.tier ?? "employee";
    const cost = kinds.includes("premium") ? tierCost(plan, tier) : undefined;
    if (cost) {
      facts.push({
        label: `${plan.name} (${TIER_LABELS[tier]}), not your plan`,
        value: `${cost.employee.format()} per paycheck`,
        sentence: `${notYours} would cost you ${cost.employee.format()} per paycheck for ${TIER_LABELS[tier]} coverage.`,
      });
    }
    for (const [kind, amounts, what] of [
      ["deductible", plan.deductible, "deductible"],
      ["out_of_pocket", plan.outOfPocketMax, "out-of-pocket maximum"],
    ] as const) {
      if (!kinds.includes(kind) || !amounts) continue;
      const value = `${whole(amounts.individual)} individual, ${whole(amounts.family)} family`;
      facts.push({
        label: `${plan.name} ${what}, not your plan`,
        value,
        sentence: `The ${what} of ${notYours} is ${value}.`,
      });
    }
    return facts;
  });
}

function premiumFact(benefits: EmployeeBenefits, enrollment: EnrollmentFact): PersonalFact {
  const cost = tierCost(enrollment.plan, enrollment.tier);
  const tier = TIER_LABELS[enrollment.tier];
  if (!cost) {
    return {
      label: enrollment.plan.name,
      value: tier,
      sentence: `You're enrolled in ${enrollment.plan.name} (${tier}).`,
    };
  }
  const value = `${cost.employee.format()} per paycheck`;
  return {
    label: `${enrollment.plan.name} (${tier})`,
    value,
    sentence: `You're enrolled in ${enrollment.plan.name} (${tier}): you pay ${cost.employee.format()} per paycheck and ${benefits.clientName} pays ${cost.employer.format()}.`,
  };
}

/** "$1,500" for whole dollars, "$12.50" otherwise. */
function whole(amount: string): string {
  const formatted = Money.of(amount).format();
  return formatted.endsWith(".00") ? formatted.slice(0, -3) : formatted;
}

function planTypeLabel(type: PlanType): string {
  const labels: Record<PlanType, string> = {
    medical: "medical",
    dental: "dental",
    vision: "vision",
    hsa: "health savings account",
    health_fsa: "health care FSA",
    dependent_care_fsa: "dependent care FSA",
    "401k": "401(k)",
    life: "life insurance",
  };
  return labels[type];
}

/**
 * Documents to prefer: the employee's own plans of the type asked about; when not enrolled in that
 * type, the client's plans of that type; with no type, the employee's plans and the general
 * documents (those no plan lists, e.g. the benefits handbook).
 */
function preferredDocuments(benefits: EmployeeBenefits, planType: PlanType | null): string[] {
  const own = benefits.enrollments.map((e) => e.plan);
  const ofType = (plans: BenefitPlan[]) => plans.filter((p) => planType === null || p.type === planType);
  const chosen = ofType(own).length > 0 ? ofType(own) : ofType(benefits.plans);
  const docs = new Set(chosen.flatMap((p) => p.documents));
  if (planType === null) {
    for (const p of own) for (const d of p.documents) docs.add(d);
  }
  return [...docs];
}

/**
 * With a plan type known, leave out the primary documents (the first listed) of the client's plans
 * of other types: a dental question is never answered from the vision summary. Documents a plan
 * lists after its primary one (a shared benefits handbook) stay searchable.
 */
function otherTypesDocuments(benefits: EmployeeBenefits, planType: PlanType): string[] {
  const ofType = new Set(benefits.plans.filter((p) => p.type === planType).flatMap((p) => p.documents));
  if (ofType.size === 0) return [];
  return benefits.plans
    .filter((p) => p.type !== planType)
    .map((p) => p.documents[0])
    .filter((d): d is string => d !== undefined && !ofType.has(d));
}

let promptTemplate: string | undefined;

function loadPrompt(): string {
  promptTemplate ??= readFileSync(new URL("../../../prompts/benefits/answer.v1.md", import.meta.url), "utf8");
  return promptTemplate;
}

async function phraseWithModel(
  model: ModelLike,
  question: string,
  clientName: string,
  facts: PersonalFact[],
  passages: Passage[],
): Promise<string> {
  const system = loadPrompt()
    .replace("{clientName}", clientName)
    .replace("{facts}", facts.length > 0 ? facts.map((f) => `- ${f.sentence}`).join("\n") : "(none)")
    .replace(
      "{passages}",
      passages
        .slice(0, MODEL_PASSAGES)
        .map((p, i) => `[${i + 1}] ${p.section.document} — ${p.section.section}\n${p.section.text}`)
        .join("\n\n") || "(none)",
    );
  return toModelGate(model).complete([
    { from: "sources", text: system },
    { from: "person", text: question },
  ]);
}

/** The ISO calendar date of `now` in `timezone`. */
function localDate(now: Date, timezone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The channel-neutral reply for an answer: text, personal facts, citations, and a human when not found. */
export function benefitsAnswerReply(answer: BenefitsAnswer): Reply {
  const blocks: ReplyBlock[] = [{ kind: "text", text: answer.answer }];
  if (answer.facts.length > 0) blocks.push({ kind: "facts", title: "Your benefits", facts: answer.facts });
  if (answer.citations.length > 0) blocks.push({ kind: "citations", citations: answer.citations });
  if (!answer.found) {
    blocks.push({
      kind: "actions",
      buttons: [
        {
          label: "Talk to a person",
          style: "primary",
          command: { name: "conversation.talk_to_human", args: {} },
        },
      ],
    });
  }
  return { blocks, personal: answer.facts.length > 0 };
}
