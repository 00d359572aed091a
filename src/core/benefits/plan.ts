import { addDays } from "../calendar/iso-date";
import { Money } from "../money/money";

/** Every kind of benefit plan the ASO administers (BenefitPlan.type). */
export const PLAN_TYPES = [
  "medical",
  "dental",
  "vision",
  "hsa",
  "health_fsa",
  "dependent_care_fsa",
  "401k",
  "life",
] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/** Coverage tiers, each with its own employee and employer cost per pay period. */
export const COVERAGE_TIERS = [
  "employee",
  "employee_spouse",
  "employee_children",
  // A three-tier plan's middle tier: the employee and one dependent, spouse or child.
  "employee_plus_one",
  "family",
] as const;
export type CoverageTier = (typeof COVERAGE_TIERS)[number];

/** Human labels for tiers, as employees read them. */
export const TIER_LABELS: Record<CoverageTier, string> = {
  employee: "Employee only",
  employee_spouse: "Employee + spouse",
  employee_children: "Employee + child(ren)",
  employee_plus_one: "Employee + one",
  family: "Family",
};

/** Life events that open a special enrollment window. */
export const LIFE_EVENT_TYPES = [
  "marriage",
  "birth",
  "adoption",
  "divorce",
  "loss_of_coverage",
  "move",
] as const;
export type LifeEventType = (typeof LIFE_EVENT_TYPES)[number];

/** Cost of one tier per pay period, as decimal strings. */
export type TierCost = { employee: string; employer: string };

/** Individual and family amounts (deductible, out-of-pocket maximum), as decimal strings. */
export type IndividualFamily = { individual: string; family: string };

/**
 * Plan rules (BenefitPlan.rules). Every field is optional; `planRules()` fills the defaults.
 * The defaults follow common US practice and the ACA; a plan document that says otherwise wins.
 */
export type PlanRulesInput = {
  /** Deducted before tax under the client's §125 cafeteria plan (or a traditional 401(k)). */
  preTax?: boolean;
  /** Days after hire before coverage can start (0 = from hire). */
  waitingPeriodDays?: number;
  /** Coverage starts on the first of the month after the waiting period ends (default true). */
  startFirstOfMonthAfterWaiting?: boolean;
  /** Minimum scheduled weekly hours; 30 is the ACA full-time threshold. */
  minWeeklyHours?: number;
  /** Employee classes eligible (e.g. ["full_time"]); absent = every class. */
  eligibleClasses?: string[];
  /** Special-enrollment window length per life event, in days from the event date. */
  lifeEventWindowDays?: Partial<Record<LifeEventType, number>>;
  /** Coverage start for an event: "event_date" or "first_of_next_month" (birth/adoption default to event_date). */
  lifeEventEffective?: Partial<Record<LifeEventType, "event_date" | "first_of_next_month">>;
  /** Children are covered through the day before this birthday (ACA: 26). */
  childMaxAge?: number;
  /** First day of the plan year as MM-DD (default "01-01"). */
  planYearStart?: string;
  /** Employer HSA contribution per pay period by tier (HSA plans), as decimal strings. */
  employerContribution?: Partial<Record<CoverageTier, string>>;
  /** Annual employee contribution limit (HSA, FSA, 401(k)) by tier or flat, as decimal strings. */
  annualLimit?: string | Partial<Record<CoverageTier, string>>;
  /** Insurance carrier that the premium liability is owed to. */
  carrier?: string;
};

/** Rules with the defaults filled in. */
export type PlanRules = Required<
  Omit<PlanRulesInput, "eligibleClasses" | "employerContribution" | "annualLimit" | "carrier">
> &
  Pick<PlanRulesInput, "eligibleClasses" | "employerContribution" | "annualLimit" | "carrier">;

/** A benefit plan as the core sees it (one plan year). */
export type BenefitPlan = {
  id: string;
  code: string;
  type: PlanType;
  name: string;
  planYear: number;
  tiers: Partial<Record<CoverageTier, TierCost>>;
  deductible?: IndividualFamily | null;
  outOfPocketMax?: IndividualFamily | null;
  documents: string[];
  rules: PlanRulesInput;
};

/** ACA full-time threshold: 30 hours of service per week. @see 26 U.S.C. §4980H(c)(4)(A) */
export const ACA_FULL_TIME_WEEKLY_HOURS = 30;

/** Dependent children may stay on a parent's plan until 26. @see 42 U.S.C. §300gg-14(a) */
export const ACA_CHILD_MAX_AGE = 26;

/** HIPAA special enrollment: at least 30 days; 60 days for Medicaid/CHIP events. @see 29 CFR 2590.701-6 */
export const DEFAULT_LIFE_EVENT_WINDOW_DAYS = 30;

/** Maximum waiting period an employer may impose for group health coverage. @see 29 CFR 2590.715-2708 */
export const ACA_MAX_WAITING_PERIOD_DAYS = 90;

/** Plan types whose premiums go to an insurance carrier (as opposed to accounts and the 401(k) trust). */
export const INSURED_PLAN_TYPES: readonly PlanType[] = ["medical", "dental", "vision", "life"];

/** Plan types that are health coverage under HIPAA special enrollment and the ACA eligibility rules. */
export const HEALTH_PLAN_TYPES: readonly PlanType[] = ["medical", "dental", "vision"];

/**
 * A plan's rules with defaults filled in: §125 pre-tax for health premiums and accounts, pre-tax
 * for a traditional 401(k), post-tax for life; 0-day waiting, coverage from the first of the month
 * after; 30 h/week (ACA); 30-day life-event windows; birth and adoption effective on the event date.
 * @see 26 U.S.C. §125 (cafeteria plans), §129 (dependent care), §223 (HSA), §402(g) (401(k))
 */
export function planRules(plan: Pick<BenefitPlan, "type" | "rules">): PlanRules {
  const r = plan.rules;
  return {
    preTax: r.preTax ?? plan.type !== "life",
    waitingPeriodDays: r.waitingPeriodDays ?? 0,
    startFirstOfMonthAfterWaiting: r.startFirstOfMonthAfterWaiting ?? true,
    minWeeklyHours: r.minWeeklyHours ?? ACA_FULL_TIME_WEEKLY_HOURS,
    eligibleClasses: r.eligibleClasses,
    lifeEventWindowDays: r.lifeEventWindowDays ?? {},
    lifeEventEffective: r.lifeEventEffective ?? {},
    childMaxAge: r.childMaxAge ?? ACA_CHILD_MAX_AGE,
    planYearStart: r.planYearStart ?? "01-01",
    employerContribution: r.employerContribution,
    annualLimit: r.annualLimit,
    carrier: r.carrier,
  };
}

/** The cost of `tier` per pay period, or undefined when the plan does not offer the tier. */
export function tierCost(
  plan: Pick<BenefitPlan, "tiers">,
  tier: CoverageTier,
): { employee: Money; employer: Money } | undefined {
  const cost = plan.tiers[tier];
  if (!cost) return undefined;
  return { employee: Money.of(cost.employee), employer: Money.of(cost.employer) };
}

/** Tiers the plan offers, in the fixed order employee → family. */
export function offeredTiers(plan: Pick<BenefitPlan, "tiers">): CoverageTier[] {
  return COVERAGE_TIERS.filter((t) => plan.tiers[t] !== undefined);
}

/** True for plan types whose "tier" is an election amount rather than a coverage level (accounts, 401(k)). */
export function isContributionPlan(type: PlanType): boolean {
  return type === "hsa" || type === "health_fsa" || type === "dependent_care_fsa" || type === "401k";
}

/** First and last day of the plan year `planYear` for a plan (plan years may start mid-calendar-year). */
export function planYearBounds(plan: Pick<BenefitPlan, "planYear" | "type" | "rules">): {
  start: string;
  end: string;
} {
  const start = `${plan.planYear}-${planRules(plan).planYearStart}`;
  const end = addDays(`${plan.planYear + 1}-${planRules(plan).planYearStart}`, -1);
  return { start, end };
}
