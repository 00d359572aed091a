import type { PeerState } from "../peer-vector-rows";

/** Pennsylvania: a flat rate with no certificate. */
export const peerStates: PeerState[] = [
  { state: "PA", certificate: () => ({}), inexpressibleRows: 0, peerWrongRows: 0 },
];
