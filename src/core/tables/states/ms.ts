import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** Mississippi withholding (Pub. 89-700, Withholding Income Tax Tables and Employer Instructions, percentage method). */
export type MississippiYear = {
  /** Annual standard deduction by MS-W4 status. */
  readonly standardDeduction: {
    readonly single: string;
    /** Married, spouse not employed. */
    readonly married: string;
    /** Married, spouse employed. */
    readonly marriedBothWorking: string;
    readonly headOfHousehold: string;
  };
  readonly schedule: RateSchedule;
};

const DEDUCTIONS = { single: "2300", married: "4600", marriedBothWorking: "2300", headOfHousehold: "3400" };

export const MISSISSIPPI: readonly Dated<MississippiYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      standardDeduction: DEDUCTIONS,
      schedule: [
        ["0", "0"],
        ["4000", "0.03"],
        ["5000", "0.04"],
        ["10000", "0.05"],
      ],
    },
    source:
      "Mississippi DOR Pub. 89-700 (2021): standard deduction $2,300 single / $4,600 married (spouse not employed) / $2,300 married (spouse employed) / $3,400 head of household; 0% on the first $4,000, 3% to $5,000, 4% to $10,000, 5% above; rounded to the nearest dollar",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      standardDeduction: DEDUCTIONS,
      schedule: [
        ["0", "0"],
        ["10000", "0.04"],
      ],
    },
    source:
      "Mississippi DOR 2026 withholding formula as reported by Bloomberg Tax: 4% (from 4.4%) on taxable income over $10,000, standard deductions unchanged ($2,300 / $4,600 / $2,300 / $3,400). Not read in Pub. 89-700 itself: re-check",
  },
] as const satisfies readonly Dated<MississippiYear>[];
