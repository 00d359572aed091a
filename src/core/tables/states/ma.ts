import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** Massachusetts withholding (Circular M, percentage method). */
export type MassachusettsYear = {
  /** The rate on annual taxable wages, with the 4% surtax's row where the year has one. */
  readonly schedule: RateSchedule;
  /** Share of wages deducted for Social Security and Medicare, up to `ficaMaximum` a year. */
  readonly ficaRate: string;
  readonly ficaMaximum: string;
  /** Exemption factors a year: the first exemption, then each further one. */
  readonly firstExemption: string;
  readonly furtherExemption: string;
  /** Deducted a year for an employee who will file as head of household. */
  readonly headOfHousehold: string;
};

export const MASSACHUSETTS: readonly Dated<MassachusettsYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      schedule: [["0", "0.05"]],
      ficaRate: "0.0765",
      ficaMaximum: "2000",
      firstExemption: "4400",
      furtherExemption: "1000",
      headOfHousehold: "2400",
    },
    source:
      "Massachusetts DOR Circular M (effective 1 Jan 2021), percentage method: 5.0%; FICA/Medicare deduction up to $2,000; exemptions $4,400 + $1,000 each further; head of household $2,400",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      schedule: [
        ["0", "0.05"],
        ["1083150", "0.09"],
      ],
      ficaRate: "0.0765",
      ficaMaximum: "2000",
      firstExemption: "4400",
      furtherExemption: "1000",
      headOfHousehold: "2400",
    },
    source:
      "Massachusetts DOR Circular M percentage method (rates, FICA maximum, exemption and head-of-household factors unchanged since 2020; head of household $120 and blind $110 a year as tax values per a 2026 vendor transcription); 4% surtax from 2024 Circular M, with the 2025 threshold $1,083,150 carried to 2026: re-check the 2026 Circular M threshold and how it applies",
  },
] as const satisfies readonly Dated<MassachusettsYear>[];
