import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { ohio } from "../../../../../../src/core/payroll/withholding/states/oh";
import { biweekly, moduleOn } from "./state-cases";

/** Ohio carries only the formula in force from 1 January to 31 August 2021 (see the table's source). */
const pay = (amount: string, stateW4: StateW4Input | undefined) =>
  biweekly("OH", amount, stateW4, { version: 2020, filingStatus: "single" }, "2021-03-05");

describe("Ohio withholding (Optional Computer Formula, January–August 2021)", () => {
  it("1 exemption, $2,000 biweekly", () => {
    // 52,000 − 650 = 51,350; 25 + 50 + 100 + 125 + 600 + 11,350 × 3.5% (397.25) = 1,297.25;
    // × 1.032 = 1,338.762; ÷ 26 = 51.4908 → 51.49
    const r = pay("2000.00", { allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("51.49");
    expect(r.explanation.join("\n")).toContain("× 1.032");
  });

  it("3 exemptions, $5,000 biweekly: the top band", () => {
    // 130,000 − 1,950 = 128,050; the bands below 100,000 give 3,100 (2,300 at 80,000 + 20,000 × 4%);
    // + 28,050 × 5% (1,402.50) = 4,502.50; × 1.032 = 4,646.58; ÷ 26 = 178.7146 → 178.71
    const r = pay("5000.00", { allowances: 3 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("178.71");
  });

  it("with no IT-4: no exemptions", () => {
    // 52,000: 900 + 12,000 × 3.5% = 1,320; × 1.032 = 1,362.24; ÷ 26 = 52.3938 → 52.39
    expect(pay("2000.00", undefined).employeeTaxes.stateIncomeTax).toBe("52.39");
  });

  it("withholds nothing when exempt, and adds IT-4 extra withholding", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(pay("2000.00", { allowances: 1, extraWithholding: "25.00" }).employeeTaxes.stateIncomeTax).toBe(
      "76.49",
    );
  });

  it("refuses pay dates from 1 September 2021 (2026 included), naming the table", () => {
    // 26,000: 300 + 6,000 × 3% = 480; × 1.032 = 495.36; ÷ 26 = 19.0523 → 19.05
    expect(moduleOn(ohio, "2021-08-31").tax.toFixed(2)).toBe("19.05");
    expect(() => moduleOn(ohio, "2021-09-03")).toThrow(/state\.OH\.withholding/);
    expect(() => moduleOn(ohio, "2026-03-06")).toThrow(/state\.OH\.withholding/);
  });
});
