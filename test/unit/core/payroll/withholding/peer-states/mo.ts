import type { PeerState } from "../peer-vector-rows";

/**
 * Missouri: the peer's status codes are 10 single, 20 married with the spouse working, 30 married
 * with the spouse not working, 40 head of household (MO W-4 status). The MO W-4 has had no
 * allowances since 2018, so the peer's allowance changes nothing.
 */
const STATUS = {
  "10": "single",
  "20": "married_two_incomes",
  "30": "married",
  "40": "head_of_household",
} as const;

export const peerStates: PeerState[] = [
  {
    state: "MO",
    certificate: (row) => ({ filingStatus: STATUS[row.status as keyof typeof STATUS] }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
