import { describe, expect, it } from "vitest";
import type { StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import { rhodeIsland } from "../../../../../../src/core/payroll/withholding/states/ri";
import { biweekly, moduleOn } from "./state-cases";

const pay = (amount: string, stateW4: StateW4Input | undefined) => biweekly("RI", amount, stateW4);

describe("Rhode Island withholding (2026)", () => {
  it("1 exemption, $2,000 biweekly", () => {
    // 52,000 − 1,000 = 51,000 × 3.75% = 1,912.50; ÷ 26 = 73.5577 → 73.56
    const r = pay("2000.00", { allowances: 1 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("73.56");
    expect(r.explanation.join("\n")).toContain("Rhode Island income tax: annualized wages $52,000.00");
  });

  it("2 exemptions, $5,000 biweekly: the 4.75% band", () => {
    // 130,000 − 2,000 = 128,000; 3,076.88 + (128,000 − 82,050) × 4.75% (2,182.625) = 5,259.505;
    // ÷ 26 = 202.2887 → 202.29
    const r = pay("5000.00", { allowances: 2 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("202.29");
  });

  it("allows no exemptions above the annual wage limit", () => {
    // 312,000 > 290,800: no exemptions; 8,035.88 + 125,550 × 5.99% (7,520.445) = 15,556.325;
    // ÷ 26 = 598.3202 → 598.32
    const r = pay("12000.00", { allowances: 3 });
    expect(r.employeeTaxes.stateIncomeTax).toBe("598.32");
    expect(r.explanation.join("\n")).toContain("no exemptions above $290,800 a year");
  });

  it("with no RI W-4: no exemptions", () => {
    // 52,000 × 3.75% = 1,950; ÷ 26 = 75.00
    expect(pay("2000.00", undefined).employeeTaxes.stateIncomeTax).toBe("75.00");
  });

  it("withholds nothing when exempt, and adds RI W-4 line 2 extra withholding", () => {
    expect(pay("2000.00", { exempt: true }).employeeTaxes.stateIncomeTax).toBe("0.00");
    expect(pay("2000.00", { allowances: 1, extraWithholding: "25.00" }).employeeTaxes.stateIncomeTax).toBe(
      "98.56",
    );
  });

  it("refuses a 2027 pay date, naming the table", () => {
    // 26,000 × 3.75% = 975; ÷ 26 = 37.50
    expect(moduleOn(rhodeIsland, "2026-12-31").tax.toFixed(2)).toBe("37.50");
    expect(() => moduleOn(rhodeIsland, "2027-01-08")).toThrow(/state\.RI\.withholding/);
  });
});
