import type { PeerState } from "../peer-vector-rows";

/** Indiana: the peer's allowance is WH-4 line 4 personal exemptions, with no line 5 dependents. */
export const peerStates: PeerState[] = [
  {
    state: "IN",
    certificate: (row) => ({ allowances: row.allowance }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
