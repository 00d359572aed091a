import type { PeerState } from "../peer-vector-rows";

/** North Dakota: no certificate of its own; the federal W-4's status picks the table. */
export const peerStates: PeerState[] = [
  { state: "ND", certificate: () => ({}), inexpressibleRows: 0, peerWrongRows: 0 },
];
