import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/**
 * An Alabama standard deduction: `max` up to `over` of annual wages, less `reduction` for each `step`
 * (or part of one) above it, never below `min`.
 */
export type AlabamaStandardDeduction = {
  readonly max: string;
  readonly over: string;
  readonly step: string;
  readonly reduction: string;
  readonly min: string;
};

/** Alabama withholding (Withholding Tax Tables and Instructions, formula method). */
export type AlabamaYear = {
  /** By A-4 status: single (also status "0"), married, married filing separately, head of household. */
  readonly standardDeduction: {
    readonly single: AlabamaStandardDeduction;
    readonly married: AlabamaStandardDeduction;
    readonly married_separately: AlabamaStandardDeduction;
    readonly head_of_household: AlabamaStandardDeduction;
  };
  /** A-4 personal exemption by status (status "0" claims none). */
  readonly personalExemption: {
    readonly single: string;
    readonly married: string;
    readonly married_separately: string;
    readonly head_of_household: string;
  };
  /** Each dependent's exemption: the amount of the last row whose `over` annual wages exceed (rows ascending from "0"). */
  readonly dependentExemption: readonly (readonly [over: string, amount: string])[];
  /** Married uses its own schedule; every other status the single one. */
  readonly single: RateSchedule;
  readonly married: RateSchedule;
};

const SINGLE: RateSchedule = [
  ["0", "0.02"],
  ["500", "0.04"],
  ["3000", "0.05"],
];
const MARRIED: RateSchedule = [
  ["0", "0.02"],
  ["1000", "0.04"],
  ["6000", "0.05"],
];
const DEPENDENT: AlabamaYear["dependentExemption"] = [
  ["0", "1000"],
  ["20000", "500"],
  ["100000", "300"],
];
const EXEMPTION: AlabamaYear["personalExemption"] = {
  single: "1500",
  married: "3000",
  married_separately: "1500",
  head_of_household: "3000",
};

export const ALABAMA: readonly Dated<AlabamaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      standardDeduction: {
        single: { max: "2500", over: "23499", step: "500", reduction: "25", min: "2000" },
        married: { max: "7500", over: "23499", step: "500", reduction: "175", min: "4000" },
        married_separately: { max: "3750", over: "10749", step: "250", reduction: "88", min: "2000" },
        head_of_household: { max: "4700", over: "23499", step: "500", reduction: "135", min: "2000" },
      },
      personalExemption: EXEMPTION,
      dependentExemption: DEPENDENT,
      single: SINGLE,
      married: MARRIED,
    },
    source:
      "Alabama Department of Revenue, Withholding Tax Tables and Instructions (2021), formula method: 2%/4%/5% (married brackets doubled); standard deduction $2,500 S, $7,500 M, $3,750 MS, $4,700 H phased down to $2,000/$4,000/$2,000/$2,000; personal exemption $1,500 S/MS, $3,000 M/H; dependent $1,000/$500/$300",
  },
  {
    effective: "2026-01-01",
    unverified: true,
    value: {
      standardDeduction: {
        single: { max: "3000", over: "26000", step: "500", reduction: "25", min: "2500" },
        married: { max: "8500", over: "26000", step: "500", reduction: "175", min: "5000" },
        married_separately: { max: "4250", over: "13000", step: "250", reduction: "88", min: "2500" },
        head_of_household: { max: "5200", over: "26000", step: "500", reduction: "135", min: "2500" },
      },
      personalExemption: EXEMPTION,
      dependentExemption: [
        ["0", "1000"],
        ["50000", "500"],
        ["100000", "300"],
      ],
      single: SINGLE,
      married: MARRIED,
    },
    source:
      "Ala. Code 40-18-15 and 40-18-19 as amended in 2021 (from tax year 2022, fixed in law): standard deduction $3,000 S, $8,500 M, $4,250 MS, $5,200 H, reduced from $26,000 ($13,000 MS) of wages to $2,500/$5,000/$2,500/$2,500; dependent $1,000 to $50,000, $500 to $100,000, $300 above; rates and personal exemptions unchanged. Read in Microsoft's Dynamics GP U.S. payroll tax update notes (2022 round; Alabama absent from the 2026 rounds), not in the Department of Revenue's Withholding Tax Tables and Instructions: re-check there",
  },
] as const satisfies readonly Dated<AlabamaYear>[];
