import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** Oregon's figures for one schedule (single, or married/single with 3+ allowances). */
export type OregonSchedule = {
  readonly standardDeduction: string;
  readonly rates: RateSchedule;
  /**
   * Federal tax subtraction cap by annual wages: rows `[atLeast, cap]` ascending; the last row whose
   * `atLeast` the wages reach applies (below the first row, the year's maximum).
   */
  readonly federalPhaseOut: readonly (readonly [atLeast: string, cap: string])[];
  /** Annual wages above which the allowance credit is not allowed, for this marked status. */
  readonly noCreditOver: string;
};

/** Oregon withholding (Oregon Withholding Tax Formulas, 150-206-436). */
export type OregonYear = {
  /** Annual credit for each OR-W-4 allowance. */
  readonly allowanceCredit: string;
  /** Most federal tax withheld (annualized) that may be subtracted. */
  readonly federalMaximum: string;
  /** Annual wages up to which the formula adds the allowance-credit amount to the tax (the "up to $50,000" tables). */
  readonly lowWageLimit: string;
  readonly single: OregonSchedule;
  readonly married: OregonSchedule;
};

export const OREGON: readonly Dated<OregonYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      allowanceCredit: "213",
      federalMaximum: "7050",
      lowWageLimit: "50000",
      single: {
        standardDeduction: "2350",
        rates: [
          ["0", "0.0475"],
          ["3650", "0.0675"],
          ["9200", "0.0875"],
          ["125000", "0.099"],
        ],
        federalPhaseOut: [
          ["125000", "5650"],
          ["130000", "4200"],
          ["135000", "2800"],
          ["140000", "1400"],
          ["145000", "0"],
        ],
        noCreditOver: "100000",
      },
      married: {
        standardDeduction: "4700",
        rates: [
          ["0", "0.0475"],
          ["7300", "0.0675"],
          ["18400", "0.0875"],
          ["250000", "0.099"],
        ],
        federalPhaseOut: [
          ["250000", "5650"],
          ["260000", "4200"],
          ["270000", "2800"],
          ["280000", "1400"],
          ["290000", "0"],
        ],
        noCreditOver: "200000",
      },
    },
    source:
      "Oregon Withholding Tax Formulas 150-206-436 (effective 1/1/2021): credit $213 per allowance; federal subtraction up to $7,050, phased out over $125,000 (single) / $250,000 (married); standard deduction $2,350 / $4,700; 4.75%, 6.75%, 8.75%, 9.9%",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      allowanceCredit: "263",
      federalMaximum: "8750",
      lowWageLimit: "50000",
      single: {
        standardDeduction: "2910",
        rates: [
          ["0", "0.0475"],
          ["4550", "0.0675"],
          ["11400", "0.0875"],
          ["125000", "0.099"],
        ],
        federalPhaseOut: [
          ["125000", "7000"],
          ["130000", "5250"],
          ["135000", "3500"],
          ["140000", "1750"],
          ["145000", "0"],
        ],
        noCreditOver: "100000",
      },
      married: {
        standardDeduction: "5820",
        rates: [
          ["0", "0.0475"],
          ["9100", "0.0675"],
          ["22800", "0.0875"],
          ["250000", "0.099"],
        ],
        federalPhaseOut: [
          ["250000", "7000"],
          ["260000", "5250"],
          ["270000", "3500"],
          ["280000", "1750"],
          ["290000", "0"],
        ],
        noCreditOver: "200000",
      },
    },
    source:
      "Oregon Withholding Tax Formulas 150-206-436 effective 1/1/2026 as transcribed by a payroll vendor (suburbancomputer.com, Oregon, effective January 1, 2026): credit $263; federal subtraction up to $8,750; standard deduction $2,910 / $5,820; brackets $4,550 / $11,400 / $125,000 single, $9,100 / $22,800 / $250,000 married. The official DOR PDF could not be read: RE-CHECK every figure, and the federal phase-out steps (the vendor's married steps were cut off; taken as the single ones doubled in wages, as in every earlier year)",
    unverified: true,
  },
] as const satisfies readonly Dated<OregonYear>[];
