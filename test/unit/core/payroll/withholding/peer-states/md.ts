import { Decimal } from "../../../../../../src/core/money/decimal";
import type { PeerRow, PeerState } from "../peer-vector-rows";

/**
 * Maryland: the peer's status codes are 10 single, 20 married filing jointly, 30 married filing
 * separately, 40 head of household (MW507 status); its allowance is MW507 line 1 exemptions. The
 * peer's county rate is zero: the state part only, with no county on the certificate.
 */
const STATUS = {
  "10": "single",
  "20": "married",
  "30": "married_separately",
  "40": "head_of_household",
} as const;

export const peerStates: PeerState[] = [
  {
    state: "MD",
    certificate: (row) => ({
      filingStatus: STATUS[row.status as keyof typeof STATUS],
      allowances: row.allowance,
    }),
    peerWrong: (row) => {
      const expected = guide2021(row);
      return expected === row.stateTax
        ? undefined
        : {
            rule: "Maryland Employer Withholding Guide (updated January 2021), p. 2: the percentage-method standard deduction is 15% of wages, minimum $1,550, maximum $2,350; the peer still caps it at 2020's $2,300",
            expected,
          };
    },
    inexpressibleRows: 0,
    peerWrongRows: 280,
  },
];

/** The 2021 guide's formula as printed: tax = constant + rate × (taxable − bracket floor), ÷ 26. */
function guide2021(row: PeerRow): string {
  const annual = new Decimal(row.gross).times(26);
  const deduction = Decimal.min(Decimal.max(annual.times("0.15"), 1550), 2350);
  const taxable = Decimal.max(annual.minus(deduction).minus(row.allowance * 3200), 0);
  const joint = row.status === "20" || row.status === "40";
  // [floor, constant at the floor, rate]
  const rows: [number, string, string][] = joint
    ? [
        [0, "0", "0.0475"],
        [150000, "7125", "0.05"],
        [175000, "8375", "0.0525"],
        [225000, "11000", "0.055"],
        [300000, "15125", "0.0575"],
      ]
    : [
        [0, "0", "0.0475"],
        [100000, "4750", "0.05"],
        [125000, "6000", "0.0525"],
        [150000, "7312.50", "0.055"],
        [250000, "12812.50", "0.0575"],
      ];
  const [floor, constant, rate] = rows.filter(([f]) => taxable.greaterThan(f)).at(-1) ?? rows[0]!;
  const tax = taxable.minus(floor).times(rate).plus(constant).dividedBy(26);
  return tax.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
