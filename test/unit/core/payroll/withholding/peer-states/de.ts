import type { PeerState } from "../peer-vector-rows";

/**
 * Delaware: the peer's status is the DE W-4's (20 married filing jointly; 10 single and 40 head of
 * household take the single deduction) and its allowance the DE W-4 allowances.
 */
export const peerStates: PeerState[] = [
  {
    state: "DE",
    certificate: (row) => ({
      filingStatus: row.status === "20" ? "married" : row.status === "40" ? "head_of_household" : "single",
      allowances: row.allowance,
    }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
