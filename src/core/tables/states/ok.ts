import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** Oklahoma withholding (OW-2, percentage method, annual tables; the zero band is the standard deduction). */
export type OklahomaYear = {
  /** Annual amount per OK-W-4 allowance. */
  readonly allowance: string;
  readonly single: RateSchedule;
  readonly married: RateSchedule;
};

export const OKLAHOMA: readonly Dated<OklahomaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      allowance: "1000",
      single: [
        ["0", "0"],
        ["6350", "0.005"],
        ["7350", "0.01"],
        ["8850", "0.02"],
        ["10100", "0.03"],
        ["11250", "0.04"],
        ["13550", "0.05"],
      ],
      married: [
        ["0", "0"],
        ["12700", "0.005"],
        ["14700", "0.01"],
        ["17700", "0.02"],
        ["20200", "0.03"],
        ["22500", "0.04"],
        ["24900", "0.05"],
      ],
    },
    source:
      "Oklahoma OW-2 Income Tax Withholding Tables (2021), percentage method annual tables for single and married persons; $1,000 per allowance; withholding rounded to the whole dollar; cross-checked against the peer vectors",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      allowance: "1000",
      single: [
        ["0", "0"],
        ["10100", "0.025"],
        ["11250", "0.035"],
        ["13550", "0.045"],
      ],
      married: [
        ["0", "0"],
        ["20200", "0.025"],
        ["22500", "0.035"],
        ["27100", "0.045"],
      ],
    },
    unverified: true,
    source:
      "Oklahoma OW-2 (2026): married table (over $20,200 2.5%, $22,500 3.5%, $27,100 4.5%) and $1,000 allowance as transcribed by a third-party payroll publisher (suburbancomputer.com); the single table is inferred from the 2026 rate schedule (68 O.S. 2355: 2.5% / 3.5% / 4.5% over $3,750 / $4,900 / $7,200) plus the $6,350 standard deduction, not transcribed. Re-check both tables against OW-2 (2026)",
  },
] as const satisfies readonly Dated<OklahomaYear>[];
