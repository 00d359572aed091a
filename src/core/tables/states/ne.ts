import type { Dated } from "../dated";
import type { PrintedBrackets } from "./printed-brackets";

/** Nebraska withholding (Circular EN, percentage method, annual figures). */
export type NebraskaYear = {
  /** Annual amount per W-4N allowance. */
  readonly allowance: string;
  /** Special withholding rate: the least withheld, as a share of the annualized wages. */
  readonly minimumRate: string;
  /** Single (and head of household) table; married filing jointly table. Printed add-on amounts. */
  readonly single: PrintedBrackets;
  readonly married: PrintedBrackets;
};

export const NEBRASKA: readonly Dated<NebraskaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      allowance: "1960",
      minimumRate: "0.015",
      single: [
        ["0", "0", "0"],
        ["2975", "0", "0.0226"],
        ["5480", "56.61", "0.0322"],
        ["17790", "452.99", "0.0491"],
        ["25780", "845.30", "0.062"],
        ["32730", "1276.20", "0.0659"],
        ["61470", "3170.17", "0.0695"],
      ],
      married: [
        ["0", "0", "0"],
        ["7100", "0", "0.0226"],
        ["10610", "79.33", "0.0322"],
        ["26420", "588.41", "0.0491"],
        ["41100", "1309.20", "0.062"],
        ["50990", "1922.38", "0.0659"],
        ["67620", "3018.30", "0.0695"],
      ],
    },
    source:
      "2017 Nebraska Circular EN (8-429-1998 Rev. 11-2020: rates, brackets and allowance unchanged since 2017), annual percentage method tables; $1,960 per allowance; 1.5% special withholding rate (316 NAC 21-004.01C: at least 1.5% of wages less tax-qualified deductions); cross-checked against the peer vectors",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      allowance: "2440",
      minimumRate: "0.015",
      single: [
        ["0", "0", "0"],
        ["3430", "0", "0.0226"],
        ["6710", "74.13", "0.0322"],
        ["21810", "560.35", "0.0421"],
        ["31610", "972.93", "0.0435"],
        ["40130", "1343.55", "0.0448"],
        ["75370", "2922.30", "0.046"],
      ],
      married: [
        ["0", "0", "0"],
        ["8190", "0", "0.0226"],
        ["13010", "108.93", "0.0322"],
        ["32400", "733.29", "0.0421"],
        ["50400", "1491.09", "0.0435"],
        ["62530", "2018.75", "0.0448"],
        ["82920", "2932.22", "0.046"],
      ],
    },
    unverified: true,
    source:
      "2026 Nebraska Circular EN annual percentage method tables and $2,440 allowance as transcribed by third-party payroll publishers (suburbancomputer.com, halfpricesoft.com), not read from the Circular here; re-check every row, the allowance and whether the 1.5% special withholding rate still applies",
  },
] as const satisfies readonly Dated<NebraskaYear>[];
