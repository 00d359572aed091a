import type { PeerState } from "../peer-vector-rows";

/**
 * Connecticut: the peer's status codes are CT-W4 line 1 withholding codes (10 A, 20 B, 30 C, 40 D,
 * 60 F); its allowance column has no CT meaning. Code F is not a `rateTable` letter, so it is given
 * as the single status it stands for.
 */
export const peerStates: PeerState[] = [
  {
    state: "CT",
    certificate: (row) => {
      const code = ({ "10": "A", "20": "B", "30": "C", "40": "D" } as const)[row.status as "10"];
      return code ? { rateTable: code } : { filingStatus: "single" };
    },
    // Table E gives Code C a 0.01 credit decimal on annual wages over $100,000 up to $100,500; the peer
    // lists that row's bound twice (a repeated array key), so its 0.01 row reads as none. $3,850 × 26
    // = $100,100: $4,605.50 tax × 0.99 ÷ 26 = $175.36, not $177.13.
    peerWrong: (row) =>
      row.status === "30" && row.gross === "3850"
        ? { rule: "CT TPG-211 Table E, Code C: 0.01 credit over $100,000 to $100,500", expected: "175.36" }
        : undefined,
    inexpressibleRows: 0,
    peerWrongRows: 5,
  },
];
