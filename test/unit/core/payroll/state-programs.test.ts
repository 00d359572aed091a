import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";
import { computeEmployeePrograms } from "../../../../src/core/payroll/state-programs";
import { TableLookup } from "../../../../src/core/tables/table-lookup";

const check = (workState: string, payDate = "2026-06-12"): PaycheckInput => ({
  id: "x",
  payDate,
  payFrequency: "biweekly",
  earnings: [{ code: "salary", amount: "3000.00" }],
  federalW4: { version: 2020, filingStatus: "married_jointly" },
  deductions: [{ code: "401k", percent: "5" }],
  workState,
});

describe("employee-paid state programs", () => {
  it("withholds California SDI: 1.3% of all wages in 2026, 401(k) deferrals included ($39.00 on $3,000)", () => {
    const r = computePaycheck(check("CA"));
    expect(r.statePrograms).toEqual([
      expect.objectContaining({ code: "CA_SDI", wages: "3000.00", amount: "39.00" }),
    ]);
    expect(
      r.explanation.some((l) => l.includes("California State Disability Insurance") && l.includes("$39.00")),
    ).toBe(true);
  });

  it("uses 2025's 1.2% for a 2025 pay date", () => {
    const wages = new Decimal("3000");
    const { lines } = computeEmployeePrograms({
      workState: "CA",
      wages,
      incomeTaxWages: wages,
      socialSecurityWages: wages,
      ytdWages: new Decimal("0"),
      periodsPerYear: 26,
      payDate: "2025-06-13",
      tables: new TableLookup(),
    });
    expect(lines.map((l) => l.amount.toFixed(2))).toEqual(["36.00"]);
  });

  it("withholds Pennsylvania's employee UC (0.07%) and lists its table as unverified", () => {
    const r = computePaycheck(check("PA"));
    expect(r.statePrograms).toEqual([expect.objectContaining({ code: "PA_UC", amount: "2.10" })]);
    expect(r.unverifiedTables).toContain("state.PA.uc_employee (from 2021-01-01, unverified)");
  });

  it("takes the programs out of net pay", () => {
    const ca = computePaycheck(check("CA"));
    const taxes = [
      ...Object.values(ca.employeeTaxes),
      ...(ca.statePrograms ?? []).map((p) => p.amount),
      ...ca.deductions.map((d) => d.amount),
    ].reduce((a, v) => a + Math.round(Number(v) * 100), 0);
    expect(Math.round(Number(ca.gross) * 100) - taxes).toBe(Math.round(Number(ca.net) * 100));
  });

  it("adds nothing where the work state has no such program", () => {
    const tx = computePaycheck(check("TX"));
    expect(tx.statePrograms).toBeUndefined();
    expect(tx.unverifiedTables).toBeUndefined();
  });

  it("withholds Washington's paid leave (1.13% × 71.43%) and WA Cares (0.58%) in 2026", () => {
    const r = computePaycheck(check("WA"));
    // $3,000 × 0.807159% = $24.21; × 0.58% = $17.40.
    expect(r.statePrograms).toEqual([
      expect.objectContaining({ code: "WA_PFML", wages: "3000.00", amount: "24.21" }),
      expect.objectContaining({ code: "WA_CARES", wages: "3000.00", amount: "17.40" }),
    ]);
    expect(r.unverifiedTables).toBeUndefined();
  });

  it("stops paid leave at the Social Security wage base; WA Cares has no cap", () => {
    const r = computePaycheck({
      ...check("WA"),
      ytd: { socialSecurityWages: "183500", medicareWages: "183500" },
    });
    expect(r.statePrograms).toEqual([
      expect.objectContaining({ code: "WA_PFML", wages: "1000.00", amount: "8.07" }),
      expect.objectContaining({ code: "WA_CARES", wages: "3000.00", amount: "17.40" }),
    ]);
    const past = computePaycheck({ ...check("WA"), ytd: { socialSecurityWages: "190000" } });
    expect(past.statePrograms?.find((p) => p.code === "WA_PFML")?.amount).toBe("0.00");
  });

  it("withholds Colorado FAMLI's employee half: 0.45% through 2025, 0.44% in 2026 (unverified)", () => {
    expect(computePaycheck(check("CO", "2025-06-13")).statePrograms).toEqual([
      expect.objectContaining({ code: "CO_FAMLI", amount: "13.50" }),
    ]);
    const r = computePaycheck(check("CO"));
    expect(r.statePrograms).toEqual([expect.objectContaining({ code: "CO_FAMLI", amount: "13.20" })]);
    expect(r.unverifiedTables).toEqual(
      expect.arrayContaining([expect.stringContaining("state.CO.famli_employee")]),
    );
  });
});
