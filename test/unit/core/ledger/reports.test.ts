import { describe, expect, it } from "vitest";
import { DEFAULT_DEPOSIT_RULES } from "../../../../src/core/ledger/deposit-schedule";
import { additionalMedicareWages, buildForm941, parseQuarter } from "../../../../src/core/ledger/form-941";
import { buildW2s } from "../../../../src/core/ledger/form-w2";
import { buildPayRunEntry } from "../../../../src/core/ledger/journal";
import { buildLiabilitiesReport, liabilitiesReportCsv } from "../../../../src/core/ledger/liabilities-report";
import { paycheck } from "./fixtures";

/** A paycheck of `wages` subject to everything, with FICA computed per check (6.2% / 1.45%, half up). */
function ficaCheck(employeeId: string, wages: string, ss: string, med: string, payDate = "2026-03-13") {
  return paycheck({
    employeeId,
    payDate,
    periodStart: "2026-03-01",
    periodEnd: "2026-03-14",
    gross: wages,
    net: "0.00",
    taxableWages: {
      federalIncomeTax: wages,
      socialSecurity: wages,
      medicare: wages,
      futa: "0",
      suta: "0",
      state: "0",
    },
    employeeTaxes: {
      federalIncomeTax: "0.00",
      socialSecurity: ss,
      medicare: med,
      additionalMedicare: "0.00",
      stateIncomeTax: "0.00",
    },
    employerTaxes: { socialSecurity: ss, medicare: med, futa: "0.00", suta: "0.00" },
    deductions: [],
    employerContributions: [],
  });
}

describe("Form 941", () => {
  it("reports the fractions-of-cents difference between per-check FICA and the line 5 rate computation", () => {
    // 100.03 × 6.2% = 6.20186 → 6.20 per side per check; 100.03 × 1.45% = 1.450435 → 1.45.
    const checks = ["a", "b", "c"].map((id) => ficaCheck(id, "100.03", "6.20", "1.45"));
    const f = buildForm941("2026Q1", checks);
    expect(f.line5a).toEqual({ wages: "300.09", tax: "37.21" });
    expect(f.line5c).toEqual({ wages: "300.09", tax: "8.70" });
    expect(f.line5e).toBe("45.91");
    // Actual: 3 × (6.20 + 6.20 + 1.45 + 1.45) = 45.90.
    expect(f.line7).toBe("-0.01");
    expect(f.line10).toBe("45.90");
    expect(f.line1).toBe(3);
  });

  it("equals the sum of the quarter's paychecks and ignores other quarters", () => {
    const p = paycheck();
    const f = buildForm941("2026Q1", [
      p,
      paycheck({ employeeId: "e2" }),
      paycheck({ payDate: "2026-04-03" }),
    ]);
    expect(f.line2).toBe("3460.00");
    expect(f.line3).toBe("300.00");
    expect(f.line5a.wages).toBe("3700.00");
    // line 10 = FIT + every FICA share actually withheld and owed.
    expect(f.line10).toBe("866.12");
    expect(f.line16).toEqual({ month1: "866.12", month2: "0.00", month3: "0.00", total: "866.12" });
    // Neither paycheck's period covers 12 March.
    expect(f.line1).toBe(0);
  });

  it("reports Additional Medicare wages only above $200,000 of the year's Medicare wages", () => {
    expect(additionalMedicareWages("10000.00", "195000.00")).toBe("5000.00");
    expect(additionalMedicareWages("10000.00", "205000.00")).toBe("10000.00");
    expect(additionalMedicareWages("10000.00", "0")).toBe("0.00");
    const f = buildForm941("2026Q4", [
      paycheck({ payDate: "2026-12-11", ytdMedicareWagesBefore: "199000.00" }),
    ]);
    expect(f.line5d).toEqual({ wages: "850.00", tax: "7.65" });
  });

  it("parses quarters and refuses malformed ones", () => {
    expect(parseQuarter("2026Q3")).toEqual({ year: 2026, quarter: 3 });
    expect(parseQuarter("2026Q5")).toBeNull();
    expect(() => buildForm941("2026-Q1", [])).toThrow();
  });
});

describe("Form W-2", () => {
  it("sums boxes 1–6 and box 12 codes D, W, DD, AA, TT per employee for the year", () => {
    const w2s = buildW2s(2026, [
      paycheck(),
      paycheck({ payDate: "2026-01-30" }),
      paycheck({ employeeId: "e2", deductions: [], employerContributions: [], earnings: [] }),
      paycheck({ payDate: "2025-12-31" }),
    ]);
    expect(w2s).toHaveLength(2);
    expect(w2s[0]).toEqual({
      employeeId: "e1",
      year: 2026,
      box1: "3460.00",
      box2: "300.00",
      box3: "3700.00",
      box4: "229.40",
      box5: "3700.00",
      box6: "53.66",
      box12: [
        { code: "D", amount: "240.00" },
        { code: "W", amount: "150.00" },
        { code: "AA", amount: "132.70" },
        { code: "DD", amount: "1000.00" },
        { code: "TT", amount: "66.66" },
      ],
    });
    expect(w2s[1]?.box12).toEqual([]);
    // A state-only (California daily) premium is not qualified overtime: TT takes the FLSA part only.
    const ca = buildW2s(2026, [paycheck({ flsaOvertimePremium: "10.00" })]);
    expect(ca[0]?.box12.find((b) => b.code === "TT")).toEqual({ code: "TT", amount: "10.00" });
  });
});

describe("liabilities report", () => {
  it("lists each account's debits, credits, balance and amounts by due date, with equal totals", () => {
    const entry = buildPayRunEntry({
      clientEin: "12-3456789",
      runId: "r",
      kind: "pay_run",
      payDate: "2026-01-16",
      description: "run",
      paychecks: [paycheck()],
      rules: DEFAULT_DEPOSIT_RULES,
    });
    const lines = entry.lines.map((l) => ({ ...l, entryDate: entry.entryDate }));
    const report = buildLiabilitiesReport("12-3456789", "2026-01-01", "2026-01-31", lines);
    expect(Object.keys(report)).toEqual(["client", "from", "to", "accounts", "totals"]);
    expect(report.totals).toEqual({ debit: "2639.35", credit: "2639.35" });
    const fit = report.accounts.find((a) => a.account === "federal_income_tax_withheld_payable");
    expect(fit).toEqual({
      account: "federal_income_tax_withheld_payable",
      debit: "0.00",
      credit: "150.00",
      balance: "150.00",
      due: [{ date: "2026-02-17", amount: "150.00" }],
    });
    const wages = report.accounts.find((a) => a.account === "wages_expense");
    expect(wages).toMatchObject({ debit: "2000.00", balance: "2000.00", due: [] });
    expect(buildLiabilitiesReport("12-3456789", "2026-02-01", "2026-02-28", lines).accounts).toEqual([]);
    const csv = liabilitiesReportCsv(report);
    expect(csv.split("\n")[0]).toBe("client,from,to,account,debit,credit,balance,due_date,due_amount");
    expect(csv).toContain(
      "12-3456789,2026-01-01,2026-01-31,federal_income_tax_withheld_payable,0.00,150.00,150.00,2026-02-17,150.00",
    );
    expect(csv).toContain("TOTAL,2639.35,2639.35");
  });
});
