import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** Virginia withholding (Employer Withholding Instructions, formula for computing the tax). */
export type VirginiaYear = {
  readonly standardDeduction: string;
  /** VA-4 line 1(a): each personal exemption (self, spouse, dependents). */
  readonly exemption: string;
  /** VA-4 line 1(b): each exemption for age 65 or blindness. */
  readonly ageBlindExemption: string;
  readonly rates: RateSchedule;
};

const RATES: RateSchedule = [
  ["0", "0.02"],
  ["3000", "0.03"],
  ["5000", "0.05"],
  ["17000", "0.0575"],
];

export const VIRGINIA: readonly Dated<VirginiaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: { standardDeduction: "4500", exemption: "930", ageBlindExemption: "800", rates: RATES },
    source:
      "Virginia Department of Taxation Employer Withholding Instructions (rev. 2019, in force 2021), Formula for Computing Tax to be Withheld: standard deduction $4,500; $930 per exemption, $800 per age/blind exemption; 2% to $3,000, 3% to $5,000, 5% to $17,000, 5.75% above",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: { standardDeduction: "8750", exemption: "930", ageBlindExemption: "800", rates: RATES },
    source:
      "Virginia Employer Withholding Instructions (formula effective July 1, 2025, for tax years 2025–2026) as reported by Bloomberg Tax ('Virginia Updates Withholding Methods Effective July 1'): standard deduction $8,750 (single amount used in the formula); exemptions $930 / $800 and rates unchanged. The Department's PDF could not be read: RE-CHECK; the law reverts the deduction to $3,000 after 2026",
    unverified: true,
  },
] as const satisfies readonly Dated<VirginiaYear>[];
