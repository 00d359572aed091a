import { TIER_LABELS, tierCost } from "../../core/benefits/plan";
import type { Clock } from "../../core/clock";
import type { BenefitsAnswer } from "./answer-benefits-question";
import type { BenefitsFactsSource } from "./benefits-facts";

/**
 * The employee's own enrollments in force today, from the database: plan, tier, since when, and the
 * cost per paycheck (employee and employer share). Answers the `enrollment_status` intent.
 */
export async function describeEnrollments(
  input: { employeeId: string; timezone?: string | undefined },
  deps: { facts: BenefitsFactsSource; clock: Clock },
): Promise<BenefitsAnswer> {
  const today = new Intl.DateTimeFormat("en-CA", {
    timeZone: input.timezone ?? "UTC",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(deps.clock.now());
  const benefits = await deps.facts.employeeBenefits(input.employeeId, today);
  const enrollments = benefits?.enrollments ?? [];
  if (!benefits || enrollments.length === 0) {
    return {
      answer:
        "You're not enrolled in any benefit plan right now. You can enroll during open enrollment or within 30 days of a qualifying life event.",
      citations: [],
      facts: [],
      found: true,
      planType: null,
      source: "offline",
    };
  }
  const facts = enrollments.map((e) => {
    const cost = tierCost(e.plan, e.tier);
    const value = cost
      ? `${TIER_LABELS[e.tier]}, since ${e.effectiveFrom}: you pay ${cost.employee.format()} per paycheck, ${benefits.clientName} pays ${cost.employer.format()}`
      : `${TIER_LABELS[e.tier]}, since ${e.effectiveFrom}`;
    return { label: e.plan.name, value };
  });
  const lines = facts.map((f) => `• ${f.label}: ${f.value}`);
  return {
    answer: `You're enrolled in ${enrollments.length} plan${enrollments.length === 1 ? "" : "s"}:\n${lines.join("\n")}`,
    citations: [],
    facts,
    found: true,
    planType: null,
    source: "offline",
  };
}
