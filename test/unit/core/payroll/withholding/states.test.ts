import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computePaycheck } from "../../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput, StateW4Input } from "../../../../../src/core/payroll/paycheck-input";
import { STATE_WITHHOLDING } from "../../../../../src/core/payroll/withholding/states/registry";
import { salaryInput } from "../helpers";

type Vector = {
  name: string;
  workState: string;
  payFrequency: "weekly" | "biweekly" | "semimonthly" | "monthly";
  wages: string;
  stateW4?: StateW4Input;
  expected: string;
};
const { vectors } = JSON.parse(
  readFileSync(new URL("../../../../vectors/state-withholding.json", import.meta.url), "utf8"),
) as { vectors: Vector[] };

describe("state income tax withholding", () => {
  it.each(vectors.map((v) => [v.name, v] as const))("%s", (_name, v) => {
    const r = computePaycheck(
      salaryInput(v.wages, {
        workState: v.workState,
        payFrequency: v.payFrequency,
        ...(v.stateW4 ? { stateW4: v.stateW4 } : {}),
      }),
    );
    expect(r.employeeTaxes.stateIncomeTax).toBe(v.expected);
  });

  it("supports every state and the District of Columbia", () => {
    expect(Object.keys(STATE_WITHHOLDING)).toHaveLength(51);
    expect(STATE_WITHHOLDING.DC?.name).toBeDefined();
  });

  it("refuses an unsupported state with payroll.unsupported_state, never a silent zero", () => {
    // Puerto Rico has its own withholding system, which the engine does not compute.
    expect(() => computePaycheck(salaryInput("1000.00", { workState: "PR" }))).toThrow(
      expect.objectContaining({
        code: "payroll.unsupported_state",
        message: "unsupported state withholding: PR",
      }),
    );
  });

  it("keeps 401(k) in Pennsylvania wages but takes Section 125 out", () => {
    const r = computePaycheck(
      salaryInput("2000.00", {
        workState: "PA",
        payFrequency: "biweekly",
        deductions: [
          { code: "401k", amount: "200.00" },
          { code: "section125_medical", amount: "100.00" },
        ],
      }),
    );
    expect(r.taxableWages.state).toBe("1900.00");
    expect(r.taxableWages.federalIncomeTax).toBe("1700.00");
    expect(r.employeeTaxes.stateIncomeTax).toBe("58.33"); // 1,900 × 3.07% = 58.33
  });

  it("adds HSA contributions back for California, which does not exclude them", () => {
    const r = computePaycheck(
      salaryInput("950.00", {
        workState: "CA",
        stateW4: { allowances: 3, filingStatus: "head_of_household" },
        deductions: [{ code: "hsa_section125", amount: "50.00" }],
      }),
    );
    expect(r.taxableWages.federalIncomeTax).toBe("900.00");
    expect(r.taxableWages.state).toBe("950.00");
    expect(r.employeeTaxes.stateIncomeTax).toBe("1.69");
  });

  it("applies California's 2021 annual tables to annualized wages, marked unverified", () => {
    // $1,000 × 52 = $52,000 − $4,601 = $47,399; $1,762.64 + 8.8% × $1,005 = $1,851.08; − $136.40
    // credit = $1,714.68 a year; ÷ 52 = $32.97.
    const r = computePaycheck(
      salaryInput("1000.00", { payDate: "2021-06-04", workState: "CA", stateW4: { allowances: 1 } }),
    );
    expect(r.employeeTaxes.stateIncomeTax).toBe("32.97");
    expect(r.explanation.join("\n")).toContain("$1,000.00 × 52 = $52,000.00");
    expect(r.unverifiedTables).toContain("state.CA.withholding (from 2021-01-01, unverified)");
    // $290 × 52 = $15,080 is not above the $15,267 yearly low-income exemption.
    const low = computePaycheck(salaryInput("290.00", { payDate: "2021-06-04", workState: "CA" }));
    expect(low.employeeTaxes.stateIncomeTax).toBe("0.00");
  });

  it("withholds whole dollars in Colorado for 2021, cents from 2025", () => {
    // ($961 × 26 − $4,000) × 4.55% ÷ 26 = $36.7255 → $37, + $5 extra.
    const co2021 = (extraWithholding?: string) =>
      computePaycheck(
        salaryInput("961.00", {
          payDate: "2021-06-04",
          payFrequency: "biweekly",
          workState: "CO",
          federalW4: { version: 2020, filingStatus: "head_of_household" },
          ...(extraWithholding ? { stateW4: { extraWithholding } } : {}),
        }),
      );
    expect(co2021().employeeTaxes.stateIncomeTax).toBe("37.00");
    expect(co2021("5.00").employeeTaxes.stateIncomeTax).toBe("42.00");
    expect(co2021().unverifiedTables).toContain("state.CO.withholding (from 2021-01-01, unverified)");
    // ($961 × 26 − $5,000) × 4.40% ÷ 26 = $33.8245 → $33.82.
    const co2026 = computePaycheck(
      salaryInput("961.00", { payDate: "2026-06-05", payFrequency: "biweekly", workState: "CO" }),
    );
    expect(co2026.employeeTaxes.stateIncomeTax).toBe("33.82");
  });

  it("refuses a California pay date between its loaded years, naming the table", () => {
    // California carries 2021 and 2026 tables; 2025 has none, and is never a silent zero.
    expect(() => computePaycheck(salaryInput("1000.00", { payDate: "2025-07-03", workState: "CA" }))).toThrow(
      expect.objectContaining({
        code: "payroll.no_table_for_date",
        details: { table: "state.CA.withholding", payDate: "2025-07-03" },
      }),
    );
  });

  it("rounds an exact Illinois half cent up (annual terms, one division last)", () => {
    // (24 × $1,045.00 − $1,000) × 4.95% ÷ 24 = $49.665 exactly → $49.67.
    const r = computePaycheck(
      salaryInput("1045.00", {
        payDate: "2026-03-13",
        payFrequency: "semimonthly",
        workState: "IL",
        stateW4: { allowances: 0, additionalAllowances: 1 },
      }),
    );
    expect(r.employeeTaxes.stateIncomeTax).toBe("49.67");
  });

  describe("California without a DE 4 on file", () => {
    const ca = (federalW4: PaycheckInput["federalW4"], stateW4?: PaycheckInput["stateW4"]) =>
      computePaycheck(
        salaryInput("3000.00", {
          payDate: "2026-03-13",
          payFrequency: "biweekly",
          workState: "CA",
          federalW4,
          ...(stateW4 ? { stateW4 } : {}),
        }),
      ).employeeTaxes.stateIncomeTax;

    it("withholds as Single with 0 allowances when the federal W-4 is from 2020 or later", () => {
      // $3,000 biweekly in 2026, Method B as Single with 0 allowances: $134.06.
      const married = ca({ version: 2020, filingStatus: "married_jointly" });
      expect(married).toBe("134.06");
      expect(married).toBe(ca({ version: 2020, filingStatus: "single" }));
      expect(married).toBe(
        ca({ version: 2020, filingStatus: "single" }, { filingStatus: "single", allowances: 0 }),
      );
    });

    it("keeps a pre-2020 federal W-4's status and allowances", () => {
      expect(ca({ version: 2019, filingStatus: "single", allowances: 3 })).toBe("114.64");
      const kept = ca({ version: 2019, filingStatus: "married", allowances: 3 });
      expect(kept).toBe(
        ca({ version: 2020, filingStatus: "single" }, { filingStatus: "married", allowances: 3 }),
      );
      expect(kept).not.toBe(ca({ version: 2020, filingStatus: "single" }));
    });
  });

  it("states the Colorado total once, and again only after extra withholding", () => {
    const line = (extraWithholding?: string) =>
      computePaycheck(
        salaryInput("2000.00", {
          payDate: "2026-03-13",
          workState: "CO",
          ...(extraWithholding ? { stateW4: { extraWithholding } } : {}),
        }),
      ).explanation.find((l) => l.startsWith("Colorado income tax"))!;
    expect(line().match(/= \$/g)).toHaveLength(2);
    expect(line("5")).toMatch(/ \+ \$5\.00 extra you asked for = \$[\d,.]+\.$/);
  });
});
