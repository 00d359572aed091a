import type { Dated } from "../dated";

/** Annual employee limits on pre-tax and elective deferrals for one calendar year. */
export type BenefitLimitsYear = {
  /** §402(g) elective deferral limit (traditional and Roth 401(k) together). */
  readonly elective401k: string;
  /** §414(v) catch-up for employees aged 50 or over by year end. */
  readonly catchUp50: string;
  /** SECURE 2.0 "super" catch-up for ages 60–63 at year end (replaces catchUp50); "0" when not in force. */
  readonly catchUp60to63: string;
  /** §223(b) HSA limit, self-only coverage. */
  readonly hsaSelf: string;
  /** §223(b) HSA limit, family coverage. */
  readonly hsaFamily: string;
  /** §223(b)(3) HSA catch-up, age 55 or over by year end. */
  readonly hsaCatchUp55: string;
  /** §125(i) health FSA salary-reduction limit. */
  readonly healthFsa: string;
  /** §129 dependent care assistance limit per household (MFS: half; the engine applies the full limit). */
  readonly dependentCare: string;
};

/** Benefit limits keyed by pay date. */
export const BENEFIT_LIMITS: readonly Dated<BenefitLimitsYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    source:
      "Notice 2020-79 (401(k) $19,500, catch-up $6,500); Rev. Proc. 2020-32 (HSA $3,600/$7,200); Rev. Proc. 2020-45 (FSA $2,750); ARPA §9632 (DCAP $10,500 for 2021)",
    value: {
      elective401k: "19500",
      catchUp50: "6500",
      catchUp60to63: "0",
      hsaSelf: "3600",
      hsaFamily: "7200",
      hsaCatchUp55: "1000",
      healthFsa: "2750",
      dependentCare: "10500",
    },
  },
  {
    effective: "2025-01-01",
    through: "2025-12-31",
    source:
      "Notice 2024-80 (401(k) $23,500, catch-up $7,500, ages 60–63 $11,250); Rev. Proc. 2024-25 (HSA $4,300/$8,550); Rev. Proc. 2024-40 (FSA $3,300); §129 (DCAP $5,000)",
    value: {
      elective401k: "23500",
      catchUp50: "7500",
      catchUp60to63: "11250",
      hsaSelf: "4300",
      hsaFamily: "8550",
      hsaCatchUp55: "1000",
      healthFsa: "3300",
      dependentCare: "5000",
    },
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    source:
      "Notice 2025-67 / IR-2025-111 (401(k) $24,500, catch-up $8,000, ages 60–63 $11,250); Rev. Proc. 2025-19 (HSA $4,400/$8,750); Rev. Proc. 2025-32 (FSA $3,400); OBBBA §129 (DCAP $7,500)",
    value: {
      elective401k: "24500",
      catchUp50: "8000",
      catchUp60to63: "11250",
      hsaSelf: "4400",
      hsaFamily: "8750",
      hsaCatchUp55: "1000",
      healthFsa: "3400",
      dependentCare: "7500",
    },
  },
] as const satisfies readonly Dated<BenefitLimitsYear>[];
