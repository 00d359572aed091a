import type { PeerState } from "../peer-vector-rows";

/**
 * Wisconsin: the peer's allowance is WT-4 exemptions; status 20 married, 10 single. The WT-4 has no
 * head-of-household status, and the peer has no table for its code 40 (it withholds nothing).
 */
export const peerStates: PeerState[] = [
  {
    state: "WI",
    certificate: (row) =>
      row.status === "40"
        ? {
            inexpressible:
              "WT-4 has no head-of-household status (Single, Married, Married at the higher single rate)",
          }
        : { allowances: row.allowance, filingStatus: row.status === "20" ? "married" : "single" },
    inexpressibleRows: 100,
    peerWrongRows: 0,
  },
];
