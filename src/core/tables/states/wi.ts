import type { Dated } from "../dated";
import type { PrintedBracket } from "./printed-brackets";

/** A deduction of `amount`, reduced by `rate` of annual wages over `over` (not below zero). */
export type WisconsinDeduction = { readonly amount: string; readonly over: string; readonly rate: string };

/** Wisconsin withholding (Publication W-166, Method B formula). */
export type WisconsinYear = {
  /** Standard deduction by status (zero where the year's tables already build it in). */
  readonly deduction: { readonly single: WisconsinDeduction; readonly married: WisconsinDeduction };
  /** Each WT-4 exemption: an annual deduction from wages, and a credit against the tax. */
  readonly exemptionDeduction: string;
  readonly exemptionCredit: string;
  readonly single: readonly PrintedBracket[];
  readonly married: readonly PrintedBracket[];
};

const NONE: WisconsinDeduction = { amount: "0", over: "0", rate: "0" };

const BRACKETS_2022: readonly PrintedBracket[] = [
  ["0", "0", "0.0354"],
  ["12760", "451.70", "0.0465"],
  ["25520", "1045.04", "0.053"],
  ["280950", "14582.83", "0.0765"],
];

export const WISCONSIN: readonly Dated<WisconsinYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      deduction: { single: NONE, married: NONE },
      exemptionDeduction: "0",
      exemptionCredit: "22",
      single: [
        ["0", "0", "0"],
        ["5730", "0", "0.04"],
        ["15200", "378.80", "0.0448"],
        ["16486", "436.41", "0.065408"],
        ["26227", "1073.55", "0.070224"],
        ["62950", "3652.39", "0.0627"],
        ["240190", "14765.34", "0.0765"],
      ],
      married: [
        ["0", "0", "0"],
        ["7870", "0", "0.04"],
        ["18780", "436.40", "0.0584"],
        ["21400", "589.41", "0.07008"],
        ["28308", "1073.52", "0.07524"],
        ["60750", "3514.46", "0.0627"],
        ["240190", "14765.35", "0.0765"],
      ],
    },
    source:
      "Wisconsin DOR Publication W-166 (11/20), tables effective for withholding periods beginning on or after April 1, 2014, Method B: annual wage tables (standard deduction built in) for single and married; $22 credit per exemption",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      deduction: {
        single: { amount: "6702", over: "17780", rate: "0.12" },
        married: { amount: "9461", over: "25727", rate: "0.20" },
      },
      exemptionDeduction: "400",
      exemptionCredit: "0",
      single: BRACKETS_2022,
      married: BRACKETS_2022,
    },
    source:
      "CARRIED FORWARD: Wisconsin W-166 tables effective January 1, 2022 (still the tables of W-166 (6/24)), alternate formula as transcribed by a payroll vendor (suburbancomputer.com, Wisconsin, effective January 1, 2022): deduction $6,702 less 12% of wages over $17,780 (single) / $9,461 less 20% over $25,727 (married); $400 per exemption; 3.54%, 4.65% over $12,760 (+$451.70), 5.30% over $25,520 (+$1,045.04), 7.65% over $280,950 (+$14,582.83). RE-CHECK against the current W-166 for 2026",
    unverified: true,
  },
] as const satisfies readonly Dated<WisconsinYear>[];
