import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** Missouri withholding (Missouri Withholding Tax Formula, annual amounts). */
export type MissouriYear = {
  /** Annual standard deduction by MO W-4 status. */
  readonly standardDeduction: {
    /** Single, married filing separately, and married with a working spouse. */
    readonly single: string;
    /** Married, spouse not working. */
    readonly married: string;
    readonly headOfHousehold: string;
  };
  readonly schedule: RateSchedule;
};

export const MISSOURI: readonly Dated<MissouriYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      standardDeduction: { single: "12550", married: "25100", headOfHousehold: "18800" },
      schedule: [
        ["0", "0.015"],
        ["1088", "0.02"],
        ["2176", "0.025"],
        ["3264", "0.03"],
        ["4352", "0.035"],
        ["5440", "0.04"],
        ["6528", "0.045"],
        ["7616", "0.05"],
        ["8704", "0.054"],
      ],
    },
    source:
      "Missouri DOR, 2021 Missouri Withholding Tax Formula: standard deduction $12,550 (single, MFS, married spouse works) / $25,100 (married spouse does not work) / $18,800 (head of household); 1.5% to $1,088, then +0.5% each $1,088 to 5.0%, 5.4% over $8,704; rounded to the nearest dollar",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      standardDeduction: { single: "16100", married: "32200", headOfHousehold: "24150" },
      schedule: [
        ["0", "0"],
        ["1313", "0.02"],
        ["2626", "0.025"],
        ["3939", "0.03"],
        ["5252", "0.035"],
        ["6565", "0.04"],
        ["7878", "0.045"],
        ["9191", "0.047"],
      ],
    },
    source:
      "2026 standard deductions $16,100 / $32,200 / $24,150 (the 2026 federal amounts Missouri follows; vendor transcription of the 2026 formula); brackets are the 2025 Missouri Withholding Tax Formula's (0% to $1,313, 2%–4.5% in $1,313 steps, 4.7% over $9,191, as transcribed by PolicyEngine): re-check the 2026 formula's brackets and top rate (4.6% if the statutory trigger was met)",
  },
] as const satisfies readonly Dated<MissouriYear>[];
