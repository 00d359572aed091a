import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** District of Columbia withholding (FR-230 formula): one schedule for every status. */
export type DistrictOfColumbiaYear = {
  /** Annual amount of each D-4 withholding allowance. */
  readonly allowance: string;
  readonly rates: RateSchedule;
};

export const DISTRICT_OF_COLUMBIA: readonly Dated<DistrictOfColumbiaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      allowance: "4150",
      rates: [
        ["0", "0.04"],
        ["10000", "0.06"],
        ["40000", "0.065"],
        ["60000", "0.085"],
        ["350000", "0.0875"],
        ["1000000", "0.0895"],
      ],
    },
    source:
      "DC OTR FR-230 Income Tax Withholding Instructions and Tables (2018 on, in force 2021): $4,150 per allowance; 4% to $10,000, 6%, 6.5% over $40,000, 8.5% over $60,000, 8.75% over $350,000, 8.95% over $1,000,000",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      allowance: "4300",
      rates: [
        ["0", "0.04"],
        ["10000", "0.06"],
        ["40000", "0.065"],
        ["60000", "0.085"],
        ["250000", "0.0925"],
        ["500000", "0.0975"],
        ["1000000", "0.1075"],
      ],
    },
    source:
      "CARRIED FORWARD from the 2022 formula (USDA NFC bulletin NFC-22-1668460546, DC withholding from pay period 22, 2022: $4,300 per allowance; rates of D.C. Code §47-1806.03(a)(10): 4%, 6%, 6.5%, 8.5%, 9.25% over $250,000, 9.75% over $500,000, 10.75% over $1,000,000). No 2026 OTR FR-230 could be read: RE-CHECK the allowance amount (it follows the DC standard deduction/exemption indexing) and the brackets",
    unverified: true,
  },
] as const satisfies readonly Dated<DistrictOfColumbiaYear>[];
