import type { PeerState } from "../peer-vector-rows";

const TABLES = { "10": "A", "20": "B", "30": "C", "40": "D", "50": "E" } as const;

/** New Jersey: the peer's status code is the NJ-W4 line 3 rate table (10 A … 50 E); its allowance is line 4. */
export const peerStates: PeerState[] = [
  {
    state: "NJ",
    certificate: (row) => ({
      rateTable: TABLES[row.status as keyof typeof TABLES],
      allowances: row.allowance,
    }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
