import { singleFigureForHeadOfHousehold } from "../peer-head-of-household";
import type { PeerState } from "../peer-vector-rows";

/**
 * Idaho: the peer's status is the ID W-4's (10 Single, 20 Married) and its allowance the ID W-4
 * allowances. The ID W-4 has no head-of-household box: EPB00006's single table is for single persons
 * including heads of household. The peer has no table for its code 40 and withholds nothing there.
 */
export const peerStates: PeerState[] = [
  {
    state: "ID",
    certificate: (row) => ({
      filingStatus: row.status === "20" ? "married" : row.status === "40" ? "head_of_household" : "single",
      allowances: row.allowance,
    }),
    peerWrong: singleFigureForHeadOfHousehold(
      "EPB00006: the single table includes heads of household; the peer withholds nothing",
    ),
    inexpressibleRows: 0,
    peerWrongRows: 70,
  },
];
