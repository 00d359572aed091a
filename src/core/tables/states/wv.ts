import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** West Virginia withholding (IT-100.1A/IT-100.2A, percentage method). */
export type WestVirginiaYear = {
  /** Annual amount of each IT-104 exemption. */
  readonly exemption: string;
  /** Two earners / two or more jobs: the table for every employee who has not asked for the lower rate. */
  readonly twoEarner: RateSchedule;
  /** One earner / one job (single, head of household, or married with a spouse not employed), on request on the IT-104. */
  readonly oneEarner: RateSchedule;
};

export const WEST_VIRGINIA: readonly Dated<WestVirginiaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      exemption: "2000",
      twoEarner: [
        ["0", "0.03"],
        ["6000", "0.04"],
        ["15000", "0.045"],
        ["24000", "0.06"],
        ["36000", "0.065"],
      ],
      oneEarner: [
        ["0", "0.03"],
        ["10000", "0.04"],
        ["25000", "0.045"],
        ["40000", "0.06"],
        ["60000", "0.065"],
      ],
    },
    source:
      "West Virginia State Tax Department IT-100.1A Employer's Withholding Tax Tables (Rev. 1-07, in force through 2022), percentage method: $2,000 per exemption; two-earner 3% to $6,000, 4%, 4.5% over $15,000, 6% over $24,000, 6.5% over $36,000; one-earner $10,000 / $25,000 / $40,000 / $60,000; withholding rounded to the nearest whole dollar",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      exemption: "2000",
      twoEarner: [
        ["0", "0.0236"],
        ["7500", "0.0315"],
        ["18750", "0.0354"],
        ["30000", "0.0472"],
        ["45000", "0.0512"],
      ],
      oneEarner: [
        ["0", "0.0236"],
        ["10000", "0.0315"],
        ["25000", "0.0354"],
        ["40000", "0.0472"],
        ["60000", "0.0512"],
      ],
    },
    source:
      "CARRIED FORWARD from WV IT-100.1A / IT-100.2A (March 2023, after HB 2526): $2,000 per exemption; 2.36%, 3.15%, 3.54%, 4.72%, 5.12%; two-earner brackets $7,500 / $18,750 / $30,000 / $45,000 (annual, from the weekly and biweekly tables), one-earner $10,000 / $25,000 / $40,000 / $60,000. No 2026 table could be read: RE-CHECK (the 2025 and later rate cuts lowered every rate)",
    unverified: true,
  },
] as const satisfies readonly Dated<WestVirginiaYear>[];
