import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";
import { computeEmployeePrograms } from "../../../../src/core/payroll/state-programs";
import { TableLookup } from "../../../../src/core/tables/table-lookup";

/**
 * The programs of one check, straight from the computation: `wages` are the check's Social Security
 * style wages (gross − Section 125), `ytd` the program wages paid before it this year, `periods` the
 * pay periods a year (26 = biweekly unless given).
 */
function run(
  workState: string,
  payDate: string,
  wages: string,
  o: { ytd?: string; periods?: number; incomeTaxWages?: string; socialSecurityWages?: string } = {},
) {
  const tables = new TableLookup();
  const result = computeEmployeePrograms({
    workState,
    wages: new Decimal(wages),
    incomeTaxWages: new Decimal(o.incomeTaxWages ?? wages),
    socialSecurityWages: new Decimal(o.socialSecurityWages ?? wages),
    ytdWages: new Decimal(o.ytd ?? "0"),
    periodsPerYear: o.periods ?? 26,
    payDate,
    tables,
  });
  return { ...result, tables };
}

/** Program code → amount withheld, "0.00" style. */
function amounts(r: ReturnType<typeof run>): Record<string, string> {
  return Object.fromEntries(r.lines.map((l) => [l.code, l.amount.toFixed(2)]));
}

/** Program code → the wages the program was computed on. */
function wagesOf(r: ReturnType<typeof run>): Record<string, string> {
  return Object.fromEntries(r.lines.map((l) => [l.code, l.wages.toFixed(2)]));
}

describe("New Jersey: UI/WF/SWF, TDI and FLI, each with its own wage base", () => {
  it("2026 below the bases: 0.425%, 0.19%, 0.23% of $3,000", () => {
    // 3,000 × 0.425% = 12.75; × 0.19% = 5.70; × 0.23% = 6.90.
    expect(amounts(run("NJ", "2026-06-12", "3000"))).toEqual({
      NJ_UI: "12.75",
      NJ_TDI: "5.70",
      NJ_FLI: "6.90",
    });
  });

  it("2026 reaching the UI base ($44,800), then the TDI/FLI base ($171,100)", () => {
    // $43,000 paid before: UI takes 44,800 − 43,000 = 1,800 × 0.425% = 7.65; TDI/FLI still all $3,000.
    const ui = run("NJ", "2026-06-12", "3000", { ytd: "43000" });
    expect(amounts(ui)).toEqual({ NJ_UI: "7.65", NJ_TDI: "5.70", NJ_FLI: "6.90" });
    expect(wagesOf(ui).NJ_UI).toBe("1800.00");
    // $170,000 paid before: UI nothing; TDI/FLI take 171,100 − 170,000 = 1,100:
    // × 0.19% = 2.09, × 0.23% = 2.53.
    expect(amounts(run("NJ", "2026-11-20", "3000", { ytd: "170000" }))).toEqual({
      NJ_UI: "0.00",
      NJ_TDI: "2.09",
      NJ_FLI: "2.53",
    });
  });

  it("2025: 0.23% TDI and 0.33% FLI; UI base $43,300, TDI/FLI base $165,400", () => {
    // 3,000 × 0.425% = 12.75; × 0.23% = 6.90; × 0.33% = 9.90.
    expect(amounts(run("NJ", "2025-06-13", "3000"))).toEqual({
      NJ_UI: "12.75",
      NJ_TDI: "6.90",
      NJ_FLI: "9.90",
    });
    // $42,000 before: UI on 1,300 × 0.425% = 5.525 → 5.53 (half-up).
    expect(amounts(run("NJ", "2025-06-13", "3000", { ytd: "42000" })).NJ_UI).toBe("5.53");
    // $164,000 before: TDI/FLI on 1,400: × 0.23% = 3.22, × 0.33% = 4.62.
    expect(amounts(run("NJ", "2025-11-21", "3000", { ytd: "164000" }))).toEqual({
      NJ_UI: "0.00",
      NJ_TDI: "3.22",
      NJ_FLI: "4.62",
    });
  });

  it("2021: TDI 0.47% and FLI 0.28% of the first $138,200 (NJDOL)", () => {
    // 3,000 × 0.425% = 12.75; × 0.47% = 14.10; × 0.28% = 8.40.
    expect(amounts(run("NJ", "2021-06-11", "3000"))).toEqual({
      NJ_UI: "12.75",
      NJ_TDI: "14.10",
      NJ_FLI: "8.40",
    });
  });

  it("names the yearly base and what was already paid when a base cuts the wages", () => {
    const r = run("NJ", "2026-06-12", "3000", { ytd: "43000" });
    expect(r.explanation[0]).toBe(
      "New Jersey unemployment, workforce development and supplemental workforce funds (UI/WF/SWF, employee share): 0.425% of $1,800.00 = $7.65 (only the first $44,800 of your pay each year counts, and $43,000.00 was paid before this check).",
    );
  });
});

describe("New York: DBL capped per week (so per pay frequency), PFL up to a yearly cap", () => {
  it("DBL: 0.5% up to $0.60 a week — $1.20 biweekly, $1.30 semimonthly, $2.60 monthly, $0.60 weekly", () => {
    // Cap wages = $120 × 52 ÷ periods: biweekly 240 → 1.20; semimonthly 260 → 1.30;
    // monthly 520 → 2.60; weekly 120 → 0.60 (12 NYCRR 362.2's table).
    expect(amounts(run("NY", "2026-06-12", "3000")).NY_DBL).toBe("1.20");
    expect(wagesOf(run("NY", "2026-06-12", "3000")).NY_DBL).toBe("240.00");
    expect(amounts(run("NY", "2026-06-15", "3000", { periods: 24 })).NY_DBL).toBe("1.30");
    expect(amounts(run("NY", "2026-06-30", "6000", { periods: 12 })).NY_DBL).toBe("2.60");
    expect(amounts(run("NY", "2026-06-12", "1000", { periods: 52 })).NY_DBL).toBe("0.60");
  });

  it("DBL below the weekly cap: $100 a week × 0.5% = $0.50", () => {
    expect(amounts(run("NY", "2026-06-12", "100", { periods: 52 })).NY_DBL).toBe("0.50");
  });

  it("PFL 2026: 0.432% below the cap; the cap is 0.432% of 52 × NYSAWW $1,833.63 = $95,348.76 ($411.91)", () => {
    // 3,000 × 0.432% = 12.96.
    expect(amounts(run("NY", "2026-06-12", "3000")).NY_PFL).toBe("12.96");
    // $94,000 before: 95,348.76 − 94,000 = 1,348.76 × 0.432% = 5.8266 → 5.83.
    expect(amounts(run("NY", "2026-11-20", "3000", { ytd: "94000" })).NY_PFL).toBe("5.83");
    expect(amounts(run("NY", "2026-12-04", "3000", { ytd: "96000" })).NY_PFL).toBe("0.00");
  });

  it("PFL 2025: 0.388% up to 52 × $1,757.19 = $91,373.88 ($354.53)", () => {
    // 3,000 × 0.388% = 11.64; $90,000 before: 1,373.88 × 0.388% = 5.3306… → 5.33.
    expect(amounts(run("NY", "2025-06-13", "3000"))).toEqual({ NY_DBL: "1.20", NY_PFL: "11.64" });
    expect(amounts(run("NY", "2025-11-21", "3000", { ytd: "90000" })).NY_PFL).toBe("5.33");
  });

  it("PFL 2021: 0.511%", () => {
    // 3,000 × 0.511% = 15.33.
    expect(amounts(run("NY", "2021-06-11", "3000"))).toEqual({ NY_DBL: "1.20", NY_PFL: "15.33" });
  });

  it("a New York paycheck now withholds both, out of net pay, and lists PFL 2026 as unverified", () => {
    const input: PaycheckInput = {
      id: "ny",
      payDate: "2026-06-12",
      payFrequency: "biweekly",
      earnings: [{ code: "salary", amount: "3000.00" }],
      federalW4: { version: 2020, filingStatus: "married_jointly" },
      deductions: [{ code: "401k", percent: "5" }],
      workState: "NY",
    };
    const r = computePaycheck(input);
    // 401(k) stays in the programs' wages: DBL 240 × 0.5% = 1.20; PFL 3,000 × 0.432% = 12.96.
    expect(r.statePrograms).toEqual([
      expect.objectContaining({ code: "NY_DBL", wages: "240.00", amount: "1.20" }),
      expect.objectContaining({ code: "NY_PFL", wages: "3000.00", amount: "12.96" }),
    ]);
    const withheld = [
      ...Object.values(r.employeeTaxes),
      ...(r.statePrograms ?? []).map((p) => p.amount),
      ...r.deductions.map((d) => d.amount),
    ].reduce((a, v) => a + Math.round(Number(v) * 100), 0);
    expect(Math.round(Number(r.gross) * 100) - withheld).toBe(Math.round(Number(r.net) * 100));
    expect(r.unverifiedTables).toContain("state.NY.pfl (from 2026-01-01, unverified)");
    expect(r.unverifiedTables?.some((t) => t.startsWith("state.NY.dbl_employee"))).toBe(false);
  });
});

describe("Rhode Island TDI: rate up to a yearly wage base", () => {
  it("2026: 1.1% up to $100,000", () => {
    // 3,000 × 1.1% = 33.00; $98,500 before: 1,500 × 1.1% = 16.50.
    expect(amounts(run("RI", "2026-06-12", "3000"))).toEqual({ RI_TDI: "33.00" });
    expect(amounts(run("RI", "2026-11-20", "3000", { ytd: "98500" }))).toEqual({ RI_TDI: "16.50" });
  });

  it("2025: 1.3% up to $89,200; 2021: 1.3% up to $74,000", () => {
    // 3,000 × 1.3% = 39.00; $88,000 before: 1,200 × 1.3% = 15.60; 2021 $73,000 before: 1,000 → 13.00.
    expect(amounts(run("RI", "2025-06-13", "3000"))).toEqual({ RI_TDI: "39.00" });
    expect(amounts(run("RI", "2025-11-21", "3000", { ytd: "88000" }))).toEqual({ RI_TDI: "15.60" });
    expect(amounts(run("RI", "2021-11-19", "3000", { ytd: "73000" }))).toEqual({ RI_TDI: "13.00" });
  });
});

describe("Hawaii TDI: 0.5% up to the maximum weekly wage base, per pay frequency", () => {
  it("2026 below the weekly base: $1,000 a week × 0.5% = $5.00", () => {
    expect(amounts(run("HI", "2026-06-12", "1000", { periods: 52 }))).toEqual({ HI_TDI: "5.00" });
  });

  it("2026 at the $1,500.21 weekly base: $7.50 weekly, $15.00 biweekly, $16.25 semimonthly, $32.50 monthly", () => {
    // weekly: 1,500.21 × 0.5% = 7.50105 → 7.50.
    expect(amounts(run("HI", "2026-06-12", "2000", { periods: 52 }))).toEqual({ HI_TDI: "7.50" });
    // biweekly: cap 1,500.21 × 2 = 3,000.42 → 15.0021 → 15.00.
    expect(amounts(run("HI", "2026-06-12", "4000"))).toEqual({ HI_TDI: "15.00" });
    // semimonthly: cap 1,500.21 × 52 ÷ 24 = 3,250.455 → 3,250.46 → × 0.5% = 16.2523 → 16.25.
    const semi = run("HI", "2026-06-15", "4000", { periods: 24 });
    expect(wagesOf(semi)).toEqual({ HI_TDI: "3250.46" });
    expect(amounts(semi)).toEqual({ HI_TDI: "16.25" });
    // monthly: cap 1,500.21 × 52 ÷ 12 = 6,500.91 → 32.50455 → 32.50.
    expect(amounts(run("HI", "2026-06-30", "8000", { periods: 12 }))).toEqual({ HI_TDI: "32.50" });
  });

  it("2025 weekly base $1,441.72: at most $7.21 a week (DLIR's published maximum)", () => {
    // 1,441.72 × 0.5% = 7.2086 → 7.21.
    const r = run("HI", "2025-06-13", "2000", { periods: 52 });
    expect(amounts(r)).toEqual({ HI_TDI: "7.21" });
    expect(r.explanation[0]).toContain(
      "only $1,441.72 of wages a week counts, $1,441.72 for this pay period",
    );
  });
});

describe("paid leave up to the Social Security base (MA, CT, OR, DE, MN, ME)", () => {
  // $1,000 of Social Security wages left on the check = the year reaching the base.
  it("Massachusetts: 0.46% in 2025 and 2026, 0.378% in 2021", () => {
    // 3,000 × 0.46% = 13.80; capped: 1,000 × 0.46% = 4.60; 2021: 3,000 × 0.378% = 11.34.
    expect(amounts(run("MA", "2026-06-12", "3000"))).toEqual({ MA_PFML: "13.80" });
    expect(amounts(run("MA", "2026-12-04", "3000", { socialSecurityWages: "1000" }))).toEqual({
      MA_PFML: "4.60",
    });
    expect(amounts(run("MA", "2025-06-13", "3000"))).toEqual({ MA_PFML: "13.80" });
    expect(amounts(run("MA", "2021-06-11", "3000"))).toEqual({ MA_PFML: "11.34" });
  });

  it("Connecticut: 0.5% since 2021", () => {
    // 3,000 × 0.5% = 15.00; capped: 1,000 × 0.5% = 5.00.
    expect(amounts(run("CT", "2026-06-12", "3000"))).toEqual({ CT_PL: "15.00" });
    expect(amounts(run("CT", "2026-12-04", "3000", { socialSecurityWages: "1000" }))).toEqual({
      CT_PL: "5.00",
    });
    expect(amounts(run("CT", "2021-06-11", "3000"))).toEqual({ CT_PL: "15.00" });
    expect(run("CT", "2026-06-12", "3000").tables.unverifiedTables()).toEqual([]);
  });

  it("Oregon: paid leave 0.6% up to the base; transit 0.1% of income-tax wages, no cap", () => {
    // Paid leave 3,000 × 0.6% = 18.00; transit on 2,850 (after a $150 401(k)) × 0.1% = 2.85.
    expect(amounts(run("OR", "2026-06-12", "3000", { incomeTaxWages: "2850" }))).toEqual({
      OR_PL: "18.00",
      OR_STT: "2.85",
    });
    // At the base: paid leave 1,000 × 0.6% = 6.00; transit unchanged.
    expect(
      amounts(run("OR", "2026-12-04", "3000", { incomeTaxWages: "2850", socialSecurityWages: "1000" })),
    ).toEqual({ OR_PL: "6.00", OR_STT: "2.85" });
    expect(amounts(run("OR", "2025-06-13", "3000"))).toEqual({ OR_PL: "18.00", OR_STT: "3.00" });
  });

  it("Delaware: 0.4% (half of 0.8%) from 2025", () => {
    // 3,000 × 0.4% = 12.00; capped: 1,000 × 0.4% = 4.00.
    expect(amounts(run("DE", "2026-06-12", "3000"))).toEqual({ DE_PL: "12.00" });
    expect(amounts(run("DE", "2025-06-13", "3000"))).toEqual({ DE_PL: "12.00" });
    expect(amounts(run("DE", "2026-12-04", "3000", { socialSecurityWages: "1000" }))).toEqual({
      DE_PL: "4.00",
    });
  });

  it("Minnesota: 0.44% (half of 0.88%) in 2026", () => {
    // 3,000 × 0.44% = 13.20; capped: 1,000 × 0.44% = 4.40.
    expect(amounts(run("MN", "2026-06-12", "3000"))).toEqual({ MN_PL: "13.20" });
    expect(amounts(run("MN", "2026-12-04", "3000", { socialSecurityWages: "1000" }))).toEqual({
      MN_PL: "4.40",
    });
  });

  it("Maine: 0.5% (half of 1%) from 2025", () => {
    // 3,000 × 0.5% = 15.00; capped: 1,000 × 0.5% = 5.00.
    expect(amounts(run("ME", "2025-06-13", "3000"))).toEqual({ ME_PFML: "15.00" });
    expect(amounts(run("ME", "2026-12-04", "3000", { socialSecurityWages: "1000" }))).toEqual({
      ME_PFML: "5.00",
    });
  });
});

describe("Alaska employee UI: 0.5% up to the UI wage base", () => {
  it("2025: $51,700", () => {
    // 3,000 × 0.5% = 15.00; $50,000 before: 1,700 × 0.5% = 8.50; $52,000 before: nothing.
    expect(amounts(run("AK", "2025-06-13", "3000"))).toEqual({ AK_UI: "15.00" });
    expect(amounts(run("AK", "2025-09-19", "3000", { ytd: "50000" }))).toEqual({ AK_UI: "8.50" });
    expect(amounts(run("AK", "2025-10-03", "3000", { ytd: "52000" }))).toEqual({ AK_UI: "0.00" });
  });

  it("2021: $43,600; 2026 carries 2025 forward and says it is unverified", () => {
    // 2021, $42,000 before: 1,600 × 0.5% = 8.00.
    expect(amounts(run("AK", "2021-09-17", "3000", { ytd: "42000" }))).toEqual({ AK_UI: "8.00" });
    const r = run("AK", "2026-06-12", "3000");
    expect(amounts(r)).toEqual({ AK_UI: "15.00" });
    expect(r.tables.unverifiedTables()).toEqual(["state.AK.ui_employee (from 2026-01-01, unverified)"]);
  });
});

describe("a pay date before a program's first year owes nothing for it", () => {
  it("Minnesota in 2025, Delaware and Maine in 2021, Paid Leave Oregon in 2021 (transit already ran)", () => {
    expect(run("MN", "2025-12-19", "3000").lines).toEqual([]);
    expect(run("DE", "2021-06-11", "3000").lines).toEqual([]);
    expect(run("ME", "2021-06-11", "3000").lines).toEqual([]);
    // Oregon 2021: only the transit tax (from July 2018): 3,000 × 0.1% = 3.00.
    expect(amounts(run("OR", "2021-06-11", "3000"))).toEqual({ OR_STT: "3.00" });
  });
});

describe("through computePaycheck: the year's wages so far come from the YTD input", () => {
  const nj = (ytd: PaycheckInput["ytd"]): PaycheckInput => ({
    id: "nj",
    payDate: "2026-06-12",
    payFrequency: "biweekly",
    earnings: [{ code: "salary", amount: "3000.00" }],
    federalW4: { version: 2020, filingStatus: "married_jointly" },
    workState: "NJ",
    ytd,
  });

  it("takes the YTD Medicare wages as the program wages already paid", () => {
    // 44,800 − 43,000 = 1,800 × 0.425% = 7.65.
    const r = computePaycheck(nj({ socialSecurityWages: "43000", medicareWages: "43000" }));
    expect(r.statePrograms?.find((p) => p.code === "NJ_UI")).toEqual(
      expect.objectContaining({ wages: "1800.00", amount: "7.65" }),
    );
  });

  it("falls back to the YTD Social Security wages when no Medicare wages are given", () => {
    const r = computePaycheck(nj({ socialSecurityWages: "44000" }));
    // 44,800 − 44,000 = 800 × 0.425% = 3.40.
    expect(r.statePrograms?.find((p) => p.code === "NJ_UI")?.amount).toBe("3.40");
  });

  it("Oregon's transit tax leaves the 401(k) out; its paid leave keeps it in", () => {
    const r = computePaycheck({
      id: "or",
      payDate: "2026-06-12",
      payFrequency: "biweekly",
      earnings: [{ code: "salary", amount: "3000.00" }],
      federalW4: { version: 2020, filingStatus: "married_jointly" },
      deductions: [{ code: "401k", percent: "5" }],
      workState: "OR",
    });
    // Paid leave 3,000 × 0.6% = 18.00; transit (3,000 − 150) × 0.1% = 2.85.
    expect(r.statePrograms).toEqual([
      expect.objectContaining({ code: "OR_PL", wages: "3000.00", amount: "18.00" }),
      expect.objectContaining({ code: "OR_STT", wages: "2850.00", amount: "2.85" }),
    ]);
  });
});
