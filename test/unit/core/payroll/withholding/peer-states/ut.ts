import type { PeerState } from "../peer-vector-rows";

/**
 * Utah: no state certificate; the status comes from the federal W-4 (the peer's allowance has no Utah
 * meaning). Publication 14 has two schedules, single and married; head of household withholds on the
 * single one. The peer has no schedule for its code 40 and gives those rows no base allowance.
 */
export const peerStates: PeerState[] = [
  {
    state: "UT",
    certificate: () => ({}),
    peerWrong: (row) => {
      const expected = row.status === "40" ? HEAD_OF_HOUSEHOLD[row.gross] : undefined;
      return expected
        ? {
            rule: "Utah Pub 14: head of household uses the single schedule and its $360 base allowance",
            expected,
          }
        : undefined;
    },
    inexpressibleRows: 0,
    peerWrongRows: 70,
  },
];

/**
 * The single-schedule figure for the head-of-household rows where the base allowance is not used up,
 * by gross. E.g. $961: 24,986 × 4.95% = 1,236.807 − (360 − 17,858 × 1.3%) = 1,108.961; ÷ 26 = 42.65.
 */
const HEAD_OF_HOUSEHOLD: Record<string, string> = {
  "192": "0.00",
  "250": "0.00",
  "258": "0.00",
  "319": "2.53",
  "384": "6.59",
  "427": "9.28",
  "504": "14.09",
  "512": "14.59",
  "569": "18.15",
  "635": "22.28",
  "816": "33.59",
  "850": "35.71",
  "961": "42.65",
  "1135": "53.53",
};
