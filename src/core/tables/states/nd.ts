import type { Dated } from "../dated";
import type { PrintedBrackets } from "./printed-brackets";

/**
 * North Dakota withholding (Income Tax Withholding Rates and Instructions, percentage method, annual
 * tables; printed add-on amounts). The federal W-4 picks the table; a 2020 or later W-4 has no
 * allowances (the tables' zero band stands for the standard deduction).
 */
export type NorthDakotaYear = {
  readonly single: PrintedBrackets;
  readonly marriedJointly: PrintedBrackets;
  readonly headOfHousehold: PrintedBrackets;
  /** For a 2019 or earlier W-4: Single (also head of household) and Married tables, and the annual allowance. */
  readonly before2020: {
    readonly single: PrintedBrackets;
    readonly married: PrintedBrackets;
    readonly allowance: string;
  };
};

const SINGLE_2021: PrintedBrackets = [
  ["0", "0", "0"],
  ["6275", "0", "0.011"],
  ["46800", "445.78", "0.0204"],
  ["104375", "1620.31", "0.0227"],
  ["210950", "4039.56", "0.0264"],
  ["451275", "10384.14", "0.029"],
];
const MARRIED_2021: PrintedBrackets = [
  ["0", "0", "0"],
  ["12550", "0", "0.011"],
  ["46400", "372.35", "0.0204"],
  ["94325", "1350.02", "0.0227"],
  ["137125", "2321.58", "0.0264"],
  ["235050", "4906.80", "0.029"],
];
const SINGLE_2026: PrintedBrackets = [
  ["0", "0", "0"],
  ["57625", "0", "0.0195"],
  ["258450", "3916.09", "0.025"],
];
const MARRIED_2026: PrintedBrackets = [
  ["0", "0", "0"],
  ["57500", "0", "0.0195"],
  ["168525", "2164.99", "0.025"],
];

export const NORTH_DAKOTA: readonly Dated<NorthDakotaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      single: SINGLE_2021,
      marriedJointly: MARRIED_2021,
      headOfHousehold: [
        ["0", "0", "0"],
        ["9400", "0", "0.011"],
        ["63700", "597.30", "0.0204"],
        ["149600", "2349.66", "0.0227"],
        ["236350", "4318.89", "0.0264"],
        ["454400", "10075.41", "0.029"],
      ],
      before2020: { single: SINGLE_2021, married: MARRIED_2021, allowance: "4300" },
    },
    source:
      "North Dakota Income Tax Withholding Rates and Instructions for Wages Paid in 2021, annual percentage method tables (single, married filing jointly, head of household), withholding rounded to the whole dollar; figures for a 2020 or later W-4 cross-checked against the peer vectors. The pre-2020 W-4 figures ($4,300 per allowance on the single/married tables) are the peer's and are not checked by any vector",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      single: SINGLE_2026,
      marriedJointly: MARRIED_2026,
      headOfHousehold: [
        ["0", "0", "0"],
        ["78475", "0", "0.0195"],
        ["289675", "4118.40", "0.025"],
      ],
      before2020: { single: SINGLE_2026, married: MARRIED_2026, allowance: "5050" },
    },
    unverified: true,
    source:
      "North Dakota Income Tax Withholding Rates and Instructions for Wages Paid in 2026, annual tables and $5,050 per pre-2020 allowance as transcribed by a third-party payroll publisher (suburbancomputer.com), not read from the ND publication here; re-check every row and the allowance",
  },
] as const satisfies readonly Dated<NorthDakotaYear>[];
