import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { westVirginia } from "../../../../../../src/core/payroll/withholding/states/wv";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input) => biweekly("WV", amount, stateW4);

describe("West Virginia withholding (2026)", () => {
  it("two-earner table (no lower-rate request), 1 exemption, $2,000 biweekly, to the dollar", () => {
    // 52,000 − 2,000 = 50,000; 7,500 × 2.36% (177) + 11,250 × 3.15% (354.375) + 11,250 × 3.54% (398.25)
    // + 15,000 × 4.72% (708) + 5,000 × 5.12% (256) = 1,893.625; ÷ 26 = 72.83 → $73
    const r = pay("2000.00", { allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("73.00");
    expect(r.explanation.join("\n")).toContain("West Virginia income tax (two-earner table)");
  });

  it("one-earner table (single), no exemptions, $1,500 biweekly", () => {
    // 39,000: 10,000 × 2.36% (236) + 15,000 × 3.15% (472.50) + 14,000 × 3.54% (495.60) = 1,204.10;
    // ÷ 26 = 46.31 → $46
    expect(pay("1500.00", { filingStatus: "single" }).employeeTaxes.stateIncomeTax).toBe("46.00");
  });

  it("withholds nothing when exempt, and adds IT-104 extra withholding after the rounding", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(pay("2000.00", { allowances: 1, extraWithholding: "2.50" }).employeeTaxes.stateIncomeTax).toBe(
      "75.50",
    );
  });

  it("with no IT-104: the two-earner table, no exemptions; refuses a 2027 pay date", () => {
    // 26,000: 177 + 354.375 + 7,250 × 3.54% (256.65) = 788.025; ÷ 26 = 30.31 → $30
    expect(moduleOn(westVirginia, "2026-12-31").tax.toFixed(2)).toBe("30.00");
    expect(() => moduleOn(westVirginia, "2027-01-08")).toThrow(/state\.WV\.withholding/);
  });
});
