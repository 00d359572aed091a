import type { StateFilingStatus } from "../../../../../../src/core/payroll/paycheck-input";
import type { PeerState } from "../peer-vector-rows";

/**
 * Georgia: the peer's own status codes are the G-4 line 3 boxes (10 single, 20 married filing
 * separately, 30 married joint one spouse working, 40 married joint both working, 50 head of
 * household); its allowance is G-4 line 5 dependents, with no line 4 personal allowance claimed.
 */
const STATUS: Record<string, StateFilingStatus> = {
  "10": "single",
  "20": "married_separately",
  "30": "married",
  "40": "married_two_incomes",
  "50": "head_of_household",
};

export const peerStates: PeerState[] = [
  {
    state: "GA",
    certificate: (row) => ({ filingStatus: STATUS[row.status]!, allowances: 0, dependents: row.allowance }),
    inexpressibleRows: 0,
    peerWrongRows: 0,
  },
];
