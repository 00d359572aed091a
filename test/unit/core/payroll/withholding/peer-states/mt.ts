import type { PeerState } from "../peer-vector-rows";

/** Montana (2021): the MW-4 had allowances and no status, so the peer's allowance is the MW-4 total allowances. */
export const peerStates: PeerState[] = [
  {
    state: "MT",
    certificate: (row) => ({ allowances: row.allowance }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
