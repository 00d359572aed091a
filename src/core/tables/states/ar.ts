import type { Dated } from "../dated";

/**
 * One row of Arkansas's withholding formula table: on annual net taxable income over `over`, tax =
 * income × `rate` − `less`. The rows past the top rate's start are the high-income bracket adjustments
 * (the same rate with a smaller amount subtracted), which is why this is not a graduated schedule.
 */
export type ArkansasRow = readonly [over: string, rate: string, less: string];

/** Arkansas withholding (DFA Withholding Tax Formula). */
export type ArkansasYear = {
  readonly standardDeduction: string;
  /** Tax credit for each exemption claimed on Form AR4EC. */
  readonly exemptionCredit: string;
  readonly rows: readonly ArkansasRow[];
};

export const ARKANSAS: readonly Dated<ArkansasYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      standardDeduction: "2200",
      exemptionCredit: "29",
      rows: [
        ["0", "0", "0"],
        ["4699", "0.02", "93.98"],
        ["9199", "0.03", "185.97"],
        ["13899", "0.034", "241.57"],
        ["22899", "0.05", "427.71"],
        ["38499", "0.059", "774.20"],
        ["82000", "0.059", "681.70"],
        ["83000", "0.059", "581.70"],
        ["84000", "0.059", "481.70"],
        ["85300", "0.059", "381.70"],
        ["86400", "0.059", "281.70"],
        ["87500", "0.059", "241.70"],
      ],
    },
    source:
      "Arkansas DFA Withholding Tax Formula (effective 1 January 2021): $2,200 standard deduction; $29 credit per AR4EC exemption; net taxable income table 0%–5.9% with high-income adjustments from $82,001",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      standardDeduction: "2470",
      exemptionCredit: "29",
      rows: [
        ["0", "0", "0"],
        ["5599", "0.02", "111.98"],
        ["11199", "0.03", "223.97"],
        ["15999", "0.034", "287.97"],
        ["26399", "0.039", "419.96"],
        ["94700", "0.039", "399.30"],
        ["94800", "0.039", "389.30"],
        ["94900", "0.039", "379.30"],
        ["95000", "0.039", "369.30"],
        ["95100", "0.039", "359.30"],
        ["95200", "0.039", "349.30"],
        ["95300", "0.039", "339.30"],
        ["95400", "0.039", "329.30"],
        ["95500", "0.039", "319.30"],
        ["95600", "0.039", "309.30"],
        ["95700", "0.039", "299.30"],
        ["95800", "0.039", "289.30"],
        ["95900", "0.039", "279.30"],
        ["96000", "0.039", "269.30"],
        ["96100", "0.039", "259.30"],
        ["96200", "0.039", "249.30"],
        ["96300", "0.039", "239.30"],
        ["96400", "0.039", "229.30"],
        ["96500", "0.039", "219.30"],
        ["96600", "0.039", "209.30"],
        ["96700", "0.039", "199.30"],
        ["96800", "0.039", "189.30"],
        ["96900", "0.039", "179.30"],
        ["97000", "0.039", "169.30"],
        ["97100", "0.039", "159.30"],
        ["97200", "0.039", "149.30"],
        ["97300", "0.039", "139.30"],
        ["97400", "0.039", "129.30"],
        ["97500", "0.039", "119.30"],
        ["97600", "0.039", "109.30"],
        ["97700", "0.039", "99.30"],
        ["97800", "0.039", "89.30"],
      ],
    },
    source:
      "Arkansas DFA Withholding Tax Formula 2026: $2,470 standard deduction; $29 credit per AR4EC exemption; 0%–3.9% net taxable income table with high-income adjustments from $94,700 to $97,800 (subtracted amount $399.30 falling $10 per $100). Read in Microsoft's Dynamics GP U.S. payroll tax update notes (January 2026 round; the deduction and credit also as reported by Bloomberg Tax), not in the DFA formula itself: re-check there",
  },
] as const satisfies readonly Dated<ArkansasYear>[];
