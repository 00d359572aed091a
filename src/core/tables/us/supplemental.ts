import type { Dated } from "../dated";

/** Federal withholding rates on supplemental wages (bonuses, commissions paid apart from wages). */
export type SupplementalYear = {
  /** Optional flat rate on supplemental wages up to the mandatory threshold for the year. */
  readonly flatRate: string;
  /** Mandatory rate on the year's supplemental wages above the threshold. */
  readonly mandatoryRate: string;
  /** Supplemental wages in a calendar year above which the mandatory rate applies. */
  readonly mandatoryOver: string;
};

/** Unchanged since the 2018 rate schedule; one open-ended entry. */
export const SUPPLEMENTAL: readonly Dated<SupplementalYear>[] = [
  {
    effective: "2018-01-01",
    source:
      "IRS Pub 15 (2026), section 7, Supplemental Wages: optional flat rate 22%; mandatory 37% on supplemental wages over $1,000,000 in the calendar year (Treas. Reg. §31.3402(g)-1)",
    value: { flatRate: "0.22", mandatoryRate: "0.37", mandatoryOver: "1000000" },
  },
] as const satisfies readonly Dated<SupplementalYear>[];
