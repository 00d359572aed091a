import type { PeerState } from "../peer-vector-rows";

/** Vermont: the peer's allowance is W-4VT allowances; status 20 married, 10 single. */
export const peerStates: PeerState[] = [
  {
    state: "VT",
    certificate: (row) =>
      row.status === "40"
        ? {
            inexpressible:
              "W-4VT has no head-of-household status (Single, Married, Married at the higher single rate)",
          }
        : { allowances: row.allowance, filingStatus: row.status === "20" ? "married" : "single" },
    inexpressibleRows: 85,
    peerWrongRows: 0,
  },
];
