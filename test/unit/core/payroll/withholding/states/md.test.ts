import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { maryland } from "../../../../../../src/core/payroll/withholding/states/md";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input) => biweekly("MD", amount, stateW4);

describe("Maryland withholding (2026)", () => {
  it("single, 1 exemption, $2,000 biweekly", () => {
    // 2,000 × 26 = 52,000 − 3,350 standard − 3,200 exemption = 45,450;
    // 1,000 × 2% + 1,000 × 3% + 1,000 × 4% + 42,450 × 4.75% = 2,106.375; ÷ 26 = 81.0144 → 81.01
    const r = pay("2000.00", { filingStatus: "single", allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("81.01");
    expect(r.explanation.join("\n")).toContain("Maryland income tax: annualized wages $52,000.00");
  });

  it("married, 2 exemptions, $10,000 biweekly: the joint schedule", () => {
    // 260,000 − 3,350 − 6,400 = 250,250; 90 + 147,000 × 4.75% (6,982.50) + 25,000 × 5% (1,250)
    // + 50,000 × 5.25% (2,625) + 25,250 × 5.5% (1,388.75) = 12,336.25; ÷ 26 = 474.4712 → 474.47
    const r = pay("10000.00", { filingStatus: "married", allowances: 2 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("474.47");
  });

  it("withholds nothing when exempt, and adds MW507 line 2 extra withholding", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    const r = pay("2000.00", { filingStatus: "single", allowances: 1, extraWithholding: "25.00" });
    expect(r.employeeTaxes.stateIncomeTax).toBe("106.01");
  });

  it("says the county tax is not included, naming the county when one is given", () => {
    const r = pay("2000.00", { allowances: 1, locality: "Howard" });
    expect(r.explanation.join("\n")).toContain("County income tax (Howard) is not included");
    expect(pay("2000.00", { allowances: 1 }).explanation.join("\n")).toContain(
      "County income tax is not included: no county rates are loaded.",
    );
  });

  it("with no MW507: single and 0 exemptions; refuses a 2027 pay date", () => {
    // 1,000 × 26 = 26,000 − 3,350 = 22,650; 90 + 19,650 × 4.75% = 1,023.375; ÷ 26 = 39.36
    expect(moduleOn(maryland, "2026-12-31").tax.toFixed(2)).toBe("39.36");
    expect(() => moduleOn(maryland, "2027-01-08")).toThrow(/state\.MD\.withholding/);
  });
});
