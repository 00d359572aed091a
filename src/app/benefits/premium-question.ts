import type { Citation } from "../../conversation/reply";
import {
  type BenefitPlan,
  type CoverageTier,
  type PlanType,
  TIER_LABELS,
  tierCost,
} from "../../core/benefits/plan";
import { type PremiumPeriod, premiumOver } from "../../core/benefits/premium-cost";
import type { Money } from "../../core/money/money";
import { PAY_PERIODS_PER_YEAR } from "../../core/tables/us/pay-periods";
import type { Passage } from "../../knowledge/knowledge-index";
import type { EmployeeBenefits, EnrollmentFact } from "./benefits-facts";
import { lineWithAmount, premiumQuote, printsAmount } from "./premium-quote";
import { detectPlanType } from "./question-topic";

/**
 * Plan types whose documents state costs and coverage, each with a premium per tier: answered only
 * from the employee's own plan.
 */
export const COVERAGE_TYPES: readonly PlanType[] = ["medical", "dental", "vision"];

/**
 * What a question about the cost of coverage asks, read from its words: whose plan (a plan type, or
 * all of them), over which period, whose share and at which tier. "How much do we pay a year for
 * medical", "what does the company pay toward my dental", "how much would it be for just me",
 * "total I pay for all my benefits each check". The figures come from the plan record; a month or a
 * year is computed from the paychecks (`premiumOver`) and shown as arithmetic.
 */
export type PremiumQuestion = {
  planType: PlanType | "all";
  period: PremiumPeriod;
  /** Whose share: the employee's, the employer's, or both together ("the total cost of our PPO"). */
  share: "employee" | "employer" | "total";
  /** The tiers the question names ("just me instead of the whole family"); none is the employee's own. */
  tiers: CoverageTier[];
  /** Next year's rates, a change to come: no record or document gives them. */
  future: boolean;
};

/** Words that ask what coverage costs. */
const COST =
  /\b(premiums?|rates?|costs?|costing|price|charged?|deductions?|deducted|withheld|taken out|comes? out|coming out|how much (is|are|would|will|does|do|'?s))\b|\b(i|we|me|us)\b[^?.!]{0,24}\bpay(ing)? ((in |per |each |every )?(a )?(year|month|paycheck|check) )?(for|toward|towards)\b/i;

/** What a cost question is about when it names no service: a plan, a plan type, coverage or benefits. */
const PLAN_SUBJECT =
  /\b(premiums?|medical|health (insurance|plan|coverage)|insurance|coverage|dental|vision|ppo|hmo|epo|hdhp|pos|plan|benefits?)\b/i;

/** Costs that are not the premium, and questions that ask when or why rather than how much. */
const NOT_PREMIUM =
  /\b(cobra|deductibles?|out[- ]of[- ]pocket|oop|co-?pays?|co-?insurance|visits?|prescriptions?|drugs?|rx|covers?|covered|max(imum)?|most|worst case|cap|before|until|kicks? in|limits?|allowance|reimburs\w*|tax(es)?|pre-?tax|after-?tax|when|why|how long|which|should)\b|\b(does|do|will|would) (the |my |our )?(plan|insurance|it|they|medical|dental|vision)\b[^?.!]{0,12}\bpay\b/i;

/**
 * The thing whose cost is asked ("what does an epipen cost", "how much is the PPO", "how much is
 * insulin on the HSA plan"), when named.
 */
const COST_OF =
  /\b(?:what (?:does|do|would|will|did)|how much (?:is|are|does|do|would|will))\s+(?:a|an|the|my|our)?\s*([^?.!]{1,40}?)\s+(?:cost|costs|be|run)\b|\bhow much (?:is|are)\s+(?:a|an|the|my|our)?\s*([^?.!]{1,40}?)\s+(?:on|with|under|through)\s+(?:the|my|our)\b/i;

const FUTURE =
  /\b(next year|going up|go up|goes up|increas\w*|raise[sd]?|rising|new rates|next plan year)\b/i;

/** A year after the plan's own ("what will it cost in 2028" when the plan year is 2027): next year's rates. */
function namesLaterYear(question: string, planYear: number): boolean {
  return [...question.matchAll(/\b(20[2-4]\d)\b/g)].some((m) => Number(m[1]) > planYear);
}

const YEAR =
  /\b((a|per|each|every|for the|in a) year|(the )?(whole|entire|full) year|yearly|annual(ly)?|all year|(all of|for all of|total for|over) 20\d\d)\b/i;
const MONTH = /\b((a|per|each|every) month|monthly)\b/i;

/**
 * The employer's share: "what does the company pay toward my medical", "the employer's portion"; the
 * employer named by what it is ("does the co-op pay anything toward vision").
 */
const EMPLOYER = "(employer|company|co-?op|co op|cooperative|credit union|firm|organi[sz]ation|they)";
const EMPLOYER_SHARE = new RegExp(
  String.raw`\b${EMPLOYER}('s)? (share|portion|contribution|part)\b|\b${EMPLOYER}\b[^?.!]{0,20}\b(pays?|paying|contribut\w*|chips? in|puts? in|covers?)\b`,
  "i",
);

/** Both shares together: "the total cost of our coverage including what the company pays". */
const TOTAL_SHARE =
  /\b(total|full|whole|entire) (cost|premium|price|amount)\b|\bincluding (what|the part|the share) (the )?(company|employer)\b|\bboth (shares|parts|sides)\b/i;

/** All of the employee's plans: "all my benefits", "my benefit deductions", "total I pay". */
const ALL_PLANS =
  /\b(all|every one) (of )?my (benefits|deductions|plans|coverages?|insurances?)\b|\bbenefits? deductions\b|\btotal\b[^?.!]{0,30}\b(benefits|deductions)\b/i;

const TIER_ASKED: [CoverageTier, RegExp][] = [
  [
    "employee",
    /\b(just|only) (for )?(me|myself)\b|\bme (alone|only)\b|\bemployee[- ]only\b|\bsingle\b|\bself[- ]only\b/i,
  ],
  [
    "employee_spouse",
    /\b(me|myself) (and|\+|&) (my |the )?(wife|husband|spouse|partner)\b|\bemployee \+ spouse\b/i,
  ],
  [
    "employee_children",
    /\b(me|myself) (and|\+|&) (my |the )?(kids?|children|child|son|daughter)\b|\bemployee \+ child/i,
  ],
  ["employee_plus_one", /\bemployee (\+|plus) (one|1)\b|\bplus one\b/i],
  [
    "family",
    /\b(whole|entire) family\b|\bfamily (coverage|plan|rate|tier)\b|\bthe \d+ of us\b|\ball of us\b/i,
  ],
];

/**
 * The premium question a question is, or null. `planType` is the type the question was read as
 * (null when none); a question naming a service asks that service's price, not the premium.
 */
export function readPremiumQuestion(
  question: string,
  planType: PlanType | null,
  namesService: boolean,
  /** The plan year the employee's rates are for: a later year named asks next year's rates. */
  planYear = 2026,
): PremiumQuestion | null {
  if (namesService || NOT_PREMIUM.test(question)) return null;
  // "What does an EpiPen 2-pack cost us?": the price of a thing, not of coverage.
  const costOf = COST_OF.exec(question);
  const thing = costOf?.[1] ?? costOf?.[2];
  if (thing && !PLAN_SUBJECT.test(thing) && !/^(it|that|this|coverage)\b/i.test(thing)) return null;
  // The question's own words name another kind of benefit than the plan it was read as ("extra life
  // insurance" beside a dental plan called "Buy-up"): not this reader's to answer.
  const named = detectPlanType(question);
  if (named !== null && planType !== null && named !== planType) return null;
  // "¿Cuánto cuesta el seguro de vida?" with no plan read from it: a kind of benefit that is no
  // medical, dental or vision coverage is not priced by the employee's enrollments.
  if (named !== null && planType === null && !COVERAGE_TYPES.includes(named)) return null;
  const all = ALL_PLANS.test(question);
  const type: PlanType | "all" | null = all ? "all" : (planType ?? "medical");
  if (type !== "all" && !COVERAGE_TYPES.includes(type)) return null;
  const tiers = TIER_ASKED.filter(([, pattern]) => pattern.test(question)).map(([tier]) => tier);
  // "How much would it be for just me?" names a tier instead of a plan.
  const employer = EMPLOYER_SHARE.test(question);
  if (!(COST.test(question) || employer) || !(PLAN_SUBJECT.test(question) || tiers.length > 0)) return null;
  return {
    planType: type,
    period: YEAR.test(question) ? "year" : MONTH.test(question) ? "month" : "paycheck",
    share: TOTAL_SHARE.test(question) ? "total" : employer ? "employer" : "employee",
    tiers,
    future: FUTURE.test(question) || namesLaterYear(question, planYear),
  };
}

/**
 * A Spanish question's words for what coverage costs, in the English the reader above knows ("¿cuánto
 * pago al año por el seguro médico?" → "how much is a year for medical insurance"). Only these words:
 * the rest of the question passes as written.
 */
const SPANISH_COST_WORDS: readonly [RegExp, string][] = [
  [
    /\bcu[aá]nto (paga|pone|aporta|cubre) (la empresa|la compa[ñn][ií]a|el empleador)\b/gi,
    "how much does the company pay",
  ],
  [/\bcu[aá]nto (ser[ií]a|costar[ií]a)\b/gi, "how much would it be"],
  [
    /\bcu[aá]nto (pago|pagamos|me cuesta|nos cuesta|cuesta|me descuentan|me quitan|sale|pagar[ií]a)\b/gi,
    "how much is",
  ],
  [/\bprimas?\b/gi, "premium"],
  [/\b(cada|por) cheque\b|\bpor quincena\b/gi, "per paycheck"],
  [/\b(al|por) a[ñn]o\b|\banual(es|mente)?\b/gi, "a year"],
  [/\b(al|por) mes\b|\bmensual(es|mente)?\b/gi, "a month"],
  [/\b(la (empresa|compa[ñn][ií]a)|el empleador) (paga|pone|aporta|cubre)\b/gi, "the company pays"],
  [/\bsolo (yo|para m[ií])\b/gi, "just me"],
  [/\b(yo|m[ií]) y mi (esposa|esposo|pareja)\b/gi, "me and my spouse"],
  [/\b(yo|m[ií]) y mis (hijos|hijas|ni[ñn]os)\b/gi, "me and my kids"],
  [/\btoda la familia\b/gi, "whole family"],
  [/\btodos mis beneficios\b/gi, "all my benefits"],
  [/\bseguro m[eé]dico\b/gi, "medical insurance"],
  [/\bseguro de vida\b/gi, "life insurance"],
  [/\b(seguro de )?incapacidad\b/gi, "disability insurance"],
  [/\bseguro\b/gi, "insurance"],
  [/\b(visi[oó]n|vista)\b/gi, "vision"],
  [/\bdeducible\b/gi, "deductible"],
  [/\bcopagos?\b/gi, "copay"],
  [/\bm[aá]ximo\b/gi, "maximum"],
  [/\bcubren?\b/gi, "covers"],
  [/\bcu[aá]ndo\b/gi, "when"],
  [/\bpr[oó]ximo a[ñn]o\b|\bsubir[aá]n?\b|\baumento\b/gi, "next year"],
];

export function spanishCostWords(question: string): string {
  return SPANISH_COST_WORDS.reduce(
    (text, [pattern, english]) => text.replace(letterBounded(pattern), english),
    question,
  );
}

/** `\b` in JavaScript knows only ASCII letters ("para mí" ends in none): bound by any letter instead. */
function letterBounded(pattern: RegExp): RegExp {
  return new RegExp(
    pattern.source
      .replace(/^\\b/, "(?<![\\p{L}])")
      .replace(/\\b$/, "(?![\\p{L}])")
      .replace(/\|\\b/g, "|(?<![\\p{L}])")
      .replace(/\\b\|/g, "(?![\\p{L}])|"),
    "giu",
  );
}

/** What `premiumAnswer` needs to cite: passages of the client's documents for a search. */
export type PremiumSearch = (query: string, documents: readonly string[]) => Promise<Passage[]>;

export type PremiumAnswer = {
  answer: string;
  citations: Citation[];
  facts: { label: string; value: string; sentence: string }[];
  planType: PlanType | null;
};

/**
 * The answer to a premium question from the employee's enrollments, each figure cited from the
 * document line that prints it. Null when the employee has no enrollment (or no cost) to answer
 * from, so the caller answers as for any question.
 */
export async function premiumAnswer(
  benefits: EmployeeBenefits,
  asked: PremiumQuestion,
  search: PremiumSearch,
  /** A plan the employee is not in that the question names ("what would the HSA plan be for my family"). */
  other?: BenefitPlan,
): Promise<PremiumAnswer | null> {
  if (other) return otherPlanPremium(benefits, asked, search, other);
  const enrollments = benefits.enrollments.filter(
    (e) =>
      (asked.planType === "all" ? COVERAGE_TYPES.includes(e.plan.type) : e.plan.type === asked.planType) &&
      tierCost(e.plan, e.tier) !== undefined,
  );
  if (enrollments.length === 0) return null;
  const over = (amount: Money) => premiumOver(amount, benefits.payFrequency, asked.period);
  const arithmetic = (amount: Money) => overPeriod(amount, benefits, asked.period);
  const citations: Citation[] = [];
  const cite = async (plan: BenefitPlan, tier: CoverageTier, amount: Money) => {
    const citation = await costCitation(search, plan, tier, [over(amount), amount]);
    if (citation && !citations.some((c) => c.quote === citation.quote)) citations.push(citation);
  };

  if (asked.planType === "all") {
    const costs = enrollments.map((e) => ({ e, cost: tierCost(e.plan, e.tier)! }));
    for (const { e, cost } of costs) await cite(e.plan, e.tier, cost.employee);
    const parts = costs.map(
      ({ e, cost }) => `${e.plan.name} (${TIER_LABELS[e.tier]}) ${cost.employee.format()}`,
    );
    const total = costs.map((c) => c.cost.employee).reduce((a, b) => a.plus(b));
    const sum =
      costs.length > 1
        ? `${costs.map((c) => c.cost.employee.format()).join(" + ")} = ${total.format()}`
        : total.format();
    const answer = `What you pay per paycheck: ${parts.join("; ")}. In all: ${sum} per paycheck${
      asked.period === "paycheck" ? "" : `; ${total.format()}${arithmetic(total)}`
    }.`;
    return {
      answer,
      citations,
      facts: [{ label: "Your benefits per paycheck", value: total.format(), sentence: answer }],
      planType: null,
    };
  }

  const enrollment: EnrollmentFact = enrollments[0]!;
  const plan = enrollment.plan;
  // A tier named other than the employee's own is the one asked about ("for just me instead of the
  // whole family"); naming one's own tier ("for the 4 of us") asks one's own cost.
  const tier = asked.tiers.find((t) => t !== enrollment.tier && plan.tiers[t]) ?? enrollment.tier;
  const cost = tierCost(plan, tier)!;
  const own = tierCost(plan, enrollment.tier)!;
  const total = shareOf(cost, "total");
  const amount = shareOf(cost, asked.share);
  await cite(plan, tier, amount);
  let answer: string;
  if (tier !== enrollment.tier) {
    answer = `${plan.name} at ${TIER_LABELS[tier]} would cost you ${cost.employee.format()} per paycheck (${benefits.clientName} pays ${cost.employer.format()})${
      asked.period === "paycheck" ? "" : `: ${amount.format()}${arithmetic(amount)}`
    }. You're enrolled at ${TIER_LABELS[enrollment.tier]}: ${own.employee.format()} per paycheck.`;
  } else if (asked.share === "total") {
    answer = `The total cost of your ${plan.name} (${TIER_LABELS[tier]}) coverage is ${cost.employee.format()} (you) + ${cost.employer.format()} (${benefits.clientName}) = ${total.format()} per paycheck${
      asked.period === "paycheck" ? "" : `; ${total.format()}${arithmetic(total)}`
    }.`;
  } else if (asked.share === "employer") {
    answer = `${benefits.clientName} pays ${cost.employer.format()} per paycheck toward your ${plan.name} (${TIER_LABELS[tier]}) coverage${
      asked.period === "paycheck" ? "" : `: ${cost.employer.format()}${arithmetic(cost.employer)}`
    }; you pay ${cost.employee.format()}.`;
  } else {
    answer = `You're enrolled in ${plan.name} (${TIER_LABELS[tier]}): you pay ${cost.employee.format()} per paycheck and ${benefits.clientName} pays ${cost.employer.format()}.${
      asked.period === "paycheck"
        ? ""
        : ` Over ${asked.period === "year" ? "a year" : "a month"}: ${cost.employee.format()}${arithmetic(cost.employee)}.`
    }`;
  }
  return {
    answer,
    citations,
    facts: [
      {
        label: `${plan.name} (${TIER_LABELS[tier]})`,
        value: `${amount.format()} per paycheck`,
        sentence: answer,
      },
    ],
    planType: plan.type,
  };
}

/**
 * Another plan's cost from the plan record, at the tier asked or the employee's own tier of that
 * type, said to be a plan they are not in and cited only from documents their own plans share (a
 * rate sheet): never from that plan's own documents.
 */
async function otherPlanPremium(
  benefits: EmployeeBenefits,
  asked: PremiumQuestion,
  search: PremiumSearch,
  other: BenefitPlan,
): Promise<PremiumAnswer | null> {
  if (asked.planType === "all" || !COVERAGE_TYPES.includes(other.type)) return null;
  const own = benefits.enrollments.find((e) => e.plan.type === other.type);
  const tier = asked.tiers.find((t) => other.tiers[t]) ?? (own && other.tiers[own.tier] ? own.tier : null);
  const cost = tier ? tierCost(other, tier) : undefined;
  if (!tier || !cost) return null;
  const shared = other.documents.filter((d) =>
    benefits.enrollments.some((e) => e.plan.documents.includes(d)),
  );
  const amount = shareOf(cost, asked.share);
  const over = premiumOver(amount, benefits.payFrequency, asked.period);
  const citation = shared.length > 0 ? await costCitation(search, other, tier, [over, amount], shared) : null;
  const ownCost = own ? tierCost(own.plan, own.tier) : undefined;
  const period =
    asked.period === "paycheck" ? "" : `: ${amount.format()}${overPeriod(amount, benefits, asked.period)}`;
  const answer = `${other.name} (a plan you're not enrolled in) at ${TIER_LABELS[tier]} would cost you ${cost.employee.format()} per paycheck (${benefits.clientName} pays ${cost.employer.format()})${period}.${
    own && ownCost
      ? ` Your ${own.plan.name} (${TIER_LABELS[own.tier]}) costs you ${ownCost.employee.format()} per paycheck.`
      : ""
  }`;
  return {
    answer,
    citations: citation ? [citation] : [],
    facts: [
      {
        label: `${other.name} (${TIER_LABELS[tier]})`,
        value: `${amount.format()} per paycheck`,
        sentence: answer,
      },
    ],
    planType: other.type,
  };
}

/** " × 26 paychecks = $2,558.40 a year": the amount over the period asked, as arithmetic; "" per paycheck. */
function overPeriod(amount: Money, benefits: EmployeeBenefits, period: PremiumPeriod): string {
  const perYear = PAY_PERIODS_PER_YEAR[benefits.payFrequency];
  const total = premiumOver(amount, benefits.payFrequency, period).format();
  if (period === "year") return ` × ${perYear} paychecks = ${total} a year`;
  if (period === "month") return ` × ${perYear} paychecks ÷ 12 = ${total} a month`;
  return "";
}

/**
 * The line of the plan's documents that prints one of `amounts` (the figure over the period asked
 * first, then per paycheck) for the plan and tier: a rate sheet's row, a handbook's table.
 */
async function costCitation(
  search: PremiumSearch,
  plan: BenefitPlan,
  tier: CoverageTier,
  amounts: readonly Money[],
  documents: readonly string[] = plan.documents,
): Promise<Citation | null> {
  const passages = await search(`${plan.name} ${plan.code} per paycheck ${TIER_LABELS[tier]}`, documents);
  for (const amount of amounts) {
    for (const passage of passages) {
      if (!printsAmount(passage.section.text, amount)) continue;
      // The tier's cost line; or, for a month's or a year's figure a sheet prints on a line of its own
      // ("…,annual_24_paychecks,$75.60"), that line, in a section or line that names the plan.
      const ofPlan = (line: string) =>
        [passage.section.section, line].some((t) => t.toLowerCase().includes(plan.name.toLowerCase()));
      const quote = [
        premiumQuote(passage.section.text, plan, tier),
        lineWithAmount(passage.section.text, amount),
      ].find((q) => q !== null && printsAmount(q, amount) && ofPlan(q));
      if (quote) return { document: passage.section.document, section: passage.section.section, quote };
    }
  }
  return null;
}

/** A tier's cost per paycheck for whose share is asked: the employee's, the employer's, or both. */
function shareOf(cost: { employee: Money; employer: Money }, share: PremiumQuestion["share"]): Money {
  if (share === "total") return cost.employee.plus(cost.employer);
  return share === "employer" ? cost.employer : cost.employee;
}
