import type { Dated } from "../dated";

/** Arizona withholding (Form A-4): a percentage of wages the employee elects. */
export type ArizonaYear = {
  /** The rate withheld when no A-4 is on file or the A-4 elects no percentage. */
  readonly defaultRate: string;
};

export const ARIZONA: readonly Dated<ArizonaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: { defaultRate: "0.027" },
    source:
      "Arizona Form A-4 (rev. 2020) and A.R.S. 43-403: elected rates 0.8%–5.1% or zero; 2.7% of gross taxable wages when no A-4 is on file",
  },
  {
    effective: "2026-01-01",
    unverified: true,
    value: { defaultRate: "0.02" },
    source:
      "Arizona Form A-4 (rev. 2023, for the 2.5% flat tax) and A.R.S. 43-403: elected rates 0.5%–3.5% or zero; 2.0% when no A-4 is on file. The 0.5%–3.5% choices also in Microsoft's Dynamics GP U.S. payroll tax update notes (January 2023 round); the 2.0% default is from the form as recalled, not read in a stored copy: re-check it on the current A-4",
  },
] as const satisfies readonly Dated<ArizonaYear>[];
