import type { Dated } from "../dated";

/** Colorado withholding (DR 1098): flat rate on annualized wages less an annual withholding allowance. */
export type ColoradoYear = {
  readonly rate: string;
  /** Annual allowance when no DR 0004 line 2 amount is given: W-4 married filing jointly. */
  readonly allowanceMarriedJointly: string;
  /** Annual allowance when no DR 0004 line 2 amount is given: every other W-4 status. */
  readonly allowanceOther: string;
  /** How the period's tax is rounded; absent → to cents. */
  readonly rounding?: "whole dollars";
};

export const COLORADO: readonly Dated<ColoradoYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      rate: "0.0455",
      allowanceMarriedJointly: "8000",
      allowanceOther: "4000",
      rounding: "whole dollars",
    },
    unverified: true,
    source:
      "Colorado DR 1098 (12/2020), 'Colorado Income Tax Withholding Worksheet for Employers' for 2021, not read here; as transcribed: 4.55% (Proposition 116; Wolters Kluwer's note of 19 January 2021 on the 2021 worksheet); annual allowance $8,000 married filing jointly, $4,000 all others (TKT Enterprises, citing DR1098_12-2020.pdf); head of household takes the single amount (USDA National Finance Center bulletin TAXES 20-25: single, married filing separately and head of household treated as Single); the period's tax rounded to the nearest dollar, as a payroll vendor's transcription of the federal payroll formula for Colorado has it for 2020 and 2025 ('divide … by 26 and round to the nearest dollar'). Re-check the rate, both allowances and the rounding against DR 1098 (12/2020)",
  },
  {
    effective: "2025-01-01",
    value: { rate: "0.044", allowanceMarriedJointly: "10000", allowanceOther: "5000" },
    source:
      "Colorado DR 1098 (rev. 11/14/23): 4.40% of annualized wages less $10,000 (MFJ) / $5,000 (other) when DR 0004 line 2 is blank. UNCERTAIN for 2026 (one implementation uses $11,000/$5,500): re-check the current DR 1098",
  },
] as const satisfies readonly Dated<ColoradoYear>[];
