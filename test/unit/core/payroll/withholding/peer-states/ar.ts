import type { PeerState } from "../peer-vector-rows";

/** Arkansas: the peer's allowance is the AR4EC's total exemptions; the status changes no figure. */
export const peerStates: PeerState[] = [
  {
    state: "AR",
    certificate: (row) => ({ allowances: row.allowance }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
