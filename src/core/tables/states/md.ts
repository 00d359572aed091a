import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** Maryland withholding (Employer Withholding Guide, percentage method), state part only. */
export type MarylandYear = {
  /** Standard deduction: `rate` × annual wages, kept between `minimum` and `maximum` (a flat amount: minimum = maximum). */
  readonly standardDeduction: { readonly rate: string; readonly minimum: string; readonly maximum: string };
  /** Annual amount per MW507 exemption. */
  readonly exemption: string;
  /** Single, married filing separately (and dependent taxpayers). */
  readonly single: RateSchedule;
  /** Married filing jointly, head of household, qualifying surviving spouse. */
  readonly joint: RateSchedule;
};

export const MARYLAND: readonly Dated<MarylandYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      standardDeduction: { rate: "0.15", minimum: "1550", maximum: "2350" },
      exemption: "3200",
      single: [
        ["0", "0.0475"],
        ["100000", "0.05"],
        ["125000", "0.0525"],
        ["150000", "0.055"],
        ["250000", "0.0575"],
      ],
      joint: [
        ["0", "0.0475"],
        ["150000", "0.05"],
        ["175000", "0.0525"],
        ["225000", "0.055"],
        ["300000", "0.0575"],
      ],
    },
    source:
      "Maryland Employer Withholding Guide (effective and updated January 2021), p. 2 and percentage method: standard deduction 15% of wages, min $1,550, max $2,350; $3,200 per exemption; state rates 4.75% from the first dollar to 5.75% (single/MFS over $100k/$125k/$150k/$250k; joint/HOH over $150k/$175k/$225k/$300k). The 4.75% first band is the peer's and payroll vendors' reading of the guide's percentage method; the Comptroller's Central Payroll Bureau memo of 10 Jan 2021 prints the return's 2%/3%/4% bands on the first $3,000: re-check against the guide's rate page",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      standardDeduction: { rate: "0", minimum: "3350", maximum: "3350" },
      exemption: "3200",
      single: [
        ["0", "0.02"],
        ["1000", "0.03"],
        ["2000", "0.04"],
        ["3000", "0.0475"],
        ["100000", "0.05"],
        ["125000", "0.0525"],
        ["150000", "0.055"],
        ["250000", "0.0575"],
        ["500000", "0.0625"],
        ["1000000", "0.065"],
      ],
      joint: [
        ["0", "0.02"],
        ["1000", "0.03"],
        ["2000", "0.04"],
        ["3000", "0.0475"],
        ["150000", "0.05"],
        ["175000", "0.0525"],
        ["225000", "0.055"],
        ["300000", "0.0575"],
        ["600000", "0.0625"],
        ["1200000", "0.065"],
      ],
    },
    source:
      "2025 figures carried to 2026: Maryland Employer Withholding Guide revised for H.B. 352 (2025; reported by EY Tax News 2025-1680 and payroll vendors): flat $3,350 standard deduction, $3,200 per exemption, 2%–6.50% brackets (6.25% over $500k single / $600k joint, 6.50% over $1M / $1.2M). Not checked against the 2026 guide: re-check the standard deduction (indexed from 2026 by Tax–General §10-217(c), rounded down to $50) and the brackets",
  },
] as const satisfies readonly Dated<MarylandYear>[];
