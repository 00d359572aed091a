import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** Kansas withholding (KW-100 Withholding Tax Guide, annual percentage method). */
export type KansasYear = {
  /**
   * The larger amount for the first K-4 allowances: one for single or head of household, two for
   * married (the personal exemption, since 2024); "0" when every allowance is worth `allowance`.
   */
  readonly personalAllowance: string;
  /** Each other K-4 allowance (each one before 2024). */
  readonly allowance: string;
  /** Single and head of household, and married (joint) schedules. */
  readonly single: RateSchedule;
  readonly married: RateSchedule;
};

export const KANSAS: readonly Dated<KansasYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-06-30",
    value: {
      personalAllowance: "0",
      allowance: "2250",
      single: [
        ["0", "0"],
        ["3000", "0.031"],
        ["18000", "0.0525"],
        ["33000", "0.057"],
      ],
      married: [
        ["0", "0"],
        ["7500", "0.031"],
        ["37500", "0.0525"],
        ["67500", "0.057"],
      ],
    },
    source:
      "Kansas Department of Revenue, KW-100 Withholding Tax Guide (rates for wages paid on and after 1 July 2017, in force in 2021): $2,250 per K-4 allowance; single/HoH 3.1% over $3,000, $465 + 5.25% over $18,000, $1,252.50 + 5.7% over $33,000; married over $7,500 / $37,500 / $67,500. Revised from July 2021 (zero brackets $3,500/$8,000, per Microsoft's Dynamics GP notes, July 2021 round): later 2021 pay dates need that revision",
  },
  {
    effective: "2026-01-01",
    unverified: true,
    value: {
      personalAllowance: "9160",
      allowance: "2320",
      single: [
        ["0", "0"],
        ["3605", "0.052"],
        ["26605", "0.0558"],
      ],
      married: [
        ["0", "0"],
        ["8240", "0.052"],
        ["54240", "0.0558"],
      ],
    },
    source:
      "K.S.A. 79-32,110, 79-32,119, 79-32,121 as amended by SB 1 (2024), fixed in law: KDOR withholding formula of July 2024 (single/HoH 5.2% over $3,605, $1,196 + 5.58% over $26,605; married over $8,240 / $54,240) as reported by EY and Microsoft's Dynamics GP notes (July 2024 round; Kansas absent from the 2026 rounds); the first allowance (two when married) at the $9,160 personal exemption and the others at $2,320, as USDA NFC bulletin NFC-24-1722617728 describes it (Dynamics GP instead subtracts $9,160/$18,320 whatever the allowances). KW-100 not read: re-check the allowance treatment and whether heads of household have their own table",
  },
] as const satisfies readonly Dated<KansasYear>[];
