import type { BenefitPlan, PlanType } from "../../core/benefits/plan";
import type { EmployeeBenefits } from "./benefits-facts";

/** Words in plan names that tell no plan from another. */
const GENERIC_PLAN_WORDS = new Set([
  "plan",
  "health",
  "medical",
  "dental",
  "vision",
  "with",
  "and",
  "the",
  "insurance",
  "basic",
  "plus",
]);

/**
 * Everyday words that plan names borrow ("Open Access PPO", "HMO Select", "Choice Plus"): alone in a
 * question ("can I access my account", "how do I select a doctor") they name no plan; with another
 * word of the same plan's name or code ("open access", "select HMO") they do.
 */
const EVERYDAY_PLAN_WORDS = new Set([
  "open",
  "access",
  "select",
  "choice",
  "core",
  "value",
  "advantage",
  "essential",
  "essentials",
  "standard",
  "premier",
  "premium",
  "preferred",
  "saver",
  "flex",
  "high",
  "low",
  "care",
  "network",
  "option",
  "options",
  "enhanced",
  "classic",
  "complete",
  "local",
  "national",
  "alliance",
  "hsa",
]);

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Plans of the client the question names outright: by code ("HDHP-HSA"), or by a word of its name or
 * code that no other plan of the client shares ("the PPO", "Gold"). Carrier names shared by plans
 * never count. When the question is about one type of plan, a word shared only with plans of other
 * types still names it: "a doctor visit on the PPO" is the medical PPO, not the dental PPO.
 */
export function namedPlans(
  benefits: EmployeeBenefits,
  question: string,
  type: PlanType | null = null,
): BenefitPlan[] {
  const asked = new Set(words(question));
  const text = words(question).join(" ");
  const tokensOf = (p: BenefitPlan) => planTokens(benefits, p);
  const all = benefits.plans.map((p) => ({ plan: p, tokens: tokensOf(p) }));
  const byName = all
    .filter(({ plan, tokens }) => {
      if (text.includes(words(plan.code).join(" "))) return true;
      const hits = [...tokens].filter((t) => asked.has(t));
      const rivals = all.filter((o) => o.plan !== plan && (plan.type !== type || o.plan.type === type));
      return hits.some(
        (t) =>
          rivals.every((o) => !o.tokens.has(t)) &&
          !/^\d/.test(t) &&
          (!EVERYDAY_PLAN_WORDS.has(t) || hits.length >= 2),
      );
    })
    .map(({ plan }) => plan);
  // "The HSA plan" is the client's one high-deductible medical plan, whatever its name.
  const hsaPlans = benefits.plans.filter(comesWithHsa);
  return HSA_PLAN.test(question) && hsaPlans.length === 1 && !byName.includes(hsaPlans[0]!)
    ? [...byName, hsaPlans[0]!]
    : byName;
}

/**
 * Plans of these types that a document's sentence names as proper names: a word of the plan's name
 * or code that no other plan of its type shares, written with a capital ("On Plus, …", "The HSA
 * 3600 pays …"); numbers alone never name one. Everyday words count here ("Core", "Plus"): a plan
 * document writes them as names, where a question would not.
 */
export function plansNamedInText(
  benefits: EmployeeBenefits,
  text: string,
  types: ReadonlySet<PlanType>,
  /** Words in any case count (a question typed in lower case). */
  anyCase = false,
): BenefitPlan[] {
  const written = new Set(
    text
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => anyCase || /^[\p{Lu}\d]/u.test(w))
      .flatMap(words),
  );
  const employer = new Set(words(benefits.clientName));
  const nameWords = (p: BenefitPlan) => new Set([...words(p.code), ...words(p.name)]);
  return benefits.plans.filter((plan) => {
    if (!types.has(plan.type)) return false;
    const rivals = benefits.plans.filter((o) => o !== plan && o.type === plan.type).map(nameWords);
    return [...nameWords(plan)].some(
      // Numbers are left out: "$500,000" is not the "HMO 500".
      (w) =>
        w.length >= 3 &&
        !/^\d+$/.test(w) &&
        !employer.has(w) &&
        rivals.every((r) => !r.has(w)) &&
        written.has(w),
    );
  });
}

/** A medical plan built for a health savings account (its name or code says HSA or high deductible). */
export function comesWithHsa(plan: BenefitPlan): boolean {
  return plan.type === "medical" && /\b(hsa|hdhp|high[- ]deductible)\b/i.test(`${plan.code} ${plan.name}`);
}

const HSA_PLAN = /\b(hsa|hdhp|high[- ]deductible) (plan|option|one)\b/i;

/** The words that name a plan: of its code and name, those not generic and not the employer's name. */
function planTokens(benefits: EmployeeBenefits, plan: BenefitPlan): Set<string> {
  // The employer's own name ("Harborview Vision") names the company, not that plan.
  const employer = new Set(words(benefits.clientName));
  return new Set(
    [...words(plan.code), ...words(plan.name)].filter(
      (w) => w.length >= 3 && !GENERIC_PLAN_WORDS.has(w) && !employer.has(w),
    ),
  );
}

/**
 * The question without the names of `plans` ("my coworker on the PPO Gold pays $50: what do I
 * pay?" searched as "my coworker on the pays $50: what do I pay?"), so another plan named only for
 * context does not steer the search for the asker's own.
 */
export function withoutPlanNames(
  benefits: EmployeeBenefits,
  question: string,
  plans: readonly BenefitPlan[],
): string {
  const names = new Set(plans.flatMap((p) => [...planTokens(benefits, p), ...words(p.code)]));
  return question
    .split(/(\s+)/)
    .filter((part) => !names.has(words(part)[0] ?? ""))
    .join("");
}

/**
 * Documents an answer to this employee may not quote: those of plans the employee is not enrolled
 * in, unless one of the employee's own plans lists them too (a shared handbook or comparison sheet).
 * Naming another plan does not open its own documents: a cost or coverage figure quoted to an
 * employee always comes from a document of their own plans, so a question about another plan is
 * answered from the shared documents or not at all.
 */
export function foreignDocuments(benefits: EmployeeBenefits): string[] {
  const allowed = new Set(benefits.enrollments.flatMap((e) => e.plan.documents));
  return [...new Set(benefits.plans.flatMap((p) => p.documents))].filter((d) => !allowed.has(d));
}

/** The client's plans of a type the employee is not enrolled in (for "you're not enrolled" answers). */
export function offeredNotEnrolled(benefits: EmployeeBenefits, type: PlanType): BenefitPlan[] {
  if (benefits.enrollments.some((e) => e.plan.type === type)) return [];
  return benefits.plans.filter((p) => p.type === type);
}

/**
 * The question points at the asker's own plan outright ("what about mine?", "the plan we actually
 * have", "¿lo cubre mi plan?"), even while naming another plan or a comparison sheet for context.
 */
const OWN_PLAN_OUTRIGHT =
  /\b(mine|ours|the (plan|one) (we|i) (actually )?(have|are on|am on)|(we|i)'?(re|m) (actually )?on|what about (me|us|my plan|our plan)|on my (own )?plan|el m[ií]o|la m[ií]a|el nuestro|la nuestra)\b/i;
/** Words that ask about one's own plan when no comparison is asked for ("what do I pay", "my plan"). */
const OWN_PLAN_WORDS =
  /\b(my|our) (own )?(plan|medical|coverage|insurance|policy|dental|vision)\b|\bwhat (do|would|will|did) (i|we) (pay|get|owe)\b|\b(mi|nuestro) (plan|seguro)\b/i;

/**
 * Whether the question asks about the asker's own plan although it names another: outright, or, when
 * it asks for no comparison, by words such as "my plan" or "what do I pay".
 */
export function asksAboutOwnPlan(question: string, comparing: boolean): boolean {
  return OWN_PLAN_OUTRIGHT.test(question) || (!comparing && OWN_PLAN_WORDS.test(question));
}

/**
 * A comparison row quoted for one plan: "Deductible — Bluewater EPO 500: $500 / $1,000; Bluewater
 * HSA Choice 1700: $1,700 / $3,400" keeps the label and the cells of the plans `keep` holds; the
 * other plans' cells would read as the employee's own. A line whose cells name fewer than two plans
 * is left as it is.
 */
export function keepPlanCells(
  quote: string,
  benefits: EmployeeBenefits,
  keep: readonly BenefitPlan[],
): string {
  // Quoted rows run on as sentences ("A — Base: 100%. Cleanings — Base: 2 per year."): one at a time.
  return quote
    .split(/(?<=\.)\s+/)
    .map((line) => {
      const m = /^(.+?) — (.+?)\.?$/.exec(line);
      if (!m) return line;
      const cells = m[2]!.split(/;\s+/).map((cell) => {
        const header = /^([^:]+):/.exec(cell)?.[1] ?? "";
        return { cell, plans: header ? namedPlans(benefits, header) : [] };
      });
      if (cells.filter((c) => c.plans.length === 1).length < 2) return line;
      const kept = cells.filter((c) => c.plans.length !== 1 || keep.includes(c.plans[0]!));
      return kept.length > 0 && kept.length < cells.length
        ? `${m[1]} — ${kept.map((c) => c.cell).join("; ")}.`
        : line;
    })
    .join(" ");
}
