import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computePaycheck } from "../../../../../src/core/payroll/compute-paycheck";
import type { FederalW4Input } from "../../../../../src/core/payroll/paycheck-input";
import { STATE_WITHHOLDING } from "../../../../../src/core/payroll/withholding/states/registry";

/**
 * An open-source payroll system's public 2021 withholding vectors (federal and every state, see
 * test/fixtures/peer-vectors/README.md). Every row the engine can express is reproduced to the cent;
 * the rows it cannot are counted here with the rule that excludes them.
 */
type Row = {
  state: string;
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

const rows: Row[] = readFileSync(
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
      w4: c[6] as Row["w4"],
      credits: c[7]!,
      otherIncome: c[8]!,
      deductions: c[9]!,
      gross: c[10]!,
      federal: c[11]!,
      stateTax: c[12]!,
    };
  });

/**
 * The peer's status codes: 10 single, 20 married, 40 head of household. A pre-2020 Form W-4 has no
 * head-of-household status (Single or Married only), so those rows describe no certificate.
 */
function federalW4(row: Row): FederalW4Input | undefined {
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

const paycheck = (row: Row, w4: FederalW4Input) =>
  computePaycheck({
    payDate: "2021-01-01",
    payFrequency: "biweekly",
    earnings: [{ code: "salary", amount: row.gross }],
    federalW4: w4,
    ...(row.state === "00" ? {} : { workState: row.state, stateW4: { allowances: row.allowance } }),
  });

/** States whose 2021 tables are loaded (the others fail with the missing table named). */
const STATES_2021 = ["AK", "FL", "IL", "NH", "NV", "PA", "SD", "TN", "TX", "WA", "WY"];

describe("peer withholding vectors, 2021", () => {
  it("holds 13,970 rows: 2,520 federal and 11,450 across the 50 states and DC", () => {
    expect(rows).toHaveLength(13_970);
    expect(rows.filter((r) => r.state === "00")).toHaveLength(2_520);
    expect(new Set(rows.filter((r) => r.state !== "00").map((r) => r.state)).size).toBe(51);
  });

  it("reproduces every federal row a real certificate can express, to the cent", () => {
    const federal = rows.filter((r) => r.state === "00");
    const expressible = federal.filter((r) => federalW4(r));
    // 420 rows pair a pre-2020 W-4 with head of household, a status that form never had.
    expect(federal.length - expressible.length).toBe(420);
    const misses = expressible.filter(
      (r) => paycheck(r, federalW4(r)!).employeeTaxes.federalIncomeTax !== r.federal,
    );
    expect(misses).toEqual([]);
    expect(expressible).toHaveLength(2_100);
  });

  it("reproduces every row of the states with 2021 tables, federal and state, to the cent", () => {
    const state = rows.filter((r) => STATES_2021.includes(r.state));
    expect(state).toHaveLength(11 * 35);
    const misses = state
      .map((r) => ({ r, result: paycheck(r, federalW4(r)!) }))
      .filter(
        ({ r, result }) =>
          result.employeeTaxes.stateIncomeTax !== r.stateTax ||
          result.employeeTaxes.federalIncomeTax !== r.federal,
      )
      .map(
        ({ r, result }) =>
          `${r.state} ${r.status}/${r.allowance} ${r.gross}: ${result.employeeTaxes.stateIncomeTax} vs ${r.stateTax}`,
      );
    expect(misses).toEqual([]);
  });

  it("refuses every other state's row with an error naming the state, never a silent zero", () => {
    const others = rows.filter((r) => r.state !== "00" && !STATES_2021.includes(r.state));
    const states = new Set(others.map((r) => r.state));
    for (const code of states) {
      const row = others.find((r) => r.state === code)!;
      expect(() => paycheck(row, federalW4(row)!), code).toThrow(new RegExp(`\\b${code}\\b`));
    }
    // CA and CO are supported but carry no 2021 tables; the rest have no module yet.
    expect([...states].filter((s) => s in STATE_WITHHOLDING).sort()).toEqual(["CA", "CO"]);
  });
});
