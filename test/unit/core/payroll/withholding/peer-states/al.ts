import { Decimal } from "../../../../../../src/core/money/decimal";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import type { PeerRow, PeerState } from "../peer-vector-rows";

/**
 * Alabama: the peer's own status codes are the A-4 boxes (10 "S", 20 "M", 30 "0", 40 "H",
 * 50 "MS"); its allowance is A-4 line 4 dependents.
 */
const STATUS: Record<string, StateW4Input> = {
  "10": { filingStatus: "single" },
  "20": { filingStatus: "married" },
  "30": { filingStatus: "single", allowances: 0 },
  "40": { filingStatus: "head_of_household" },
  "50": { filingStatus: "married_separately" },
};

export const peerStates: PeerState[] = [
  {
    state: "AL",
    certificate: (row) => ({ ...STATUS[row.status]!, dependents: row.allowance }),
    peerWrong: (row) => {
      const { taxable, tax } = statute(row);
      const fourPercentTop = row.status === "20" ? 6000 : 3000;
      // The peer ends the 4% band at $2,500 ($5,000 married): "next $2,500" read as "up to".
      return taxable.greaterThan(fourPercentTop - (row.status === "20" ? 1000 : 500))
        ? {
            rule: "Ala. Code 40-18-5(1): 2% on the first $500, 4% on the next $2,500, 5% over $3,000 (married: $1,000, next $5,000, over $6,000); the peer starts 5% at $2,500 ($5,000)",
            expected: tax,
          }
        : undefined;
    },
    inexpressibleRows: 0,
    peerWrongRows: 139,
  },
];

/**
 * The 2021 formula as the Department of Revenue prints it, from the row alone: annual wages − the
 * phased standard deduction − the federal tax withheld × 26 − the personal exemption − dependents.
 */
function statute(row: PeerRow): { taxable: Decimal; tax: string } {
  const annual = new Decimal(row.gross).times(26);
  const deductions: Record<string, [number, number, number, number, number]> = {
    "20": [7500, 23499, 500, 175, 4000],
    "40": [4700, 23499, 500, 135, 2000],
    "50": [3750, 10749, 250, 88, 2000],
  };
  const [max, over, step, cut, min] = deductions[row.status] ?? [2500, 23499, 500, 25, 2000];
  const standard = annual.lessThanOrEqualTo(over)
    ? new Decimal(max)
    : Decimal.max(new Decimal(max).minus(annual.minus(over).dividedBy(step).ceil().times(cut)), min);
  const personal = { "10": 1500, "20": 3000, "30": 0, "40": 3000, "50": 1500 }[row.status]!;
  const each = annual.lessThanOrEqualTo(20000) ? 1000 : annual.lessThanOrEqualTo(100000) ? 500 : 300;
  const taxable = Decimal.max(
    annual
      .minus(standard)
      .minus(new Decimal(row.federal).times(26))
      .minus(personal)
      .minus(each * row.allowance),
    0,
  );
  const [first, second] = row.status === "20" ? [1000, 6000] : [500, 3000];
  const tax = Decimal.min(taxable, first)
    .times("0.02")
    .plus(Decimal.max(Decimal.min(taxable, second).minus(first), 0).times("0.04"))
    .plus(Decimal.max(taxable.minus(second), 0).times("0.05"));
  return { taxable, tax: tax.dividedBy(26).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) };
}
