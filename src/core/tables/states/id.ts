import type { Dated } from "../dated";
import type { PrintedBracket } from "./printed-brackets";

/** Idaho withholding (EPB00006, A Guide to Idaho Income Tax Withholding, annual percentage tables). */
export type IdahoYear = {
  /** Each ID W-4 allowance, annual. */
  readonly allowance: string;
  /** Single (and head of household) and married tables, as printed (rounded bases). */
  readonly single: readonly PrintedBracket[];
  readonly married: readonly PrintedBracket[];
};

export const IDAHO: readonly Dated<IdahoYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-06-30",
    value: {
      allowance: "2960",
      single: [
        ["0", "0", "0"],
        ["12400", "0", "0.01125"],
        ["13968", "18", "0.03125"],
        ["15536", "67", "0.03625"],
        ["17104", "124", "0.04625"],
        ["18672", "197", "0.05625"],
        ["20240", "285", "0.06625"],
        ["24160", "545", "0.06925"],
      ],
      married: [
        ["0", "0", "0"],
        ["24800", "0", "0.01125"],
        ["27936", "35", "0.03125"],
        ["31072", "133", "0.03625"],
        ["34208", "247", "0.04625"],
        ["37344", "392", "0.05625"],
        ["40480", "568", "0.06625"],
        ["48320", "1087", "0.06925"],
      ],
    },
    source:
      "Idaho State Tax Commission, EPB00006 (rev. 06-16-2020), annual percentage tables in force on 1 January 2021: $2,960 per allowance; single/HoH from $12,400, married from $24,800, 1.125%–6.925%. Idaho revised its tables in mid-2021 (1%–6.5% from $12,550/$25,100, per Microsoft's Dynamics GP notes, July 2021 round): later 2021 pay dates need that revision",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      allowance: "3868",
      single: [
        ["0", "0", "0"],
        ["15000", "0", "0.053"],
      ],
      married: [
        ["0", "0", "0"],
        ["30000", "0", "0.053"],
      ],
    },
    source:
      "Idaho EPB00006 percentage tables in force from mid-2025 and unchanged into 2026: 5.3% over $15,000 single/HoH, $30,000 married; $3,868 per allowance; withholding rounded to the whole dollar. Read in Microsoft's Dynamics GP U.S. payroll tax update notes (May 2025 round; Idaho absent from the January–April 2026 rounds) and a payroll vendor's summary, not in EPB00006 itself: re-check there",
  },
] as const satisfies readonly Dated<IdahoYear>[];
