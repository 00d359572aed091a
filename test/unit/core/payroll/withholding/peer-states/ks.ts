import { singleFigureForHeadOfHousehold } from "../peer-head-of-household";
import type { PeerState } from "../peer-vector-rows";

/**
 * Kansas: the peer's status is the K-4's (10 single, 20 joint, 40 head of household, who is withheld
 * on the single table) and its allowance the K-4 allowances. The peer has no table for its code 40.
 */
export const peerStates: PeerState[] = [
  {
    state: "KS",
    certificate: (row) => ({
      filingStatus: row.status === "20" ? "married" : row.status === "40" ? "head_of_household" : "single",
      allowances: row.allowance,
    }),
    peerWrong: singleFigureForHeadOfHousehold(
      "KW-100: the single table is for single persons and heads of household; the peer withholds nothing",
    ),
    inexpressibleRows: 0,
    peerWrongRows: 56,
  },
];
