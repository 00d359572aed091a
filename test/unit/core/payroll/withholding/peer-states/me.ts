import type { PeerState } from "../peer-vector-rows";

/**
 * Maine: the peer's status is the W-4ME status (10 single, 20 married) and its allowance is W-4ME
 * line 3. The W-4ME has no head-of-household status.
 */
export const peerStates: PeerState[] = [
  {
    state: "ME",
    certificate: (row) =>
      row.status === "40"
        ? { inexpressible: "the W-4ME has no head-of-household status" }
        : { filingStatus: row.status === "20" ? "married" : "single", allowances: row.allowance },
    inexpressibleRows: 65,
    peerWrongRows: 0,
  },
];
