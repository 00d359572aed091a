import type { PeerState } from "../peer-vector-rows";

/**
 * North Carolina: the peer's status is the NC-4 box (10 single, 20 married filing jointly, 30 married
 * filing separately, 40 head of household); its allowance is NC-4 line 1.
 */
export const peerStates: PeerState[] = [
  {
    state: "NC",
    certificate: (row) => ({
      filingStatus:
        row.status === "20"
          ? "married"
          : row.status === "30"
            ? "married_separately"
            : row.status === "40"
              ? "head_of_household"
              : "single",
      allowances: row.allowance,
    }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
