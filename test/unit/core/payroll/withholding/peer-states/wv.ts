import type { PeerState } from "../peer-vector-rows";

/**
 * West Virginia: the peer's allowance is IT-104 exemptions; its code 10 withholds on the one-earner
 * table (the IT-104 lower-rate request, given as single) and 20 on the two-earner table. The IT-104
 * has no filing status, only that choice of table; the peer has no table for its code 40 (it
 * withholds nothing), so those rows name no IT-104.
 */
export const peerStates: PeerState[] = [
  {
    state: "WV",
    certificate: (row) =>
      row.status === "40"
        ? { inexpressible: "IT-104 has no head-of-household choice, only the one-earner or two-earner table" }
        : { allowances: row.allowance, filingStatus: row.status === "20" ? "married_two_incomes" : "single" },
    inexpressibleRows: 85,
    peerWrongRows: 0,
  },
];
