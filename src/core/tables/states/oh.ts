import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** Ohio withholding (Employer Withholding Tax: Optional Computer Formula, annual figures). */
export type OhioYear = {
  /** Annual amount per IT-4 exemption. */
  readonly exemption: string;
  readonly schedule: RateSchedule;
  /** The formula's withholding adjustment factor, applied to the annual tax. */
  readonly adjustment: string;
};

export const OHIO: readonly Dated<OhioYear>[] = [
  {
    effective: "2021-01-01",
    // Ohio revised its tables for wages paid from 1 September 2021 (H.B. 110); not loaded here.
    through: "2021-08-31",
    value: {
      exemption: "650",
      schedule: [
        ["0", "0.005"],
        ["5000", "0.01"],
        ["10000", "0.02"],
        ["15000", "0.025"],
        ["20000", "0.03"],
        ["40000", "0.035"],
        ["80000", "0.04"],
        ["100000", "0.05"],
      ],
      adjustment: "1.032",
    },
    source:
      "Ohio Employer Withholding Tax: Optional Computer Formula (effective 1 January 2020, in force until 31 August 2021): $650 per exemption; 0.5%–5% annual schedule; annual tax × 1.032; cross-checked against the peer vectors",
  },
] as const satisfies readonly Dated<OhioYear>[];
