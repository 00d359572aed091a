import { Decimal } from "../../../../../../src/core/money/decimal";
import type { PeerRow, PeerState } from "../peer-vector-rows";

/**
 * Louisiana (R-1306, 2018 formula): the peer's allowance is L-4 line 6A personal exemptions, which
 * the L-4 allows only as 0, 1 (yourself) or 2 (yourself and spouse), and only married filers claim 2.
 * The L-4 has no head-of-household status. The formula is chosen by the exemptions, not the status.
 */
export const peerStates: PeerState[] = [
  {
    state: "LA",
    certificate: (row) => {
      if (row.status === "40") return { inexpressible: "the L-4 has no head-of-household status" };
      if (row.allowance > 2) return { inexpressible: "L-4 line 6A personal exemptions are 0, 1 or 2" };
      if (row.status !== "20" && row.allowance === 2)
        return { inexpressible: "a single L-4 claims at most 1 personal exemption" };
      return { allowances: row.allowance };
    },
    peerWrong: (row) =>
      row.status === "20" && row.allowance < 2
        ? {
            rule: "R-1306: 0 or 1 personal exemptions take the single formula (X must be 0 or 1), married or not; the peer takes the married one",
            expected: singleFormula(row),
          }
        : undefined,
    inexpressibleRows: 130,
    peerWrongRows: 26,
  },
];

/** R-1306's single formula per pay period, as printed: W = .021S + .018(S − 12,500/N) + .0165(S − 50,000/N) − (A + B). */
function singleFormula(row: PeerRow): string {
  const n = 26;
  const s = new Decimal(row.gross);
  const annual = s.times(n);
  let w = s.times("0.021");
  if (annual.greaterThan(12500)) w = w.plus(s.minus(new Decimal(12500).dividedBy(n)).times("0.018"));
  if (annual.greaterThan(50000)) w = w.plus(s.minus(new Decimal(50000).dividedBy(n)).times("0.0165"));
  // Exemptions of 0 or 1 × $4,500 never pass $12,500, so B is zero.
  const a = new Decimal(row.allowance * 4500).dividedBy(n).times("0.021");
  const tax = Decimal.max(w.minus(a), 0);
  return tax.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
