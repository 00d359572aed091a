import { ageOn, compareDates } from "../calendar/iso-date";
import { ACA_CHILD_MAX_AGE, type CoverageTier } from "./plan";

export const DEPENDENT_RELATIONSHIPS = [
  "spouse",
  "domestic_partner",
  "child",
  "stepchild",
  "foster_child",
  "adopted_child",
] as const;
export type DependentRelationship = (typeof DEPENDENT_RELATIONSHIPS)[number];

/** A dependent an employee may cover. */
export type Dependent = {
  id: string;
  name: string;
  relationship: DependentRelationship;
  dateOfBirth: string;
  /** A child disabled before the age limit stays eligible past it. */
  disabled?: boolean;
  /** Divorce ends a spouse's eligibility on this date. */
  eligibleUntil?: string | null;
};

/** True for spouse-like relationships that count towards the "spouse" part of a tier. */
export function isSpouseLike(relationship: DependentRelationship): boolean {
  return relationship === "spouse" || relationship === "domestic_partner";
}

/**
 * Whether a dependent may be covered on `asOf`: spouses until `eligibleUntil` (divorce); children
 * until the day before their 26th birthday unless disabled.
 * @see 42 U.S.C. §300gg-14(a) (dependent coverage of children to age 26)
 */
export function isDependentEligible(
  dependent: Dependent,
  asOf: string,
  childMaxAge = ACA_CHILD_MAX_AGE,
): boolean {
  if (compareDates(dependent.dateOfBirth, asOf) > 0) return false;
  if (dependent.eligibleUntil && compareDates(asOf, dependent.eligibleUntil) > 0) return false;
  if (isSpouseLike(dependent.relationship)) return true;
  return dependent.disabled === true || ageOn(dependent.dateOfBirth, asOf) < childMaxAge;
}

/** The coverage tier that exactly covers the employee plus these dependents. */
export function tierForDependents(dependents: readonly Pick<Dependent, "relationship">[]): CoverageTier {
  const spouse = dependents.some((d) => isSpouseLike(d.relationship));
  const children = dependents.some((d) => !isSpouseLike(d.relationship));
  if (spouse && children) return "family";
  if (spouse) return "employee_spouse";
  if (children) return "employee_children";
  return "employee";
}

/**
 * Whether `tier` matches the dependents elected: a spouse needs employee_spouse, children need
 * employee_children, both need family, one of either employee_plus_one; a tier with nobody to
 * cover is refused too.
 */
export function tierMatchesDependents(
  tier: CoverageTier,
  dependents: readonly Pick<Dependent, "relationship">[],
): boolean {
  // A three-tier plan's middle tier covers one dependent, whoever it is.
  if (tier === "employee_plus_one") return dependents.length === 1;
  return tier === tierForDependents(dependents);
}
