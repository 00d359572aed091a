import { Decimal } from "../money/decimal";
import { type Dependent, isDependentEligible, isSpouseLike, tierMatchesDependents } from "./dependents";
import { checkEligibility, type EligibilityFacts, type IneligibleReason } from "./eligibility";
import { type ElectionWindow, isWindowOpen } from "./life-events";
import { type BenefitPlan, type CoverageTier, isContributionPlan, planRules } from "./plan";

/** An employee's choice for one plan: a tier (or waive) and who is covered, or a contribution. */
export type Election = {
  plan: BenefitPlan;
  /** null waives the plan. Contribution plans use "employee" or, for an HSA, the family tier. */
  tier: CoverageTier | null;
  dependentIds: string[];
  /** Accounts and the 401(k): amount per pay period, annual amount, or percent of pay. */
  contribution?: { perPeriod?: string; annual?: string; percent?: string };
};

export type ElectionContext = {
  /** The day the election is made. */
  today: string;
  window: ElectionWindow;
  employee: EligibilityFacts;
  dependents: readonly Dependent[];
  /** The tier the employee holds in this plan now (null = not enrolled); used for life-event consistency. */
  currentTier: CoverageTier | null;
  /**
   * False when the employee's dependents are not all on file (enrollments loaded from a census
   * that lists no dependents): the tier cannot then be checked against the dependents chosen.
   */
  dependentsOnFile?: boolean;
};

export type ElectionProblem =
  | { code: "window_closed"; opens: string; closes: string }
  | { code: "not_eligible"; reasons: IneligibleReason[] }
  | { code: "tier_not_offered"; tier: CoverageTier }
  | { code: "tier_dependents_mismatch"; tier: CoverageTier }
  | { code: "dependent_unknown"; dependentId: string }
  | { code: "dependent_not_eligible"; dependentId: string }
  | { code: "contribution_required" }
  | { code: "contribution_over_limit"; limit: string }
  | { code: "change_not_consistent_with_event"; event: string };

export type ElectionResult =
  | { ok: true; effectiveFrom: string; tier: CoverageTier | null }
  | { ok: false; problems: ElectionProblem[] };

/**
 * Validates an election against the window (open on `today`), the plan's eligibility rules, the
 * tiers offered, the dependents' eligibility (children to 26) and, in a life-event window, the
 * consistency rule: the change must be on account of and consistent with the event (a marriage adds
 * a spouse, a birth adds a child, a divorce removes a spouse).
 * @see 26 CFR 1.125-4(c) (change in status, consistency rule)
 */
export function validateElection(election: Election, context: ElectionContext): ElectionResult {
  const problems: ElectionProblem[] = [];
  const { window, today } = context;
  if (!isWindowOpen(window, today)) {
    problems.push({ code: "window_closed", opens: window.opens, closes: window.closes });
  }
  const effectiveFrom = window.effectiveFrom ?? today;
  const waiving = election.tier === null;
  if (!waiving) {
    const eligibility = checkEligibility(context.employee, election.plan, effectiveFrom);
    if (!eligibility.eligible) problems.push({ code: "not_eligible", reasons: eligibility.reasons });
  }
  const covered: Dependent[] = [];
  for (const id of election.dependentIds) {
    const dependent = context.dependents.find((d) => d.id === id);
    if (!dependent) {
      problems.push({ code: "dependent_unknown", dependentId: id });
      continue;
    }
    if (!isDependentEligible(dependent, effectiveFrom, planRules(election.plan).childMaxAge)) {
      problems.push({ code: "dependent_not_eligible", dependentId: id });
    }
    covered.push(dependent);
  }
  const contribution = isContributionPlan(election.plan.type);
  if (election.tier !== null) {
    if (!election.plan.tiers[election.tier] && !contribution) {
      problems.push({ code: "tier_not_offered", tier: election.tier });
    } else if (
      !contribution &&
      context.dependentsOnFile !== false &&
      !tierMatchesDependents(election.tier, covered)
    ) {
      problems.push({ code: "tier_dependents_mismatch", tier: election.tier });
    }
    if (contribution) problems.push(...contributionProblems(election));
  }
  if (window.kind === "life_event" && window.lifeEvent) {
    if (!isConsistentWithEvent(window.lifeEvent.type, context.currentTier, election.tier, covered)) {
      problems.push({ code: "change_not_consistent_with_event", event: window.lifeEvent.type });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, effectiveFrom, tier: election.tier };
}

function contributionProblems(election: Election): ElectionProblem[] {
  const c = election.contribution;
  if (!c || (c.perPeriod === undefined && c.annual === undefined && c.percent === undefined)) {
    return [{ code: "contribution_required" }];
  }
  const limitRule = planRules(election.plan).annualLimit;
  const limit =
    typeof limitRule === "string" ? limitRule : election.tier ? limitRule?.[election.tier] : undefined;
  if (limit !== undefined && c.annual !== undefined && new Decimal(c.annual).greaterThan(limit)) {
    return [{ code: "contribution_over_limit", limit }];
  }
  return [];
}

// "Employee + one" covers one dependent, a spouse or a child.
function hasSpouse(tier: CoverageTier | null): boolean {
  return tier === "employee_spouse" || tier === "employee_plus_one" || tier === "family";
}

function hasChildren(tier: CoverageTier | null): boolean {
  return tier === "employee_children" || tier === "employee_plus_one" || tier === "family";
}

/**
 * The consistency rule in its common form: marriage may add the spouse (and enrol the employee);
 * birth/adoption may add the child (and spouse, and enrol); divorce may only drop the former spouse
 * or keep things as they are; loss of other coverage and a move may enrol or change tier freely.
 */
function isConsistentWithEvent(
  event: string,
  current: CoverageTier | null,
  next: CoverageTier | null,
  covered: readonly Dependent[],
): boolean {
  switch (event) {
    case "marriage":
      return (
        next !== null &&
        (hasSpouse(next) || current === null) &&
        !(hasChildren(current) && !hasChildren(next))
      );
    case "birth":
    case "adoption":
      return next !== null && hasChildren(next);
    case "divorce":
      return !covered.some((d) => isSpouseLike(d.relationship)) && !hasSpouse(next);
    default:
      return true;
  }
}
