import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/**
 * Louisiana withholding (R-1306). Through 2024: graduated formulas chosen by the L-4 personal
 * exemptions, less a credit for the exemptions and dependents at the same rates. From 2025: a flat
 * rate on wages less a standard deduction by filing status.
 */
export type LouisianaYear =
  | {
      readonly method: "exemptions";
      /** Annual amount per personal exemption (L-4 line 6A). */
      readonly personalExemption: string;
      /** Annual amount per dependency credit (L-4 line 6B). */
      readonly dependent: string;
      /** 0 or 1 personal exemptions: the tax on wages, and the credit for the exemption amounts. */
      readonly single: { readonly wages: RateSchedule; readonly credit: RateSchedule };
      /** 2 personal exemptions. */
      readonly married: { readonly wages: RateSchedule; readonly credit: RateSchedule };
    }
  | {
      readonly method: "flat";
      readonly rate: string;
      /** Single or married filing separately. */
      readonly standardDeductionSingle: string;
      /** Married filing jointly, qualifying surviving spouse, head of household. */
      readonly standardDeductionJoint: string;
    };

export const LOUISIANA: readonly Dated<LouisianaYear>[] = [
  {
    effective: "2018-02-16",
    through: "2021-12-31",
    value: {
      method: "exemptions",
      personalExemption: "4500",
      dependent: "1000",
      single: {
        wages: [
          ["0", "0.021"],
          ["12500", "0.039"],
          ["50000", "0.0555"],
        ],
        credit: [
          ["0", "0.021"],
          ["12500", "0.018"],
        ],
      },
      married: {
        wages: [
          ["0", "0.022"],
          ["25000", "0.0395"],
          ["100000", "0.0564"],
        ],
        credit: [
          ["0", "0.021"],
          ["25000", "0.0175"],
        ],
      },
    },
    source:
      "Louisiana R-1306 / R-1210 Withholding Tax Formula (effective 16 Feb 2018), computer formula method: single (0–1 exemptions) .021S + .018 over $12,500 + .0165 over $50,000; married (2 exemptions) .022S + .0175 over $25,000 + .0169 over $100,000; credit A+B on X × $4,500 + Y × $1,000 at .021, then .018 (single, over $12,500) / .0175 (married, over $25,000)",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      method: "flat",
      rate: "0.0309",
      standardDeductionSingle: "12500",
      standardDeductionJoint: "25000",
    },
    source:
      "2025 figures carried to 2026: Louisiana R-1306 withholding formula (Revenue Bulletin 25-008 emergency rule, effective 1 Jan 2025, as reported by PayrollOrg, Paylocity and USDA NFC bulletin NFC-25-1740487316): 3.09% of wages less $12,500 (single, MFS) or $25,000 (MFJ, QSS, HOH) a year. H.B. 10 (2024) indexes the standard deduction to CPI from 2026: re-check the 2026 R-1306",
  },
] as const satisfies readonly Dated<LouisianaYear>[];
