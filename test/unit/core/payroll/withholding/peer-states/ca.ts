import { Decimal } from "../../../../../../src/core/money/decimal";
import type { PeerRow, PeerState } from "../peer-vector-rows";

/**
 * California: the peer's status codes are 10 single, 20 "married, spouse works" (DE 4's "Single or
 * Married (with two or more incomes)"), 30 "married, spouse does not work" (DE 4's "Married (one
 * income)"), 40 head of household; its allowance is DE 4 line 1 (regular allowances). The peer applies
 * the annual payroll period's Method B tables to wages × 26, as the engine does for 2021.
 */
const STATUS = {
  "10": "single",
  "20": "married_two_incomes",
  "30": "married",
  "40": "head_of_household",
} as const;

export const peerStates: PeerState[] = [
  {
    state: "CA",
    certificate: (row) => ({
      filingStatus: STATUS[row.status as keyof typeof STATUS],
      allowances: row.allowance,
    }),
    // The 2021 annual head-of-household rate table starts its 2.2% bracket at $17,876: its base
    // there, $196.64, is 1.1% × $17,876 (1.1% × $17,867 would be $196.54). The peer's table keeps
    // that base but starts the bracket at $17,867, so on taxable income between $17,867 and $42,353
    // it withholds $0.198 a year more, a cent more on some checks.
    peerWrong: (row) => {
      if (row.status !== "40") return undefined;
      const expected = headOfHousehold(row, "17876");
      if (expected === undefined || expected === row.stateTax) return undefined;
      return headOfHousehold(row, "17867") === row.stateTax
        ? {
            rule: "EDD 2021 Method B annual head-of-household table: the 2.2% bracket starts at $17,876 (base $196.64 = 1.1% × $17,876); the peer starts it at $17,867",
            expected,
          }
        : undefined;
    },
    inexpressibleRows: 0,
    peerWrongRows: 11,
  },
];

/**
 * The 2021 head-of-household figure for wages whose taxable income stays within the first two
 * brackets (undefined above them), with the 2.2% bracket starting at `secondFrom`: wages × 26; none
 * at or below the $30,534 low-income exemption; − $9,202 standard deduction; tax; − $136.40 per
 * allowance; ÷ 26.
 */
function headOfHousehold(row: PeerRow, secondFrom: string): string | undefined {
  const annual = new Decimal(row.gross).times(26);
  if (annual.lte(30534)) return "0.00";
  const taxable = annual.minus(9202);
  if (taxable.gt(42353)) return undefined;
  const tax = taxable.gt(secondFrom)
    ? taxable.minus(secondFrom).times("0.022").plus("196.64")
    : taxable.times("0.011");
  const yearly = Decimal.max(tax.minus(new Decimal("136.40").times(row.allowance)), 0);
  return yearly.dividedBy(26).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
