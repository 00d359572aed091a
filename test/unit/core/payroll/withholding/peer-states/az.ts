import type { PeerState } from "../peer-vector-rows";

/**
 * Arizona: the peer withholds at the A-4 percentage it is given and is given none (0%), whatever the
 * allowance, which on Form A-4 is the zero-withholding election (box 2).
 */
export const peerStates: PeerState[] = [
  { state: "AZ", certificate: () => ({ exempt: true }), inexpressibleRows: 0, peerWrongRows: 0 },
];
