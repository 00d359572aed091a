import type { PeerState } from "../peer-vector-rows";

/** Michigan: the peer's allowance is MI-W4 line 6 exemptions (its rows are all single; the MI-W4 has no status). */
export const peerStates: PeerState[] = [
  {
    state: "MI",
    certificate: (row) => ({ allowances: row.allowance }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
