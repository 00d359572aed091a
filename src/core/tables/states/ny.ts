import type { Dated } from "../dated";
import type { PrintedBrackets } from "./printed-brackets";

/** New York State withholding (NYS-50-T-NYS, Method II exact calculation, annual figures). */
export type NewYorkYear = {
  /** Table A deduction allowance, annual: Single (and head of household) / Married. */
  readonly deduction: { readonly single: string; readonly married: string };
  /** Table B, annual amount per IT-2104 line 1 allowance. */
  readonly exemption: string;
  /** Annual tax rate tables (printed bases; the top rows tax the whole net wage at one rate). */
  readonly single: PrintedBrackets;
  readonly married: PrintedBrackets;
};

export const NEW_YORK: readonly Dated<NewYorkYear>[] = [
  {
    effective: "2021-01-01",
    // NYS-50-T-NYS (7/21) raised the top rates for payrolls from 1 July 2021 (not loaded here).
    through: "2021-06-30",
    value: {
      deduction: { single: "7400", married: "7950" },
      exemption: "1000",
      single: [
        ["0", "0", "0.04"],
        ["8500", "340", "0.045"],
        ["11700", "484", "0.0525"],
        ["13900", "600", "0.059"],
        ["21400", "1042", "0.0597"],
        ["80650", "4579", "0.0633"],
        ["96800", "5602", "0.0738"],
        ["107650", "6402", "0.0788"],
        ["157650", "10342", "0.0683"],
        ["215400", "14287", "0.0959"],
        ["265400", "19082", "0.0735"],
        ["1077550", "78775", "0.5208"],
        ["1127550", "104815", "0.0962"],
      ],
      married: [
        ["0", "0", "0.04"],
        ["8500", "340", "0.045"],
        ["11700", "484", "0.0525"],
        ["13900", "600", "0.059"],
        ["21400", "1042", "0.0597"],
        ["80650", "4579", "0.0633"],
        ["96800", "5602", "0.0728"],
        ["107650", "6391", "0.0778"],
        ["157650", "10281", "0.0799"],
        ["211550", "14588", "0.0683"],
        ["323200", "22214", "0.1071"],
        ["373200", "27569", "0.0735"],
        ["1077550", "79338", "0.0765"],
        ["2155350", "161790", "0.9454"],
        ["2205350", "209060", "0.0962"],
      ],
    },
    source:
      "NYS-50-T-NYS (1/21), Method II exact calculation: Table A deduction $7,400 single / $7,950 married; Table B $1,000 per allowance; annual tax rate tables for single and married (rows as printed); figures cross-checked against the peer vectors, not read from the publication here",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      deduction: { single: "7400", married: "7950" },
      exemption: "1000",
      single: [
        ["0", "0", "0.039"],
        ["8500", "332", "0.044"],
        ["11700", "472", "0.0515"],
        ["13900", "586", "0.054"],
        ["80650", "4190", "0.059"],
        ["96800", "5143", "0.0703"],
        ["107650", "5906", "0.0753"],
        ["157650", "9673", "0.064"],
        ["215400", "13369", "0.1144"],
        ["265400", "19091", "0.0735"],
        // From here the whole net wage is taxed at one rate: base = amount × rate.
        ["1077550", "112603.975", "0.1045"],
        ["5000000", "555000", "0.111"],
        ["25000000", "2925000", "0.117"],
      ],
      married: [
        ["0", "0", "0.039"],
        ["8500", "332", "0.044"],
        ["11700", "472", "0.0515"],
        ["13900", "586", "0.054"],
        ["80650", "4190", "0.059"],
        ["96800", "5143", "0.0657"],
        ["107650", "5855", "0.0707"],
        ["157650", "9388", "0.0801"],
        ["211550", "13708", "0.064"],
        ["323200", "20854", "0.1349"],
        ["373200", "27600", "0.0735"],
        ["1077550", "79369", "0.0765"],
        ["2155350", "225234.075", "0.1045"],
        ["5000000", "555000", "0.111"],
        ["25000000", "2925000", "0.117"],
      ],
    },
    unverified: true,
    source:
      "NYS-50-T-NYS (1/26), Method II exact calculation (rates cut by Ch. 59, L. 2025, Part A): Table A $7,400 / $7,950, Table B $1,000, annual rate tables as transcribed by third-party payroll code citing the publication, not read from the publication here. Re-check every row, and the top lines (10.45% / 11.10% / 11.70% of the whole net wage over $1,077,550 single / $2,155,350 married, $5M, $25M) against the publication",
  },
] as const satisfies readonly Dated<NewYorkYear>[];
