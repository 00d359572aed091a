import type { Dated } from "../dated";
import type { PrintedBracket } from "./printed-brackets";

/** Vermont withholding (GB-1210, Income Tax Withholding Instructions, Tables, and Charts: percentage method, printed bases). */
export type VermontYear = {
  /** Annual amount of each W-4VT allowance. */
  readonly allowance: string;
  readonly single: readonly PrintedBracket[];
  readonly married: readonly PrintedBracket[];
};

export const VERMONT: readonly Dated<VermontYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      allowance: "4400",
      single: [
        ["0", "0", "0"],
        ["3175", "0", "0.0335"],
        ["44125", "1371.83", "0.066"],
        ["102375", "5216.33", "0.076"],
        ["210125", "13405.33", "0.0875"],
      ],
      married: [
        ["0", "0", "0"],
        ["9525", "0", "0.0335"],
        ["77925", "2291.40", "0.066"],
        ["174875", "8690.10", "0.076"],
        ["261475", "15271.70", "0.0875"],
      ],
    },
    source:
      "Vermont Department of Taxes GB-1210, 2021 Income Tax Withholding Instructions, Tables, and Charts, annual percentage method: $4,400 per allowance; single 0% to $3,175, 3.35%, 6.6% over $44,125, 7.6% over $102,375, 8.75% over $210,125; married $9,525 / $77,925 / $174,875 / $261,475",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      allowance: "5400",
      single: [
        ["0", "0", "0"],
        ["3925", "0", "0.0335"],
        ["54675", "1700.13", "0.066"],
        ["126775", "6458.73", "0.076"],
        ["260225", "16600.93", "0.0875"],
      ],
      married: [
        ["0", "0", "0"],
        ["11775", "0", "0.0335"],
        ["96475", "2837.45", "0.066"],
        ["216525", "10760.75", "0.076"],
        ["323825", "18915.55", "0.0875"],
      ],
    },
    source:
      "Vermont GB-1210 2026 annual percentage method as transcribed by a payroll vendor (suburbancomputer.com, Vermont, effective January 1, 2026): $5,400 per allowance; single $3,925 / $54,675 / $126,775 / $260,225; married $11,775 / $96,475 / $216,525 / $323,825. The Department's PDF could not be read: RE-CHECK against GB-1210 (2026)",
    unverified: true,
  },
] as const satisfies readonly Dated<VermontYear>[];
