import type { PeerState } from "../peer-vector-rows";

/** New Mexico: no certificate of its own; the federal W-4's status picks the table, allowances do not count. */
export const peerStates: PeerState[] = [
  { state: "NM", certificate: () => ({}), inexpressibleRows: 0, peerWrongRows: 0 },
];
