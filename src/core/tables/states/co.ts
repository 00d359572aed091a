import type { Dated } from "../dated";

/** Colorado withholding (DR 1098): flat rate on annualized wages less an annual withholding allowance. */
export type ColoradoYear = {
  readonly rate: string;
  /** Annual allowance when no DR 0004 line 2 amount is given: W-4 married filing jointly. */
  readonly allowanceMarriedJointly: string;
  /** Annual allowance when no DR 0004 line 2 amount is given: every other W-4 status. */
  readonly allowanceOther: string;
};

export const COLORADO: readonly Dated<ColoradoYear>[] = [
  {
    effective: "2025-01-01",
    value: { rate: "0.044", allowanceMarriedJointly: "10000", allowanceOther: "5000" },
    source:
      "Colorado DR 1098 (rev. 11/14/23): 4.40% of annualized wages less $10,000 (MFJ) / $5,000 (other) when DR 0004 line 2 is blank. UNCERTAIN for 2026 (one implementation uses $11,000/$5,500): re-check the current DR 1098",
  },
] as const satisfies readonly Dated<ColoradoYear>[];
