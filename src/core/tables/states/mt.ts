import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** One MW-4 status from 2026: the federal standard deduction Montana uses for it, and its schedule. */
export type MontanaStatus = { readonly standardDeduction: string; readonly schedule: RateSchedule };

/**
 * Montana withholding (Employer and Information Agent Guide, Montana Wage Withholding Tax Tables).
 * Through 2023: MW-4 allowances and one schedule. From 2026: the federal standard deduction of the
 * MW-4 filing status and the status's two-rate schedule.
 */
export type MontanaYear =
  | { readonly method: "allowances"; readonly allowance: string; readonly schedule: RateSchedule }
  | {
      readonly method: "status";
      /** Single, married filing separately (and married filing jointly with both spouses working). */
      readonly single: MontanaStatus;
      readonly married: MontanaStatus;
      readonly headOfHousehold: MontanaStatus;
    };

export const MONTANA: readonly Dated<MontanaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      method: "allowances",
      allowance: "1900",
      schedule: [
        ["0", "0.018"],
        ["7000", "0.044"],
        ["15000", "0.06"],
        ["120000", "0.066"],
      ],
    },
    source:
      "Montana DOR Withholding Tax Guide with Montana Withholding Tax Tables (rev. January 2021), annual formula: $1,900 per MW-4 allowance; 1.8% to $7,000, 4.4% to $15,000, 6.0% to $120,000, 6.6% above; rounded to the nearest dollar",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      method: "status",
      single: {
        standardDeduction: "16100",
        schedule: [
          ["0", "0.047"],
          ["47500", "0.0565"],
        ],
      },
      married: {
        standardDeduction: "32200",
        schedule: [
          ["0", "0.047"],
          ["95000", "0.0565"],
        ],
      },
      headOfHousehold: {
        standardDeduction: "24150",
        schedule: [
          ["0", "0.047"],
          ["71250", "0.0565"],
        ],
      },
    },
    source:
      "Montana DOR, 'Updated Montana Wage Withholding Tables and MW-4 Now Available' (8 Dec 2025, H.B. 337): 4.7% up to $47,500 (single, other) / $95,000 (joint) / $71,250 (head of household), 5.65% above, less the federal standard deduction of the filing status (2026: $16,100 / $32,200 / $24,150, IRS Pub 15-T 2026). The Guide's own formula was not read: re-check that it is annual wages − that deduction, and how joint filers with both spouses working are treated",
  },
] as const satisfies readonly Dated<MontanaYear>[];
