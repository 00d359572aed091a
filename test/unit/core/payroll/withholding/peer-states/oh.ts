import type { PeerState } from "../peer-vector-rows";

/** Ohio: no status on the IT-4; the peer's allowance is the IT-4 exemptions. */
export const peerStates: PeerState[] = [
  {
    state: "OH",
    certificate: (row) => ({ allowances: row.allowance }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
