import { addDays, compareDates, firstOfMonthOnOrAfter, maxDate } from "../calendar/iso-date";
import { type BenefitPlan, planRules } from "./plan";

/** What eligibility needs to know about an employee; dates ISO. */
export type EligibilityFacts = {
  hireDate: string;
  terminationDate?: string | null;
  /** Scheduled (or look-back measured) hours per week. */
  weeklyHours: number;
  /** Employee class, e.g. "full_time", "part_time", "seasonal", "union". */
  employeeClass?: string;
};

export type IneligibleReason =
  | { code: "hours_below_minimum"; minWeeklyHours: number; weeklyHours: number }
  | { code: "class_not_eligible"; employeeClass: string | undefined; eligibleClasses: string[] }
  | { code: "terminated"; terminationDate: string }
  | { code: "waiting_period"; eligibleFrom: string };

export type Eligibility =
  | { eligible: true; eligibleFrom: string }
  | { eligible: false; reasons: IneligibleReason[]; eligibleFrom: string | null };

/**
 * The first day coverage may start for a new hire: hire date plus the waiting period, moved to the
 * first of the next month when the plan says so (the common "first of the month after 30 days").
 * @see 29 CFR 2590.715-2708 (waiting period no longer than 90 days)
 */
export function coverageStartAfterHire(hireDate: string, plan: Pick<BenefitPlan, "type" | "rules">): string {
  const rules = planRules(plan);
  const endOfWaiting = addDays(hireDate, rules.waitingPeriodDays);
  return rules.startFirstOfMonthAfterWaiting && rules.waitingPeriodDays > 0
    ? firstOfMonthOnOrAfter(endOfWaiting)
    : endOfWaiting;
}

/**
 * Whether an employee may be covered by `plan` on `asOf`: minimum weekly hours (30 by default, the
 * ACA full-time line), eligible employee class, not terminated, and past the waiting period.
 * Every failing reason is returned so a reply can explain all of them at once.
 * @see 26 U.S.C. §4980H(c)(4) (full-time employee = 30 hours per week)
 */
export function checkEligibility(
  facts: EligibilityFacts,
  plan: Pick<BenefitPlan, "type" | "rules">,
  asOf: string,
): Eligibility {
  const rules = planRules(plan);
  const reasons: IneligibleReason[] = [];
  if (facts.weeklyHours < rules.minWeeklyHours) {
    reasons.push({
      code: "hours_below_minimum",
      minWeeklyHours: rules.minWeeklyHours,
      weeklyHours: facts.weeklyHours,
    });
  }
  if (rules.eligibleClasses && !rules.eligibleClasses.includes(facts.employeeClass ?? "")) {
    reasons.push({
      code: "class_not_eligible",
      employeeClass: facts.employeeClass,
      eligibleClasses: rules.eligibleClasses,
    });
  }
  if (facts.terminationDate && compareDates(facts.terminationDate, asOf) < 0) {
    reasons.push({ code: "terminated", terminationDate: facts.terminationDate });
  }
  const eligibleFrom = coverageStartAfterHire(facts.hireDate, plan);
  const blocking = reasons.length > 0;
  if (!blocking && compareDates(asOf, eligibleFrom) < 0) {
    return { eligible: false, reasons: [{ code: "waiting_period", eligibleFrom }], eligibleFrom };
  }
  if (blocking) return { eligible: false, reasons, eligibleFrom: null };
  return { eligible: true, eligibleFrom: maxDate(eligibleFrom, facts.hireDate) };
}
