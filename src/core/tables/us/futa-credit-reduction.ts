import type { Dated } from "../dated";

/**
 * FUTA credit reduction by state for one calendar year: the part of the 5.4% state credit an employer
 * loses on FUTA wages paid in a state that has not repaid its federal unemployment loans. Rates are
 * decimal fractions; a state not listed has none. `final` is false until the Department of Labor's
 * November determination for the year.
 */
export type FutaCreditReductionYear = {
  readonly final: boolean;
  readonly states: Readonly<Record<string, string>>;
};

/** One entry per calendar year (effective 1 January, through 31 December). */
export const FUTA_CREDIT_REDUCTIONS: readonly Dated<FutaCreditReductionYear>[] = [
  {
    effective: "2024-01-01",
    through: "2024-12-31",
    source:
      "Schedule A (Form 940) 2024; PayrollOrg PayState Update vol. 33 no. 2 (7 Feb 2025): California and New York 0.9% for 2024",
    value: { final: true, states: { CA: "0.009", NY: "0.009" } },
    // The Virgin Islands' 2024 rate is not recorded: it was not confirmed in a source at hand.
    unverified: true,
  },
  {
    effective: "2025-01-01",
    through: "2025-12-31",
    source:
      "US DOL, Final 2025 FUTA Credit Reductions (rev. 10 Nov 2025), as reported by PayrollOrg and Paylocity (Nov 2025): California 1.2%, U.S. Virgin Islands 4.5%; Connecticut and New York 0.0% (loans repaid); us-payroll-2026.md §2",
    value: { final: true, states: { CA: "0.012", VI: "0.045" } },
  },
  // 2026: the Department of Labor's final list (due around 10 November 2026) is not in this release
  // (us-payroll-2026.md §10 item 3: California projected at 1.5%, not final). A 2026 Form 940 reports
  // the FUTA wages by state and says the credit reduction is not known rather than assuming one.
] as const satisfies readonly Dated<FutaCreditReductionYear>[];
