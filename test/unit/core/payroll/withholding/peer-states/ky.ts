import type { PeerState } from "../peer-vector-rows";

/** Kentucky: no allowances or statuses on Form K-4 since 2018, so the peer's columns change nothing. */
export const peerStates: PeerState[] = [
  { state: "KY", certificate: () => ({}), inexpressibleRows: 0, peerWrongRows: 0 },
];
