import type { PeerState } from "../peer-vector-rows";

/**
 * Oregon: the peer's allowance is OR-W-4 allowances; status 10 single, 20 married. The OR-W-4 has no
 * head-of-household status, and the peer has no schedule for its code 40 (it withholds a constant
 * $8.19 or nothing whatever the wages).
 */
export const peerStates: PeerState[] = [
  {
    state: "OR",
    certificate: (row) =>
      row.status === "40"
        ? {
            inexpressible:
              "OR-W-4 has no head-of-household status (Single, Married, Married at the single rate)",
          }
        : { allowances: row.allowance, filingStatus: row.status === "20" ? "married" : "single" },
    // 150-206-436 puts "married, or single with 3 or more allowances" on the married schedule with the
    // married standard deduction ($4,700 in 2021); the peer keeps the single $2,350 deduction there.
    peerWrong: (row) => {
      if (row.status !== "10" || row.allowance < 3) return undefined;
      const expected = SINGLE_THREE_PLUS[`${row.allowance}/${row.gross}`];
      return expected
        ? {
            rule: "Oregon 150-206-436: single with 3+ allowances uses the married standard deduction",
            expected,
          }
        : undefined;
    },
    inexpressibleRows: 75,
    peerWrongRows: 16,
  },
];

/**
 * The single 3+ allowance rows where the deduction changes the figure, by allowances/gross: e.g. 3/961:
 * 24,986 − 1,293.24 federal − 4,700 = 18,992.76; 346.75 + 749.25 + 592.76 × 8.75% + 213 − 3 × 213 =
 * 721.87; ÷ 26 = 27.76 (the peer, with 2,350: 35.67).
 */
const SINGLE_THREE_PLUS: Record<string, string> = {
  "3/961": "27.76",
  "3/1923": "101.84",
  "3/3846": "252.64",
  "3/9615": "782.00",
  "3/76923": "7467.13",
  "3/4812": "361.74",
  "3/712": "12.31",
  "3/9619": "787.06",
  "5/961": "11.38",
  "5/1923": "85.45",
  "5/3846": "236.25",
  "5/9615": "782.00",
  "5/76923": "7467.13",
  "5/4812": "361.74",
  "5/712": "0.00",
  "5/9619": "787.06",
};
