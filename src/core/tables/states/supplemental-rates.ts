import type { Dated } from "../dated";

/** A state's published flat withholding rate for supplemental wages paid apart from regular wages. */
export type StateSupplementalYear = { readonly flatRate: string };

const unverified = true;

/**
 * States that publish a flat supplemental rate, by work state. A state not listed has none here: its
 * supplemental pay is withheld with the regular wages (the aggregate method). California's own rule
 * (bonus vs other supplemental pay) lives with its module. Every figure below was written from the
 * states' employer guides as remembered, not read from them here: each is marked unverified and is
 * listed in `unverifiedTables` whenever it is used.
 */
export const STATE_SUPPLEMENTAL_RATES: Readonly<Record<string, readonly Dated<StateSupplementalYear>[]>> = {
  IL: [
    {
      effective: "2017-07-01",
      unverified,
      value: { flatRate: "0.0495" },
      source: "IL-700-T, flat rate 4.95% on all wages",
    },
  ],
  MA: [
    {
      effective: "2020-01-01",
      unverified,
      value: { flatRate: "0.05" },
      source: "MA Circular M, supplemental wages at 5.0%",
    },
  ],
  MI: [
    {
      effective: "2024-01-01",
      unverified,
      value: { flatRate: "0.0425" },
      source: "MI Form 446, flat rate 4.25%",
    },
  ],
  MN: [
    {
      effective: "2021-01-01",
      unverified,
      value: { flatRate: "0.0625" },
      source: "MN Withholding Tax Instructions, supplemental 6.25%",
    },
  ],
  NY: [
    {
      effective: "2023-01-01",
      unverified,
      value: { flatRate: "0.117" },
      source: "NYS-50-T-NYS, supplemental wages 11.70%",
    },
  ],
  OR: [
    {
      effective: "2019-01-01",
      unverified,
      value: { flatRate: "0.08" },
      source: "OR Form OR-17 (Oregon Withholding Tax Formulas), supplemental 8%",
    },
  ],
  VA: [
    {
      effective: "2019-01-01",
      unverified,
      value: { flatRate: "0.0575" },
      source: "VA Employer Withholding Instructions, supplemental 5.75%",
    },
  ],
};
