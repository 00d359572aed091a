import { PEER_ROWS, type PeerRow } from "./peer-vector-rows";

/**
 * For states whose certificate has no head-of-household box and whose published tables are for
 * "single (including head of household)": the peer withholds nothing on its code 40, where the
 * state's figure is the one the peer itself gives the same single row (same gross and allowances;
 * these states' tax does not depend on the federal status).
 */
export function singleFigureForHeadOfHousehold(
  rule: string,
): (row: PeerRow) => { rule: string; expected: string } | undefined {
  return (row) => {
    if (row.status !== "40") return undefined;
    const single = PEER_ROWS.find(
      (r) =>
        r.state === row.state && r.status === "10" && r.allowance === row.allowance && r.gross === row.gross,
    );
    if (!single) throw new Error(`no single row for ${row.state} ${row.allowance} ${row.gross}`);
    return single.stateTax === row.stateTax ? undefined : { rule, expected: single.stateTax };
  };
}
