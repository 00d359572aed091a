import { singleFigureForHeadOfHousehold } from "../peer-head-of-household";
import type { PeerState } from "../peer-vector-rows";

/**
 * Hawaii: the peer's status is the HW-4's (10 Single, 20 Married) and its allowance the HW-4
 * allowances. The HW-4 has no head-of-household box: a head of household is withheld on the single
 * table. The peer has no table for its code 40 and withholds nothing there.
 */
export const peerStates: PeerState[] = [
  {
    state: "HI",
    certificate: (row) => ({
      filingStatus: row.status === "20" ? "married" : row.status === "40" ? "head_of_household" : "single",
      allowances: row.allowance,
    }),
    peerWrong: singleFigureForHeadOfHousehold(
      "Booklet A: the single table is for single persons and heads of household; the peer withholds nothing",
    ),
    inexpressibleRows: 0,
    peerWrongRows: 92,
  },
];
