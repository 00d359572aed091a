import { describe, expect, it } from "vitest";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import { salaryInput } from "./helpers";

describe("deductions and wage bases", () => {
  it("takes traditional 401(k) out of income-tax wages only, and Section 125 out of every base", () => {
    const r = computePaycheck(
      salaryInput("2000.00", {
        payFrequency: "biweekly",
        deductions: [
          { code: "401k", percent: "6" },
          { code: "section125_medical", amount: "150.00" },
          { code: "hsa_section125", amount: "50.00" },
          { code: "roth_401k", amount: "50.00" },
        ],
        employer: { sutaRate: "0.027", sutaWageBase: "10000" },
      }),
    );
    expect(r.deductions).toEqual([
      { code: "401k", amount: "120.00", preTax: true },
      { code: "section125_medical", amount: "150.00", preTax: true },
      { code: "hsa_section125", amount: "50.00", preTax: true },
      { code: "roth_401k", amount: "50.00", preTax: false },
    ]);
    expect(r.taxableWages).toMatchObject({
      federalIncomeTax: "1680.00",
      socialSecurity: "1800.00",
      medicare: "1800.00",
      futa: "1800.00",
      suta: "1800.00",
      workersComp: "2000.00",
    });
    expect(r.employeeTaxes.socialSecurity).toBe("111.60");
  });

  it("caps a 401(k) deferral at the annual limit left and says so", () => {
    const r = computePaycheck(
      salaryInput("5000.00", {
        deductions: [{ code: "401k", amount: "500.00" }],
        ytd: { k401Deferrals: "24300.00" },
      }),
    );
    expect(r.deductions[0]).toEqual({
      code: "401k",
      amount: "200.00",
      preTax: true,
      requested: "500.00",
      capped: true,
    });
    expect(r.explanation).toContain(
      "401(k): $500.00 asked, but only $200.00 was left under the 2026 401(k) limit of $24,500.00 after $24,300.00 so far this year, so $200.00 was taken (taken before federal income tax; Social Security and Medicare still apply).",
    );
  });

  it("allows the age-50 catch-up and the larger one at 60–63", () => {
    const at = (age: number) =>
      computePaycheck(
        salaryInput("20000.00", {
          age,
          deductions: [{ code: "401k", amount: "20000.00" }],
          ytd: { k401Deferrals: "24500" },
        }),
      ).deductions[0]!.amount;
    expect(at(49)).toBe("0.00");
    expect(at(50)).toBe("8000.00");
    expect(at(61)).toBe("11250.00");
    expect(at(64)).toBe("8000.00");
  });

  it("takes the age from a birth date: the age reached by 31 December of the pay year", () => {
    const born = (birthDate: string, payDate = "2026-01-15") =>
      computePaycheck(
        salaryInput("20000.00", {
          payDate,
          birthDate,
          deductions: [{ code: "401k", amount: "20000.00" }],
          ytd: { k401Deferrals: "24500" },
        }),
      ).deductions[0]!.amount;
    // Turning 50 on 31 December 2026 allows the catch-up from the first check of 2026.
    expect(born("1976-12-31")).toBe("8000.00");
    expect(born("1977-01-01")).toBe("0.00");
    // 60 to 63 by the year's end: the larger catch-up; 64: the age-50 one again.
    expect(born("1966-12-31")).toBe("11250.00");
    expect(born("1963-06-30")).toBe("11250.00");
    expect(born("1962-01-01")).toBe("8000.00");
    // Before 2025 there was no 60–63 catch-up (2021: $6,500 at 50 and over, on the $19,500 limit).
    expect(
      computePaycheck(
        salaryInput("20000.00", {
          payDate: "2021-06-14",
          birthDate: "1958-06-30",
          deductions: [{ code: "401k", amount: "20000.00" }],
          ytd: { k401Deferrals: "19500" },
        }),
      ).deductions[0]!.amount,
    ).toBe("6500.00");
  });

  it("lets a given age win over the birth date, and keeps the birth date out of the explanation", () => {
    const r = computePaycheck(
      salaryInput("20000.00", {
        age: 45,
        birthDate: "1970-05-05",
        deductions: [{ code: "401k", amount: "20000.00" }],
        ytd: { k401Deferrals: "24500" },
      }),
    );
    expect(r.deductions[0]!.amount).toBe("0.00");
    expect(JSON.stringify(r)).not.toContain("1970");
  });

  it("shares the 402(g) limit between traditional and Roth deferrals in one check", () => {
    const r = computePaycheck(
      salaryInput("5000.00", {
        deductions: [
          { code: "401k", amount: "300.00" },
          { code: "roth_401k", amount: "300.00" },
        ],
        ytd: { k401Deferrals: "24000" },
      }),
    );
    expect(r.deductions.map((d) => d.amount)).toEqual(["300.00", "200.00"]);
  });

  it("caps HSA at the self-only or family limit and FSAs at theirs", () => {
    const r = computePaycheck(
      salaryInput("5000.00", {
        hsaCoverage: "self",
        deductions: [
          { code: "hsa_section125", amount: "300.00" },
          { code: "health_fsa", amount: "300.00" },
          { code: "dependent_care_fsa", amount: "300.00" },
        ],
        ytd: { hsa: "4300", healthFsa: "3300", dependentCareFsa: "7400" },
      }),
    );
    expect(r.deductions.map((d) => d.amount)).toEqual(["100.00", "100.00", "100.00"]);
    expect(r.deductions.every((d) => d.capped)).toBe(true);
  });

  it("refuses a paycheck whose taxes and deductions exceed gross pay", () => {
    expect(() =>
      computePaycheck(salaryInput("100.00", { deductions: [{ code: "roth_401k", amount: "99.00" }] })),
    ).toThrow(expect.objectContaining({ code: "payroll.negative_net_pay" }));
  });
});
