import type { Dated } from "../dated";

/** Illinois withholding (Booklet IL-700-T, automated payroll method). */
export type IllinoisYear = {
  readonly rate: string;
  /** IL-W-4 line 1: basic allowance, annual amount each. */
  readonly basicAllowance: string;
  /** IL-W-4 line 2: additional allowance (65 or older, or blind), annual amount each. */
  readonly additionalAllowance: string;
};

export const ILLINOIS: readonly Dated<IllinoisYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: { rate: "0.0495", basicAllowance: "2375", additionalAllowance: "1000" },
    source: "Illinois Booklet IL-700-T (2021): 4.95%; line 1 allowance $2,375; line 2 allowance $1,000",
  },
  {
    effective: "2025-01-01",
    through: "2025-12-31",
    value: { rate: "0.0495", basicAllowance: "2850", additionalAllowance: "1000" },
    source: "Illinois Booklet IL-700-T (2025): 4.95%; line 1 allowance $2,850; line 2 allowance $1,000",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: { rate: "0.0495", basicAllowance: "2925", additionalAllowance: "1000" },
    source:
      "Illinois Booklet IL-700-T (R-12/25), pp. 3–4: 4.95%; line 1 allowance $2,925; line 2 allowance $1,000",
  },
] as const satisfies readonly Dated<IllinoisYear>[];
