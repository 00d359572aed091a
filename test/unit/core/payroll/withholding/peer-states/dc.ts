import type { PeerState } from "../peer-vector-rows";

/** District of Columbia: the peer's allowance is D-4 line 2; its status (10, 20, 30 married filing separately, 40) the D-4 status. */
export const peerStates: PeerState[] = [
  {
    state: "DC",
    certificate: (row) => ({
      allowances: row.allowance,
      filingStatus:
        row.status === "20"
          ? "married"
          : row.status === "30"
            ? "married_separately"
            : row.status === "40"
              ? "head_of_household"
              : "single",
    }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
