import type { Dated } from "../dated";
import type { PrintedBrackets } from "./printed-brackets";

/** Rhode Island withholding (percentage method, annual table for every status; printed add-on amounts). */
export type RhodeIslandYear = {
  readonly schedule: PrintedBrackets;
  /** Annual amount per RI W-4 exemption. */
  readonly exemption: string;
  /** Annualized wages above which the exemptions are worth nothing. */
  readonly exemptionWageLimit: string;
};

export const RHODE_ISLAND: readonly Dated<RhodeIslandYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      schedule: [
        ["0", "0", "0.0375"],
        ["66200", "2482.50", "0.0475"],
        ["150550", "6489.13", "0.0599"],
      ],
      exemption: "1000",
      exemptionWageLimit: "234750",
    },
    source:
      "Rhode Island Division of Taxation, 2021 Withholding Tax Booklet, percentage method annual table (3.75% / 4.75% over $66,200 / 5.99% over $150,550); $1,000 per exemption, none above $234,750 of annual wages; cross-checked against the peer vectors",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      schedule: [
        ["0", "0", "0.0375"],
        ["82050", "3076.88", "0.0475"],
        ["186450", "8035.88", "0.0599"],
      ],
      exemption: "1000",
      exemptionWageLimit: "290800",
    },
    unverified: true,
    source:
      "Rhode Island 2026 Withholding Tax Booklet percentage method annual table (over $82,050 / $186,450) and $1,000 exemption up to $290,800 of annual wages as transcribed by a third-party payroll publisher (suburbancomputer.com), not read from the booklet here; re-check the brackets and the wage limit",
  },
] as const satisfies readonly Dated<RhodeIslandYear>[];
