import type { PeerState } from "../peer-vector-rows";

/** South Carolina: the peer's allowance is the SC W-4 allowances; the status does not enter the formula. */
export const peerStates: PeerState[] = [
  {
    state: "SC",
    certificate: (row) => ({ allowances: row.allowance }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
