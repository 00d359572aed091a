import type { PeerState } from "../peer-vector-rows";

/** Virginia: the peer's allowance is VA-4 line 1(a) personal exemptions; the status does not enter the formula. */
export const peerStates: PeerState[] = [
  {
    state: "VA",
    certificate: (row) => ({ allowances: row.allowance }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
