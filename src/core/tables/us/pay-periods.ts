/** The pay frequencies the engine supports (docs/contracts.md §3). */
export const PAY_FREQUENCIES = ["weekly", "biweekly", "semimonthly", "monthly"] as const;
export type PayFrequency = (typeof PAY_FREQUENCIES)[number];

/**
 * Pay periods per year (IRS Pub 15-T, Worksheet 1A line 1b, Table 3: Weekly 52, Biweekly 26,
 * Semimonthly 24, Monthly 12). The same counts annualize state withholding.
 */
export const PAY_PERIODS_PER_YEAR = {
  weekly: 52,
  biweekly: 26,
  semimonthly: 24,
  monthly: 12,
} as const satisfies Record<PayFrequency, number>;
