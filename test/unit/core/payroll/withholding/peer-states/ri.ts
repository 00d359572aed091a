import { PEER_ROWS, type PeerRow, type PeerState } from "../peer-vector-rows";

/** The peer's Rhode Island figure for the Single row with the same allowances and wages. */
const singleFigure = (row: PeerRow) =>
  PEER_ROWS.find(
    (r) => r.state === "RI" && r.status === "10" && r.allowance === row.allowance && r.gross === row.gross,
  )!.stateTax;

/** Rhode Island: one table for every status; the peer's allowance is RI W-4 line 1. */
export const peerStates: PeerState[] = [
  {
    state: "RI",
    certificate: (row) => ({ allowances: row.allowance }),
    // The RI W-4 has no status and the booklet one table for all; the peer has tables for single and
    // married only and withholds nothing for head of household. Its own Single row is the right figure.
    peerWrong: (row) =>
      row.status === "40" && row.stateTax === "0.00" && singleFigure(row) !== "0.00"
        ? {
            rule: "Rhode Island's percentage method has one table for every status",
            expected: singleFigure(row),
          }
        : undefined,
    inexpressibleRows: 0,
    peerWrongRows: 49,
  },
];
