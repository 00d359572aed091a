import type { PeerState } from "../peer-vector-rows";

/**
 * Nebraska: the peer's status picks the W-4N table (10 single and 40 head of household → single;
 * 20 married and 30, its "married, spouse does not work" → married filing jointly); its allowance is
 * W-4N line 1.
 */
export const peerStates: PeerState[] = [
  {
    state: "NE",
    certificate: (row) => ({
      filingStatus:
        row.status === "20" || row.status === "30"
          ? "married"
          : row.status === "40"
            ? "head_of_household"
            : "single",
      allowances: row.allowance,
    }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
