import { PEER_ROWS, type PeerRow, type PeerState } from "../peer-vector-rows";

/** The peer's New York figure for the Single row with the same allowances and wages. */
const singleFigure = (row: PeerRow) =>
  PEER_ROWS.find(
    (r) => r.state === "NY" && r.status === "10" && r.allowance === row.allowance && r.gross === row.gross,
  )!.stateTax;

/**
 * New York: the peer's status is the IT-2104 box (10 single, 20 married, 40 head of household, which
 * IT-2104 marks with Single) and its allowance is IT-2104 line 1.
 */
export const peerStates: PeerState[] = [
  {
    state: "NY",
    certificate: (row) => ({
      filingStatus: row.status === "20" ? "married" : row.status === "40" ? "head_of_household" : "single",
      allowances: row.allowance,
    }),
    // The peer has no New York table for head of household and withholds nothing; IT-2104's box is
    // "Single or Head of household", so NYS-50-T-NYS's single table applies (the peer's own Single row).
    peerWrong: (row) =>
      row.status === "40" && row.stateTax === "0.00" && singleFigure(row) !== "0.00"
        ? { rule: "IT-2104: head of household withholds as Single", expected: singleFigure(row) }
        : undefined,
    inexpressibleRows: 0,
    peerWrongRows: 110,
  },
];
