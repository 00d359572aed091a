import { describe, expect, it } from "vitest";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import { salaryInput } from "./helpers";

describe("FICA, FUTA and SUTA", () => {
  it("stops Social Security at the 2026 wage base of $184,500 using YTD wages", () => {
    const r = computePaycheck(salaryInput("10000.00", { ytd: { socialSecurityWages: "180000" } }));
    expect(r.taxableWages.socialSecurity).toBe("4500.00");
    expect(r.employeeTaxes.socialSecurity).toBe("279.00");
    expect(r.employerTaxes.socialSecurity).toBe("279.00");
  });

  it("rounds Social Security per payment, so the explanation's arithmetic is what was withheld", () => {
    // Cumulative rounding after $0.05 of earlier wages would withhold $6.21 here.
    const r = computePaycheck(salaryInput("100.05", { ytd: { socialSecurityWages: "0.05" } }));
    expect(r.employeeTaxes.socialSecurity).toBe("6.20");
    expect(r.explanation).toContain("Social Security: 6.2% of $100.05 = $6.20.");
  });

  it("holds the check that reaches the wage base to what is left of the year's maximum", () => {
    // $11,439.00 is 6.2% of $184,500; $11,160.01 withheld already leaves $278.99, not 6.2% of $4,500.
    const r = computePaycheck(
      salaryInput("10000.00", { ytd: { socialSecurityWages: "180000", socialSecurityTax: "11160.01" } }),
    );
    expect(r.employeeTaxes.socialSecurity).toBe("278.99");
    expect(r.explanation.join(" ")).toContain("what is left of the year's $11,439.00 maximum");
  });

  it("uses the year's own wage base (2025: $176,100; 2021: $142,800)", () => {
    const at = (payDate: string) =>
      computePaycheck(salaryInput("10000.00", { payDate, ytd: { socialSecurityWages: "170000" } }))
        .taxableWages.socialSecurity;
    expect(at("2025-03-01")).toBe("6100.00");
    expect(at("2021-03-01")).toBe("0.00");
  });

  it("withholds Additional Medicare only on wages over $200,000, with no employer share", () => {
    const r = computePaycheck(
      salaryInput("10000.00", { ytd: { medicareWages: "195000", socialSecurityWages: "195000" } }),
    );
    expect(r.employeeTaxes.medicare).toBe("145.00");
    expect(r.employeeTaxes.additionalMedicare).toBe("45.00");
    expect(r.employerTaxes.medicare).toBe("145.00");
  });

  it("charges FUTA 0.6% plus any credit reduction on the first $7,000, and SUTA on its own base", () => {
    const r = computePaycheck(
      salaryInput("1000.00", {
        ytd: { futaWages: "6500", sutaWages: "9800" },
        employer: { futaCreditReduction: "0.012", sutaRate: "0.027", sutaWageBase: "10000" },
      }),
    );
    expect(r.taxableWages.futa).toBe("500.00");
    expect(r.employerTaxes.futa).toBe("9.00");
    expect(r.taxableWages.suta).toBe("200.00");
    expect(r.employerTaxes.suta).toBe("5.40");
  });
});

describe("workers' compensation premium", () => {
  it("is payroll ÷ 100 × rate × experience mod (textbook: $50,000 at $4.50 → $2,250)", () => {
    const r = computePaycheck(
      salaryInput("50000.00", {
        payFrequency: "monthly",
        employer: { workersComp: { classCode: "5403", ratePer100: "4.50", experienceMod: "1.00" } },
      }),
    );
    expect(r.workersCompPremium).toBe("2250.00");
  });

  it("excludes the overtime premium but includes 401(k) and Section 125 (NCCI Rule 2), except in PA", () => {
    const input = {
      earnings: [
        { code: "regular" as const, hours: "40", rate: "12.00" },
        { code: "overtime" as const, hours: "6", rate: "12.00" },
        { code: "bonus" as const, amount: "46.00" },
      ],
      deductions: [
        { code: "401k" as const, amount: "50.00" },
        { code: "section125_medical" as const, amount: "20.00" },
      ],
      employer: { workersComp: { classCode: "8810", ratePer100: "0.25", experienceMod: "0.92" } },
    };
    const tx = computePaycheck(salaryInput("0", input));
    expect(tx.taxableWages.workersComp).toBe("598.00");
    expect(tx.workersCompPremium).toBe("1.38"); // 5.98 × 0.25 × 0.92 = 1.3754
    const pa = computePaycheck(salaryInput("0", { ...input, workState: "PA" }));
    expect(pa.taxableWages.workersComp).toBe("637.00");
  });
});
