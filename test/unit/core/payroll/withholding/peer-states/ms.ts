import type { PeerState } from "../peer-vector-rows";

/**
 * Mississippi: the peer's status codes are 10 single, 20 married with the spouse employed, 40 head
 * of household (MS-W4 status); the peer subtracts its allowance as the MS-W4 "total exemption
 * claimed" in dollars. That line is built from $1,500–$12,000 amounts, so only $0 is a real claim.
 */
const STATUS = { "10": "single", "20": "married_two_incomes", "40": "head_of_household" } as const;

export const peerStates: PeerState[] = [
  {
    state: "MS",
    certificate: (row) =>
      row.allowance === 0
        ? { filingStatus: STATUS[row.status as keyof typeof STATUS], annualAllowance: "0" }
        : { inexpressible: `no MS-W4 claims a total exemption of $${row.allowance}` },
    inexpressibleRows: 132,
    peerWrongRows: 0,
  },
];
