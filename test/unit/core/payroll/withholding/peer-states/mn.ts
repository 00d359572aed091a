import type { PeerState } from "../peer-vector-rows";

/**
 * Minnesota: the peer's status is the W-4MN status (10 single, 20 married) and its allowance is
 * W-4MN line 1. The W-4MN has no head-of-household status.
 */
export const peerStates: PeerState[] = [
  {
    state: "MN",
    certificate: (row) =>
      row.status === "40"
        ? { inexpressible: "the W-4MN has no head-of-household status" }
        : { filingStatus: row.status === "20" ? "married" : "single", allowances: row.allowance },
    inexpressibleRows: 85,
    peerWrongRows: 0,
  },
];
