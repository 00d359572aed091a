import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computePaycheck } from "../../../../../src/core/payroll/compute-paycheck";
import type { FederalW4Input, StateW4Input } from "../../../../../src/core/payroll/paycheck-input";
import { STATE_WITHHOLDING } from "../../../../../src/core/payroll/withholding/states/registry";
import { type PeerRow, type PeerState, peerFederalW4, PEER_ROWS as rows } from "./peer-vector-rows";

/**
 * An open-source payroll system's public 2021 withholding vectors (federal and every state, see
 * test/fixtures/peer-vectors/README.md). Every row the engine can express is reproduced to the cent;
 * the rows it cannot, and the rows where the peer is wrong, are counted with the rule for each.
 * Each state with 2021 tables maps the peer's columns to its certificate in `./peer-states/`.
 */
const PEER_STATES: PeerState[] = (
  await Promise.all(
    readdirSync(new URL("./peer-states/", import.meta.url))
      .filter((f) => f.endsWith(".ts"))
      .sort()
      .map((f) => import(`./peer-states/${f}`) as Promise<{ peerStates: PeerState[] }>),
  )
).flatMap((m) => m.peerStates);
const BY_STATE = new Map(PEER_STATES.map((p) => [p.state, p]));

const paycheck = (row: PeerRow, w4: FederalW4Input, stateW4?: StateW4Input) =>
  computePaycheck({
    payDate: "2021-01-01",
    payFrequency: "biweekly",
    earnings: [{ code: "salary", amount: row.gross }],
    federalW4: w4,
    ...(row.state === "00" ? {} : { workState: row.state, stateW4: stateW4 ?? {} }),
  });

describe("peer withholding vectors, 2021", () => {
  it("holds 13,970 rows: 2,520 federal and 11,450 across the 50 states and DC", () => {
    expect(rows).toHaveLength(13_970);
    expect(rows.filter((r) => r.state === "00")).toHaveLength(2_520);
    expect(new Set(rows.filter((r) => r.state !== "00").map((r) => r.state)).size).toBe(51);
  });

  it("reproduces every federal row a real certificate can express, to the cent", () => {
    const federal = rows.filter((r) => r.state === "00");
    const expressible = federal.filter((r) => peerFederalW4(r));
    // 420 rows pair a pre-2020 W-4 with head of household, a status that form never had.
    expect(federal.length - expressible.length).toBe(420);
    const misses = expressible.filter(
      (r) => paycheck(r, peerFederalW4(r)!).employeeTaxes.federalIncomeTax !== r.federal,
    );
    expect(misses).toEqual([]);
    expect(expressible).toHaveLength(2_100);
  });

  for (const peer of PEER_STATES) {
    it(`${peer.state}: reproduces every row its certificate can express, federal and state, to the cent`, () => {
      const stateRows = rows.filter((r) => r.state === peer.state);
      expect(stateRows.length).toBeGreaterThan(0);
      let inexpressible = 0;
      let peerWrong = 0;
      const misses: string[] = [];
      for (const r of stateRows) {
        const federalW4 = peerFederalW4(r);
        const certificate = peer.certificate(r);
        if (!federalW4 || "inexpressible" in certificate) {
          inexpressible++;
          continue;
        }
        const wrong = peer.peerWrong?.(r);
        if (wrong) peerWrong++;
        const expected = wrong?.expected ?? r.stateTax;
        const result = paycheck(r, federalW4, certificate).employeeTaxes;
        if (result.stateIncomeTax !== expected || result.federalIncomeTax !== r.federal)
          misses.push(
            `${r.state} ${r.status}/${r.allowance} w4 ${r.w4} ${r.gross}: ${result.stateIncomeTax} vs ${expected}`,
          );
      }
      expect(misses).toEqual([]);
      expect({ inexpressible, peerWrong }).toEqual({
        inexpressible: peer.inexpressibleRows,
        peerWrong: peer.peerWrongRows,
      });
    });
  }

  it("maps all 51 jurisdictions, each with 2021 tables", () => {
    const states = new Set(rows.filter((r) => r.state !== "00").map((r) => r.state));
    expect([...states].filter((s) => !BY_STATE.has(s))).toEqual([]);
    expect([...states].filter((s) => !(s in STATE_WITHHOLDING))).toEqual([]);
  });
});
