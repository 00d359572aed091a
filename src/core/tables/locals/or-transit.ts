import type { Dated } from "../dated";

/** An Oregon transit district's employer payroll tax: `rate` on the wages for work done in the district. */
export type TransitDistrictYear = { readonly rate: string };

const IMPOSED_ON_EMPLOYER =
  "Oregon Department of Revenue, Lane County Transit District Payroll Tax page (oregon.gov/dor): the transit tax is imposed directly on the employer, on gross payroll for services performed within the district (home workers and traveling sales representatives included); wages include salaries, commissions, tips, bonuses, fees and payments to a deferred compensation plan";

/**
 * Transit districts whose payroll tax the employer pays on wages for work done inside the district
 * (the Tri-County Metropolitan Transportation District, "TriMet", and the Lane County Mass Transit
 * District, "LTD"). Nothing is withheld from the employee: Oregon's statewide transit tax (0.1%,
 * withheld) is a separate program. Keyed by the work place's code.
 */
export const OREGON_TRANSIT_DISTRICTS: Readonly<
  Record<string, { readonly name: string; readonly years: readonly Dated<TransitDistrictYear>[] }>
> = {
  "OR:TRIMET": {
    name: "TriMet transit payroll tax",
    years: [
      {
        effective: "2024-01-01",
        value: { rate: "0.008137" },
        source: `TriMet, Payroll and Self-Employment Tax Information (trimet.org/taxinfo): "Effective January 1, 2024, the tax rate increased to 0.8137% of the wages paid by an employer ... for services performed within the TriMet District boundary"; ${IMPOSED_ON_EMPLOYER}`,
      },
      {
        effective: "2025-01-01",
        unverified: true,
        value: { rate: "0.008237" },
        source:
          "TriMet's page updated February 2026 gives 0.8237%; that this rate began on 1 Jan 2025 is inferred from the yearly 0.01-point steps TriMet's page describes (0.7237% in 2014, 0.8137% in 2024), not read: confirm the 2025 rate on Form OQ",
      },
      {
        effective: "2026-01-01",
        value: { rate: "0.008237" },
        source: `TriMet, Payroll and Self-Employment Tax Information, updated February 2026 (trimet.org/taxinfo): "The transit tax rate is 0.8237% of the wages paid by an employer ... for services performed within the TriMet District boundary"; ${IMPOSED_ON_EMPLOYER}`,
      },
    ],
  },
  "OR:LTD": {
    name: "Lane Transit District payroll tax",
    years: [
      {
        effective: "2025-01-01",
        unverified: true,
        value: { rate: "0.008" },
        source: `Lane Transit District, Payroll and Self-Employment Tax Information (ltd.org): "The transit tax rate is 0.80% of the wages paid by an employer ... for services performed within the LTD District boundary" (the page is undated, so the start date is inferred from LTD's schedule of 0.01-point yearly steps from 0.71% in 2016, not read: confirm the current rate on Form OQ); ${IMPOSED_ON_EMPLOYER}`,
      },
    ],
  },
};
