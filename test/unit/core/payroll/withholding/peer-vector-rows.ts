import { readFileSync } from "node:fs";
import type { FederalW4Input, StateW4Input } from "../../../../../src/core/payroll/paycheck-input";

/**
 * One row of the peer's 2021 withholding vectors (see test/fixtures/peer-vectors/README.md): the
 * peer's status code and allowances go to both the federal and the state certificate.
 */
export type PeerRow = {
  state: string;
  /** The peer's filing-status code: 10 single, 20 married, 40 head of household; some states add their own. */
  status: string;
  allowance: number;
  w4: "2019" | "2020";
  credits: string;
  otherIncome: string;
  deductions: string;
  gross: string;
  federal: string;
  stateTax: string;
};

/**
 * How one state's rows become its certificate. A file per state in `./peer-states/` exports one of
 * these as `peerState`; the peer-vector test reproduces every row of each such state.
 */
export type PeerState = {
  state: string;
  /** The state certificate the row describes, or a reason why it describes none. */
  certificate(row: PeerRow): StateW4Input | { inexpressible: string };
  /**
   * Rows where the peer itself is wrong, each with the rule that shows it (kept in the README's
   * list too); the engine's figure is checked against `expected` instead.
   */
  peerWrong?(row: PeerRow): { rule: string; expected: string } | undefined;
  /** How many rows `certificate` marks inexpressible (so a mapping change is seen). */
  inexpressibleRows: number;
  /** How many rows `peerWrong` marks. */
  peerWrongRows: number;
};

export const PEER_ROWS: PeerRow[] = readFileSync(
  new URL("../../../../fixtures/peer-vectors/us-withholding-2021.csv", import.meta.url),
  "utf8",
)
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const c = line.split(",").map((cell) => cell.replaceAll('"', ""));
    return {
      state: c[1]!,
      status: c[4]!,
      allowance: Number(c[5]),
      w4: c[6] as PeerRow["w4"],
      credits: c[7]!,
      otherIncome: c[8]!,
      deductions: c[9]!,
      gross: c[10]!,
      federal: c[11]!,
      stateTax: c[12]!,
    };
  });

/**
 * The federal certificate of a row. A pre-2020 Form W-4 has no head-of-household status (Single or
 * Married only), so those rows describe no certificate. Codes other than 20 and 40 are single.
 */
export function peerFederalW4(row: PeerRow): FederalW4Input | undefined {
  if (row.w4 === "2019") {
    if (row.status === "40") return undefined;
    return {
      version: 2019,
      filingStatus: row.status === "20" ? "married" : "single",
      allowances: row.allowance,
    };
  }
  return {
    version: 2020,
    filingStatus:
      row.status === "20" ? "married_jointly" : row.status === "40" ? "head_of_household" : "single",
    step3Credits: row.credits,
    step4aOtherIncome: row.otherIncome,
    step4bDeductions: row.deductions,
  };
}
