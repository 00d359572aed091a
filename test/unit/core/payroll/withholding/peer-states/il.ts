import type { PeerState } from "../peer-vector-rows";

/** Illinois: the peer's allowance is IL-W-4 line 1. */
export const peerStates: PeerState[] = [
  {
    state: "IL",
    certificate: (row) => ({ allowances: row.allowance }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
