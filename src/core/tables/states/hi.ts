import type { Dated } from "../dated";
import type { PrintedBracket } from "./printed-brackets";

/** Hawaii withholding (Booklet A, Employer's Tax Guide, annual percentage method). */
export type HawaiiYear = {
  /** Each HW-4 allowance, annual. */
  readonly allowance: string;
  /** Subtracted for every employee besides the allowances (the "extra lump sum withholding allowance"). */
  readonly lumpSumAllowance: string;
  /** Printed annual tables (their rounded bases are the ones to use). */
  readonly single: readonly PrintedBracket[];
  readonly married: readonly PrintedBracket[];
};

export const HAWAII: readonly Dated<HawaiiYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      allowance: "1144",
      lumpSumAllowance: "0",
      single: [
        ["0", "0", "0.014"],
        ["2400", "34", "0.032"],
        ["4800", "110", "0.055"],
        ["9600", "374", "0.064"],
        ["14400", "682", "0.068"],
        ["19200", "1008", "0.072"],
        ["24000", "1354", "0.076"],
        ["36000", "2266", "0.079"],
      ],
      married: [
        ["0", "0", "0.014"],
        ["4800", "67", "0.032"],
        ["9600", "221", "0.055"],
        ["19200", "749", "0.064"],
        ["28800", "1363", "0.068"],
        ["38400", "2016", "0.072"],
        ["48000", "2707", "0.076"],
        ["72000", "4531", "0.079"],
      ],
    },
    source:
      "Hawaii Department of Taxation, Booklet A Employer's Tax Guide (rev. 2020), Appendix (rates effective 1 January 2013 and thereafter): $1,144 per allowance; single/married annual tables 1.4%–7.9% with their printed bases",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      allowance: "1144",
      lumpSumAllowance: "4350",
      single: [
        ["0", "0", "0.014"],
        ["9600", "134", "0.032"],
        ["14400", "288", "0.055"],
        ["19200", "552", "0.064"],
        ["24000", "859", "0.068"],
        ["36000", "1675", "0.072"],
        ["48000", "2539", "0.076"],
        ["125000", "8391", "0.079"],
      ],
      married: [
        ["0", "0", "0.014"],
        ["19200", "269", "0.032"],
        ["28800", "576", "0.055"],
        ["38400", "1104", "0.064"],
        ["48000", "1718", "0.068"],
        ["72000", "3350", "0.072"],
        ["96000", "5078", "0.076"],
        ["250000", "16782", "0.079"],
      ],
    },
    source:
      "Hawaii Booklet A Employer's Tax Guide (2026), HAR 18-235-61-06(c) Appendix 2 (tables for 2026–2031): $1,144 per allowance; $4,350 lump-sum allowance (up from $1,650); single/HoH and married tables unchanged from 2025. Read in Microsoft's Dynamics GP U.S. payroll tax update notes (January 2026 round) and Sovos, not in Booklet A itself: re-check there",
  },
] as const satisfies readonly Dated<HawaiiYear>[];
