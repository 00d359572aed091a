import type { Dated } from "../dated";

/** Michigan withholding (Form 446, percentage method): a flat rate on wages less the personal exemptions. */
export type MichiganYear = {
  readonly rate: string;
  /** Annual amount per MI-W4 line 6 exemption (indexed yearly). */
  readonly exemption: string;
};

const TREASURY =
  "Michigan Department of Treasury, 'Withholding Tax Information by Calendar Year' (michigan.gov/taxes/business-taxes/withholding/calendar-year-tax-information)";

export const MICHIGAN: readonly Dated<MichiganYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: { rate: "0.0425", exemption: "4900" },
    source: `${TREASURY}, 2021: withholding rate 4.25%, personal exemption $4,900`,
  },
  {
    effective: "2025-01-01",
    through: "2025-12-31",
    value: { rate: "0.0425", exemption: "5800" },
    source: `${TREASURY}, 2025: withholding rate 4.25%, personal exemption $5,800`,
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: { rate: "0.0425", exemption: "5800" },
    source: `2025 figures carried to 2026 (${TREASURY} lists no 2026 year yet): 4.25%, $5,800. The exemption is indexed yearly: re-check the 2026 Form 446`,
  },
] as const satisfies readonly Dated<MichiganYear>[];
