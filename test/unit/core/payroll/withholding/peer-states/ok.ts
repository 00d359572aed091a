import type { PeerState } from "../peer-vector-rows";

/**
 * Oklahoma: the peer's status is the OK-W-4 box (10 single, 20 married); its allowance is OK-W-4
 * line 1. The OK-W-4 has no head-of-household box (Single, Married, Married but withhold at the higher
 * Single rate), so the peer's status 40 describes no OK-W-4 (the peer withholds nothing for it).
 */
export const peerStates: PeerState[] = [
  {
    state: "OK",
    certificate: (row) =>
      row.status === "40"
        ? { inexpressible: "the OK-W-4 has no head-of-household status" }
        : { filingStatus: row.status === "20" ? "married" : "single", allowances: row.allowance },
    inexpressibleRows: 105,
    peerWrongRows: 0,
  },
];
