import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** South Carolina withholding (WH-1603F, Formula for Computing SC Withholding Tax). */
export type SouthCarolinaYear = {
  /** Annual deduction for each SC W-4 allowance. */
  readonly allowance: string;
  /** Standard deduction with one or more allowances: this share of annual wages, up to `standardDeductionMax`. */
  readonly standardDeductionRate: string;
  readonly standardDeductionMax: string;
  readonly rates: RateSchedule;
};

export const SOUTH_CAROLINA: readonly Dated<SouthCarolinaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      allowance: "2670",
      standardDeductionRate: "0.10",
      standardDeductionMax: "4200",
      rates: [
        ["0", "0.005"],
        ["2800", "0.03"],
        ["5610", "0.04"],
        ["8410", "0.05"],
        ["11220", "0.06"],
        ["14030", "0.07"],
      ],
    },
    source:
      "SC DOR WH-1603F Formula for Computing SC Withholding Tax (2021): $2,670 per exemption; 10% standard deduction up to $4,200; 0.5% to $2,800, then 3%, 4%, 5%, 6%, 7% over $14,030",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      allowance: "4310",
      standardDeductionRate: "0.10",
      standardDeductionMax: "6475",
      rates: [
        ["0", "0"],
        ["3330", "0.03"],
        ["16680", "0.065"],
      ],
    },
    source:
      "CARRIED FORWARD from SC DOR WH-1603F 2023 (Rev. 11/1/22): $4,310 per allowance; 10% standard deduction up to $6,475; 0% to $3,330, 3% to $16,680, 6.5% above. No 2026 WH-1603F could be read: RE-CHECK all figures (the top rate has fallen since 2023 and 2026 legislation changed the brackets)",
    unverified: true,
  },
] as const satisfies readonly Dated<SouthCarolinaYear>[];
