import type { Dated } from "../dated";

/** Utah's figures for one status (single, or married filing jointly). */
export type UtahStatus = {
  /** Base allowance, a credit against the tax. */
  readonly baseAllowance: string;
  /** Annual wages above which the base allowance is reduced by `reductionRate` of the excess. */
  readonly reductionOver: string;
};

/** Utah withholding (Publication 14, percentage method). */
export type UtahYear = {
  readonly rate: string;
  readonly reductionRate: string;
  readonly single: UtahStatus;
  readonly married: UtahStatus;
};

export const UTAH: readonly Dated<UtahYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      rate: "0.0495",
      reductionRate: "0.013",
      single: { baseAllowance: "360", reductionOver: "7128" },
      married: { baseAllowance: "720", reductionOver: "14256" },
    },
    source:
      "Utah State Tax Commission Publication 14 (rev. 1/21), Utah Withholding Schedules: 4.95%; base allowance $360 single / $720 married, reduced by 1.3% of wages over $7,128 / $14,256",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      rate: "0.045",
      reductionRate: "0.013",
      single: { baseAllowance: "450", reductionOver: "9107" },
      married: { baseAllowance: "900", reductionOver: "18213" },
    },
    source:
      "CARRIED FORWARD from Utah Publication 14 schedules effective June 1, 2025 as transcribed by a payroll vendor (suburbancomputer.com, Utah, effective June 1, 2025): 4.5%; base allowance $450 / $900; 1.3% reduction over $9,107 / $18,213. No 2026 Pub 14 could be read: RE-CHECK the rate and amounts",
    unverified: true,
  },
] as const satisfies readonly Dated<UtahYear>[];
