import type { Dated } from "../dated";

/** Kentucky withholding (Withholding Tax Formula): a flat rate on annual wages less the standard deduction. */
export type KentuckyYear = {
  readonly rate: string;
  /** Annual standard deduction (KRS 141.081, indexed yearly). */
  readonly standardDeduction: string;
};

export const KENTUCKY: readonly Dated<KentuckyYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: { rate: "0.05", standardDeduction: "2690" },
    source:
      "Kentucky Department of Revenue, 2021 Withholding Tax Formula: 5% flat rate; $2,690 standard deduction",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: { rate: "0.035", standardDeduction: "3360" },
    source:
      "Kentucky Department of Revenue, 2026 Withholding Tax Formula (released 15 Oct 2025), as reported by Bloomberg Tax: 3.5% flat rate; $3,360 standard deduction. Not read in the DOR publication itself: re-check both figures",
  },
] as const satisfies readonly Dated<KentuckyYear>[];
