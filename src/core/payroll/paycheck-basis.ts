import type { PaycheckInput } from "./paycheck-input";

/** One benefit enrollment behind a paycheck's premium deduction: which plan, which tier, what it cost. */
export type BenefitElectionBasis = {
  /** Plan type (`medical`, `dental`, `vision`, `hsa`, …). */
  planType: string;
  planCode: string;
  tier: string;
  /** Employee cost per paycheck (decimal string). */
  employeeCost: string;
};

/**
 * What a paycheck was computed from, kept with it: the engine input exactly as the engine read it and
 * the enrollments behind its premiums. Explaining a change between two paychecks, or a what-if, starts
 * from these instead of guessing causes from the figures.
 */
export type PaycheckBasis = {
  input: PaycheckInput;
  benefits?: readonly BenefitElectionBasis[];
};
