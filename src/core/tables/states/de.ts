import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** Delaware withholding (Division of Revenue withholding tables, annualized formula). */
export type DelawareYear = {
  readonly standardDeductionSingle: string;
  readonly standardDeductionMarried: string;
  /** Personal credit for each allowance on the DE W-4 (a credit against the annual tax). */
  readonly allowanceCredit: string;
  readonly schedule: RateSchedule;
};

const DELAWARE_SINCE_2014: DelawareYear = {
  standardDeductionSingle: "3250",
  standardDeductionMarried: "6500",
  allowanceCredit: "110",
  schedule: [
    ["0", "0"],
    ["2000", "0.022"],
    ["5000", "0.039"],
    ["10000", "0.048"],
    ["20000", "0.052"],
    ["25000", "0.0555"],
    ["60000", "0.066"],
  ],
};

export const DELAWARE: readonly Dated<DelawareYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: DELAWARE_SINCE_2014,
    source:
      "Delaware Division of Revenue, Withholding Tax Tables and formula (2021): standard deduction $3,250 single / $6,500 married filing jointly; $110 personal credit per allowance; 0%–6.6% over $60,000 (30 Del. C. 1102)",
  },
  {
    effective: "2026-01-01",
    unverified: true,
    value: DELAWARE_SINCE_2014,
    source:
      "30 Del. C. 1102, 1108, 1110: rates, standard deduction and $110 personal credit fixed in law and unchanged since 2014, as far as known; Delaware also appears in no Dynamics GP U.S. payroll tax update since 2019. The Division of Revenue's current withholding formula was not read: re-check it",
  },
] as const satisfies readonly Dated<DelawareYear>[];
