import type { PeerState } from "../peer-vector-rows";

/** States without a wage income tax: every row withholds nothing for the state. */
export const peerStates: PeerState[] = ["AK", "FL", "NH", "NV", "SD", "TN", "TX", "WA", "WY"].map(
  (state) => ({
    state,
    certificate: () => ({}),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  }),
);
