import type { Dated } from "../dated";
import type { PrintedBracket } from "./printed-brackets";

/** Iowa withholding (Iowa Withholding Tax Guide, annualized formula). */
export type IowaYear = {
  /** Whether the federal income tax withheld (× pay periods) is subtracted from annual wages. */
  readonly federalDeduction: boolean;
  /**
   * The standard deduction: before 2025 by the IA W-4 allowances claimed (0–1, or 2 or more); since
   * then by the IA W-4 status (married filing jointly with a spouse without earned income; head of
   * household; every other employee).
   */
  readonly standardDeduction:
    | { readonly by: "allowances"; readonly zeroOrOne: string; readonly twoOrMore: string }
    | {
        readonly by: "status";
        readonly marriedOneEarner: string;
        readonly headOfHousehold: string;
        readonly other: string;
      };
  /** Credit against the annual tax for each IA W-4 allowance. */
  readonly allowanceCredit: string;
  /** The printed annual rate table (rounded bases). */
  readonly rows: readonly PrintedBracket[];
};

export const IOWA: readonly Dated<IowaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      federalDeduction: true,
      standardDeduction: { by: "allowances", zeroOrOne: "2130", twoOrMore: "5240" },
      allowanceCredit: "40",
      rows: [
        ["0", "0", "0.0033"],
        ["1676", "5.53", "0.0067"],
        ["3352", "16.76", "0.0225"],
        ["6704", "92.18", "0.0414"],
        ["15084", "439.11", "0.0563"],
        ["25140", "1005.26", "0.0596"],
        ["33520", "1504.71", "0.0625"],
        ["50280", "2552.21", "0.0744"],
        ["75420", "4422.63", "0.0853"],
      ],
    },
    source:
      "Iowa Department of Revenue, Iowa Withholding Tax Guide (rate tables effective 1 January 2021): federal tax withheld deducted; standard deduction $2,130 (0–1 allowances) / $5,240 (2+); $40 credit per allowance; 0.33%–8.53% table",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      federalDeduction: false,
      standardDeduction: {
        by: "status",
        marriedOneEarner: "26000",
        headOfHousehold: "19500",
        other: "13000",
      },
      allowanceCredit: "40",
      rows: [["0", "0", "0.038"]],
    },
    source:
      "Iowa withholding formula 2026: flat 3.8% (Iowa Code 422.5A as amended by SF 2442 (2024)); federal tax no longer deducted; standard deduction $26,000 married filing jointly with a spouse without earned income, $19,500 head of household, $13,000 every other IA W-4; $40 credit per allowance. Read in Microsoft's Dynamics GP U.S. payroll tax update notes (January 2026 round), not in the Department of Revenue's withholding tables: re-check there",
  },
] as const satisfies readonly Dated<IowaYear>[];
