import { Decimal } from "../../../../../../src/core/money/decimal";
import type { PeerRow, PeerState } from "../peer-vector-rows";

/**
 * Iowa: the peer's allowance is the IA W-4 allowances; the IA W-4 has no filing status. The guide
 * subtracts the period's federal withholding × the pay periods; the peer subtracts its unrounded
 * annual federal tax, which moves a few rows by a cent.
 */
export const peerStates: PeerState[] = [
  {
    state: "IA",
    certificate: (row) => ({ allowances: row.allowance }),
    peerWrong: (row) => {
      const expected = guide(row);
      return expected === row.stateTax
        ? undefined
        : {
            rule: "Iowa Withholding Tax Guide: subtract the period's federal withholding × the number of pay periods (not the unrounded annual federal tax)",
            expected,
          };
    },
    inexpressibleRows: 0,
    peerWrongRows: 7,
  },
];

/** The 2021 printed table: [over, base, rate]. */
const TABLE: [number, string, string][] = [
  [0, "0", "0.0033"],
  [1676, "5.53", "0.0067"],
  [3352, "16.76", "0.0225"],
  [6704, "92.18", "0.0414"],
  [15084, "439.11", "0.0563"],
  [25140, "1005.26", "0.0596"],
  [33520, "1504.71", "0.0625"],
  [50280, "2552.21", "0.0744"],
  [75420, "4422.63", "0.0853"],
];

/** The guide's 2021 annualized formula, from the row alone. */
function guide(row: PeerRow): string {
  const annual = new Decimal(row.gross).times(26);
  const taxable = Decimal.max(
    annual.minus(new Decimal(row.federal).times(26)).minus(row.allowance <= 1 ? 2130 : 5240),
    0,
  );
  const [over, base, rate] = TABLE.filter(([o]) => o === 0 || taxable.greaterThan(o)).at(-1)!;
  const tax = Decimal.max(
    taxable
      .minus(over)
      .times(rate)
      .plus(base)
      .minus(40 * row.allowance),
    0,
  );
  return tax.dividedBy(26).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
