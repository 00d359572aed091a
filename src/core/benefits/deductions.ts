import { compareDates, isWithin } from "../calendar/iso-date";
import { Decimal } from "../money/decimal";
import { Money } from "../money/money";
import { RoundingRule } from "../money/rounding";
import { PAY_PERIODS_PER_YEAR, type PayFrequency } from "../tables/us/pay-periods";
import { inferPayFrequency, type PayPeriod, previousPayPeriod } from "./pay-periods";
import {
  type BenefitPlan,
  type CoverageTier,
  INSURED_PLAN_TYPES,
  type PlanType,
  planRules,
  type TierCost,
  tierCost,
} from "./plan";

/**
 * Payroll deduction codes the benefits core produces (they are the `deductions[].code` values of the
 * paycheck request, docs/contracts.md §3). Pre-tax codes reduce federal income tax wages and, for §125
 * ones, FICA wages; the post-tax codes reduce net pay only.
 */
export const BENEFIT_DEDUCTION_CODES = {
  medical: { preTax: "section125_medical", postTax: "medical_post_tax" },
  dental: { preTax: "section125_dental", postTax: "dental_post_tax" },
  vision: { preTax: "section125_vision", postTax: "vision_post_tax" },
  hsa: { preTax: "hsa_section125", postTax: "hsa_post_tax" },
  // Health and dependent care FSAs exist only inside a §125 plan: there is no post-tax form.
  health_fsa: { preTax: "health_fsa", postTax: "health_fsa" },
  dependent_care_fsa: { preTax: "dependent_care_fsa", postTax: "dependent_care_fsa" },
  "401k": { preTax: "401k", postTax: "roth_401k" },
  life: { preTax: "section125_life", postTax: "life_post_tax" },
} as const satisfies Record<PlanType, { preTax: string; postTax: string }>;

/** An enrollment with its plan, as payroll sees it. */
export type EnrollmentForPayroll = {
  enrollmentId: string;
  employeeId: string;
  plan: BenefitPlan;
  tier: CoverageTier;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Accounts and the 401(k): per-period amount, annual election, or percent of pay. */
  contribution?: { perPeriod?: string; annual?: string; percent?: string };
  /**
   * Last day of the last pay period whose payroll already deducted this enrollment; null or absent
   * = never deducted (coverage that started before this period is then caught up).
   */
  deductedThrough?: string | null;
  /**
   * For a retroactive change (a birth moves employee_spouse to family from the date of birth): the
   * per-period cost already deducted for the caught-up periods under the enrollment it replaced, so
   * that the catch-up is only the difference.
   */
  replacedCost?: TierCost;
};

/** One line for the paycheck request's `deductions` array, with where it came from. */
export type PayrollDeductionLine = {
  employeeId: string;
  code: string;
  /** Decimal string, two decimals; absent when the line is a percent of pay. */
  amount?: string;
  /** Percent of gross pay (401(k) elections), decimal string. */
  percent?: string;
  preTax: boolean;
  planCode: string;
  enrollmentId: string;
  kind: "current" | "retro_catch_up";
};

/** Money the employer puts in for the employee (HSA seed money), outside the premium. */
export type EmployerContributionLine = {
  employeeId: string;
  planCode: string;
  enrollmentId: string;
  amount: string;
  kind: "current" | "retro_catch_up";
};

/** What the client owes the carrier for this enrollment and period: employee + employer share. */
export type PremiumLiabilityLine = {
  employeeId: string;
  planCode: string;
  enrollmentId: string;
  carrier: string | null;
  employee: string;
  employer: string;
  total: string;
  kind: "current" | "retro_catch_up";
};

/** A catch-up for coverage that started before this payroll: the periods missed and the amounts owed. */
export type RetroCatchUp = {
  employeeId: string;
  enrollmentId: string;
  planCode: string;
  periods: PayPeriod[];
  /** Employee amount owed in total (negative = over-deducted, to be refunded by a specialist). */
  employee: string;
  employer: string;
};

export type PeriodDeductions = {
  deductions: PayrollDeductionLine[];
  employerContributions: EmployerContributionLine[];
  premiumLiabilities: PremiumLiabilityLine[];
  retroCatchUps: RetroCatchUp[];
};

/** Never look back further than a year of weekly periods for a catch-up. */
const MAX_CATCH_UP_PERIODS = 52;

/**
 * The per-period benefit deductions, employer contributions, carrier premium liabilities and retro
 * catch-ups for the pay period [periodStart, periodEnd].
 *
 * Rules:
 * - An enrollment is charged for a pay period when its coverage is in force on the period's last
 *   day, so a mid-period tier change charges exactly one tier and a new enrollment starts at once.
 * - Insured plans (medical, dental, vision, life) deduct the tier's employee cost per period; the
 *   client owes the carrier employee + employer cost. An HSA-qualified medical plan's
 *   `employerContribution` for the tier is the employer's HSA seed money (an employer contribution). Pre-tax §125 codes where the plan is pre-tax
 *   (the default for health), post-tax codes otherwise (life by default).
 * - Accounts (HSA, health FSA, dependent care FSA) deduct the per-period election, or the annual
 *   election divided by the periods per year (rounded half-up to cents); an HSA adds the plan's
 *   employer contribution for the tier. The 401(k) deducts a percent of pay or a fixed amount
 *   (traditional = pre-tax; the match depends on pay and is left to the payroll engine).
 * - Retro catch-up: each earlier pay period (walking back from this one) whose last day the
 *   coverage was in force, and which ends after `deductedThrough`, is owed once more; less the
 *   `replacedCost` already taken for those periods under a replaced enrollment. A positive amount
 *   becomes a `retro_catch_up` deduction line on this payroll.
 *
 * Lines come out in a fixed order: by employee, then plan type order, then current before catch-up.
 * @see 26 U.S.C. §125 (cafeteria plans), §223 (HSA), §129 (dependent care), §402(g) (401(k))
 */
export function deductionsForPeriod(
  enrollments: readonly EnrollmentForPayroll[],
  periodStart: string,
  periodEnd: string,
  options: { payFrequency?: PayFrequency } = {},
): PeriodDeductions {
  if (compareDates(periodStart, periodEnd) > 0) {
    throw new RangeError(`period start ${periodStart} is after period end ${periodEnd}`);
  }
  const frequency = options.payFrequency ?? inferPayFrequency(periodStart, periodEnd);
  const result: PeriodDeductions = {
    deductions: [],
    employerContributions: [],
    premiumLiabilities: [],
    retroCatchUps: [],
  };
  const ordered = [...enrollments].sort(
    (a, b) =>
      a.employeeId.localeCompare(b.employeeId) ||
      planTypeOrder(a.plan.type) - planTypeOrder(b.plan.type) ||
      a.effectiveFrom.localeCompare(b.effectiveFrom) ||
      a.enrollmentId.localeCompare(b.enrollmentId),
  );
  for (const enrollment of ordered) {
    if (isWithin(periodEnd, enrollment.effectiveFrom, enrollment.effectiveTo)) {
      addCurrent(result, enrollment, frequency);
    }
    addCatchUp(result, enrollment, periodStart, frequency);
  }
  return result;
}

function planTypeOrder(type: PlanType): number {
  return ["medical", "dental", "vision", "life", "hsa", "health_fsa", "dependent_care_fsa", "401k"].indexOf(
    type,
  );
}

function deductionCode(plan: BenefitPlan): { code: string; preTax: boolean } {
  const preTax = planRules(plan).preTax;
  const codes = BENEFIT_DEDUCTION_CODES[plan.type];
  const alwaysPreTax = plan.type === "health_fsa" || plan.type === "dependent_care_fsa";
  return { code: preTax ? codes.preTax : codes.postTax, preTax: preTax || alwaysPreTax };
}

/** Employee and employer cost of one period of the enrollment (accounts: the contribution). */
/** One period's cost: employee and employer share (premium, or account contribution), employer seed money. */
type PeriodCost = { employee: Money; employer: Money; percent?: string; seed?: Money };

function periodCost(enrollment: EnrollmentForPayroll, frequency: PayFrequency): PeriodCost {
  const { plan } = enrollment;
  if (INSURED_PLAN_TYPES.includes(plan.type)) {
    const cost = tierCost(plan, enrollment.tier);
    if (!cost) throw new RangeError(`plan ${plan.code} does not offer tier ${enrollment.tier}`);
    // An HSA-qualified medical plan may carry the employer's HSA seed money for the tier.
    const seed = planRules(plan).employerContribution?.[enrollment.tier];
    return seed ? { ...cost, seed: Money.of(seed) } : cost;
  }
  const employer = Money.of(planRules(plan).employerContribution?.[enrollment.tier] ?? "0");
  const c = enrollment.contribution ?? {};
  if (c.percent !== undefined)
    return { employee: Money.zero(), employer, percent: new Decimal(c.percent).toString() };
  if (c.perPeriod !== undefined) return { employee: Money.of(c.perPeriod), employer };
  if (c.annual !== undefined) {
    // Annual election spread evenly: rounded half-up to cents per period (plan administration practice).
    return {
      employee: Money.of(c.annual).dividedBy(PAY_PERIODS_PER_YEAR[frequency]).round(RoundingRule.HalfUp),
      employer,
    };
  }
  // A tier cost may also be stated for accounts (a fixed per-period election kept in the plan).
  const cost = tierCost(plan, enrollment.tier);
  return { employee: cost?.employee ?? Money.zero(), employer: cost?.employer ?? employer };
}

function addCurrent(
  result: PeriodDeductions,
  enrollment: EnrollmentForPayroll,
  frequency: PayFrequency,
): void {
  const cost = periodCost(enrollment, frequency);
  pushLines(result, enrollment, cost, "current");
}

function pushLines(
  result: PeriodDeductions,
  enrollment: EnrollmentForPayroll,
  cost: PeriodCost,
  kind: "current" | "retro_catch_up",
): void {
  const { plan, employeeId, enrollmentId } = enrollment;
  const { code, preTax } = deductionCode(plan);
  const base = { employeeId, planCode: plan.code, enrollmentId, kind };
  if (cost.percent !== undefined && kind === "current") {
    result.deductions.push({ ...base, code, percent: cost.percent, preTax });
  } else if (cost.employee.isPositive()) {
    result.deductions.push({ ...base, code, amount: cost.employee.toFixed(), preTax });
  }
  if (INSURED_PLAN_TYPES.includes(plan.type)) {
    result.premiumLiabilities.push({
      ...base,
      carrier: planRules(plan).carrier ?? null,
      employee: cost.employee.toFixed(),
      employer: cost.employer.toFixed(),
      total: cost.employee.plus(cost.employer).toFixed(),
    });
    if (cost.seed?.isPositive()) result.employerContributions.push({ ...base, amount: cost.seed.toFixed() });
  } else if (cost.employer.isPositive()) {
    result.employerContributions.push({ ...base, amount: cost.employer.toFixed() });
  }
}

function addCatchUp(
  result: PeriodDeductions,
  enrollment: EnrollmentForPayroll,
  periodStart: string,
  frequency: PayFrequency,
): void {
  if (compareDates(enrollment.effectiveFrom, periodStart) >= 0) return;
  // Percent-of-pay elections cannot be caught up without the missed pay; they start prospectively.
  if (enrollment.contribution?.percent !== undefined) return;
  const missed: PayPeriod[] = [];
  let period = previousPayPeriod(periodStart, frequency);
  for (let i = 0; i < MAX_CATCH_UP_PERIODS && compareDates(period.end, enrollment.effectiveFrom) >= 0; i++) {
    const alreadyDeducted =
      enrollment.deductedThrough != null && compareDates(period.end, enrollment.deductedThrough) <= 0;
    if (alreadyDeducted) break;
    if (isWithin(period.end, enrollment.effectiveFrom, enrollment.effectiveTo)) missed.unshift(period);
    period = previousPayPeriod(period.start, frequency);
  }
  if (missed.length === 0) return;
  const cost = periodCost(enrollment, frequency);
  const replaced = enrollment.replacedCost;
  const perEmployee = replaced ? cost.employee.minus(Money.of(replaced.employee)) : cost.employee;
  const perEmployer = replaced ? cost.employer.minus(Money.of(replaced.employer)) : cost.employer;
  const employee = perEmployee.times(missed.length);
  const employer = perEmployer.times(missed.length);
  result.retroCatchUps.push({
    employeeId: enrollment.employeeId,
    enrollmentId: enrollment.enrollmentId,
    planCode: enrollment.plan.code,
    periods: missed,
    employee: employee.toFixed(),
    employer: employer.toFixed(),
  });
  if (employee.isNegative() || (employee.isZero() && employer.isZero())) return;
  // Seed money is caught up in full for a new enrollment; a replaced one already received its own.
  const seed = !replaced && cost.seed ? cost.seed.times(missed.length) : undefined;
  pushLines(result, enrollment, { employee, employer, ...(seed ? { seed } : {}) }, "retro_catch_up");
}
