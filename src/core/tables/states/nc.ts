import type { Dated } from "../dated";

/** North Carolina withholding (NC-30, annual percentage method): a flat rate after deductions. */
export type NorthCarolinaYear = {
  readonly rate: string;
  /** Annual standard deduction by NC-4 status (married filing jointly: each spouse's share). */
  readonly standardDeduction: {
    readonly single: string;
    readonly marriedJointly: string;
    readonly headOfHousehold: string;
  };
  /** Annual amount per NC-4 allowance. */
  readonly allowance: string;
};

export const NORTH_CAROLINA: readonly Dated<NorthCarolinaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      rate: "0.0535",
      standardDeduction: { single: "10750", marriedJointly: "10750", headOfHousehold: "16125" },
      allowance: "2500",
    },
    source:
      "North Carolina NC-30 (2021), annual percentage method: 5.35%; standard deduction $10,750 single, married filing jointly or separately, $16,125 head of household; $2,500 per allowance; cross-checked against the peer vectors",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      rate: "0.0409",
      standardDeduction: { single: "12750", marriedJointly: "12750", headOfHousehold: "19125" },
      allowance: "2500",
    },
    unverified: true,
    source:
      "North Carolina 2026: withholding rate 4.09% (G.S. 105-163.2: 0.1% above the 3.99% individual rate of G.S. 105-153.7 for 2026); standard deduction $12,750 single and married filing jointly (each spouse's half of $25,500), $19,125 head of household (G.S. 105-153.5); $2,500 per allowance (as transcribed for 2026 by a third-party payroll publisher, halfpricesoft.com). Not read from NC-30 (2026) here: re-check its withholding rate, deductions and allowance",
  },
] as const satisfies readonly Dated<NorthCarolinaYear>[];
