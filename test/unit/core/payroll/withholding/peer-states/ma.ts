import type { PeerState } from "../peer-vector-rows";

/** Massachusetts: the peer's allowance is M-4 line 4 total exemptions (its rows are all single, no HOH box). */
export const peerStates: PeerState[] = [
  {
    state: "MA",
    certificate: (row) => ({ allowances: row.allowance }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
