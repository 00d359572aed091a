import type { Dated } from "../dated";

/** Indiana state withholding (Departmental Notice #1): a flat rate on annual wages less exemptions. */
export type IndianaYear = {
  readonly rate: string;
  /** Each WH-4 personal exemption (line 4), annual. */
  readonly personalExemption: string;
  /** Each WH-4 additional dependent exemption (line 5), annual. */
  readonly dependentExemption: string;
};

export const INDIANA: readonly Dated<IndianaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: { rate: "0.0323", personalExemption: "1000", dependentExemption: "1500" },
    source:
      "Indiana Department of Revenue, Departmental Notice #1 (2021): state rate 3.23%; $1,000 per personal exemption, $1,500 per additional dependent exemption",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: { rate: "0.0295", personalExemption: "1000", dependentExemption: "1500" },
    source:
      "IC 6-3-2-1 as amended by HEA 1001-2023: 2.95% for 2026 (also in Microsoft's Dynamics GP U.S. payroll tax update notes, January 2026 round); $1,000 personal and $1,500 dependent exemptions unchanged as far as known. Departmental Notice #1 for 2026 not read: re-check the exemption amounts there",
  },
] as const satisfies readonly Dated<IndianaYear>[];
