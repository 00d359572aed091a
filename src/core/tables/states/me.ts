import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** One Maine status's figures: its rate schedule and its standard deduction with the phase-out. */
export type MaineStatus = {
  readonly schedule: RateSchedule;
  /** Full annual standard deduction, for annual wages up to `phaseOutFrom`. */
  readonly standardDeduction: string;
  /** Annual wages where the deduction starts to shrink; it is zero from `phaseOutFrom` + `phaseOutRange`. */
  readonly phaseOutFrom: string;
  readonly phaseOutRange: string;
};

/** Maine withholding (Maine Revenue Services, Withholding Tables for Individual Income Tax, percentage method). */
export type MaineYear = {
  /** Annual amount per W-4ME allowance. */
  readonly allowance: string;
  readonly single: MaineStatus;
  readonly married: MaineStatus;
};

export const MAINE: readonly Dated<MaineYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      allowance: "4300",
      single: {
        schedule: [
          ["0", "0.058"],
          ["22450", "0.0675"],
          ["53150", "0.0715"],
        ],
        standardDeduction: "9700",
        phaseOutFrom: "83850",
        phaseOutRange: "75000",
      },
      married: {
        schedule: [
          ["0", "0.058"],
          ["44950", "0.0675"],
          ["106350", "0.0715"],
        ],
        standardDeduction: "22250",
        phaseOutFrom: "167700",
        phaseOutRange: "150000",
      },
    },
    source:
      "Maine Revenue Services, 2021 Withholding Tables for Individual Income Tax (percentage method): allowance $4,300; standard deduction $9,700 single (phase-out $83,850–$158,850) / $22,250 married ($167,700–$317,700); 5.8% / 6.75% over $22,450 (married $44,950) / 7.15% over $53,150 ($106,350); rounded to the nearest dollar",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      allowance: "5300",
      single: {
        schedule: [
          ["0", "0.058"],
          ["27400", "0.0675"],
          ["64850", "0.0715"],
        ],
        standardDeduction: "12450",
        phaseOutFrom: "102250",
        phaseOutRange: "75000",
      },
      married: {
        schedule: [
          ["0", "0.058"],
          ["54850", "0.0675"],
          ["129750", "0.0715"],
        ],
        standardDeduction: "27750",
        phaseOutFrom: "204550",
        phaseOutRange: "150000",
      },
    },
    source:
      "Maine Revenue Services 2026 withholding methods (released 15 Oct 2025) as reported by Bloomberg Tax: allowance $5,300; withholding standard deduction $12,450 single / $27,750 married, phasing out from $102,250 / $204,550 over $75,000 / $150,000. Brackets: MRS 'Individual Income Tax 2026 Rates' (15 Sep 2025, as reported by Thomson Reuters), which the withholding tables follow: 5.8%, 6.75% over $27,400 (married $54,850), 7.15% over $64,850 ($129,750). Not read in the MRS withholding booklet itself: re-check",
  },
] as const satisfies readonly Dated<MaineYear>[];
