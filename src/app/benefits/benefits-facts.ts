import type { BenefitPlan, CoverageTier } from "../../core/benefits/plan";
import type { PayFrequency } from "../../core/tables/us/pay-periods";

/** One of the employee's enrollments with its plan, as of a date. */
export type EnrollmentFact = {
  enrollmentId: string;
  plan: BenefitPlan;
  tier: CoverageTier;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Dependents covered, when recorded (enrollments from the benefits-change job); null when unknown (census). */
  dependentIds?: string[] | null;
};

/** What the answer needs to know about the employee's own benefits, read from the database. */
export type EmployeeBenefits = {
  employeeId: string;
  clientId: string;
  clientName: string;
  payFrequency: PayFrequency;
  /** Every plan the client offers for the plan year (to prefer the right documents). */
  plans: BenefitPlan[];
  /** The employee's enrollments in force on the date asked. */
  enrollments: EnrollmentFact[];
};

/** Port to the employee's benefits facts (src/db/benefits-repository.ts in the product). */
export type BenefitsFactsSource = {
  employeeBenefits(employeeId: string, asOf: string): Promise<EmployeeBenefits | null>;
};
