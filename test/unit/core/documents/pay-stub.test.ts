import { describe, expect, it } from "vitest";
import { buildPayStub } from "../../../../src/core/documents/pay-stub";
import type { PaycheckFigures } from "../../../../src/core/ledger/paycheck-figures";

function paycheck(payDate: string, gross: string, fit: string, k401: string): PaycheckFigures {
  const net = (Number(gross) * 100 - Number(fit) * 100 - Number(k401) * 100) / 100;
  return {
    employeeId: "e",
    payDate,
    periodStart: payDate,
    periodEnd: payDate,
    workState: "PA",
    gross,
    net: net.toFixed(2),
    earnings: [{ code: "regular", amount: gross }],
    taxableWages: {
      federalIncomeTax: gross,
      socialSecurity: gross,
      medicare: gross,
      futa: gross,
      suta: gross,
      state: gross,
    },
    employeeTaxes: {
      federalIncomeTax: fit,
      socialSecurity: "0",
      medicare: "0",
      additionalMedicare: "0",
      stateIncomeTax: "0",
    },
    deductions: [{ code: "401k", amount: k401, preTax: true }],
    employerTaxes: { socialSecurity: "0", medicare: "0", futa: "0", suta: "0" },
    workersCompPremium: "0",
  };
}

const table = (model: ReturnType<typeof buildPayStub>, heading: string) => {
  const section = model.sections.find((s) => s.kind === "table" && s.heading === heading);
  if (section?.kind !== "table") throw new Error(`no ${heading}`);
  return section.rows;
};

describe("buildPayStub", () => {
  const jan = paycheck("2026-01-09", "2000.00", "150.10", "120.00");
  const feb = paycheck("2026-02-06", "2100.50", "160.25", "126.03");
  const lastYear = paycheck("2025-12-26", "9999.99", "1.00", "1.00");

  it("puts each line beside its year-to-date sum over the same calendar year up to this pay date", () => {
    const stub = buildPayStub({
      employer: { name: "Acme" },
      employee: { name: "Alex" },
      paycheck: feb,
      yearPaychecks: [feb, jan, lastYear],
      ptoBalances: { vacation: "40", sick: "12.5" },
    });
    expect(stub.header).toEqual([
      "Acme",
      "Alex",
      "Pay date 2026-02-06 · pay period 2026-02-06 to 2026-02-06",
    ]);
    expect(table(stub, "Earnings")).toEqual([["Regular pay", "$2,100.50", "$4,100.50"]]);
    expect(table(stub, "Taxes withheld")).toEqual([["Federal income tax", "$160.25", "$310.35"]]);
    expect(table(stub, "Deductions")).toEqual([["401(k)", "$126.03", "$246.03"]]);
    expect(table(stub, "Totals")).toEqual([
      ["Gross pay", "$2,100.50", "$4,100.50"],
      ["Net pay", "$1,814.22", "$3,544.12"],
    ]);
    expect(table(stub, "Paid time off")).toEqual([
      ["Vacation", "40"],
      ["Sick", "12.5"],
    ]);
  });

  it("counts no later paycheck in an earlier stub's year to date", () => {
    const stub = buildPayStub({
      employer: { name: "Acme" },
      employee: { name: "Alex" },
      paycheck: jan,
      yearPaychecks: [feb, jan],
      ptoBalances: {},
    });
    expect(table(stub, "Totals")[0]).toEqual(["Gross pay", "$2,000.00", "$2,000.00"]);
  });

  it("shows deduction arrears owed, taken and carried on, only on a paycheck that has them", () => {
    const withArrears: PaycheckFigures = {
      ...feb,
      deductions: [
        { code: "roth_401k", amount: "50.00", preTax: false },
        { code: "roth_401k", amount: "30.00", preTax: false, arrears: true },
      ],
      deductionArrears: {
        carriedIn: [{ code: "roth_401k", amount: "100.00" }],
        taken: [{ code: "roth_401k", amount: "30.00" }],
        carriedOut: [{ code: "roth_401k", amount: "70.00" }],
      },
    };
    const stub = buildPayStub({
      employer: { name: "Acme" },
      employee: { name: "Alex" },
      paycheck: withArrears,
      yearPaychecks: [withArrears],
      ptoBalances: {},
    });
    expect(table(stub, "Deductions")).toEqual([["Roth 401(k)", "$80.00", "$80.00"]]);
    expect(table(stub, "Deduction arrears")).toEqual([["Roth 401(k)", "$100.00", "$30.00", "$70.00"]]);
    const plain = buildPayStub({
      employer: { name: "Acme" },
      employee: { name: "Alex" },
      paycheck: feb,
      yearPaychecks: [feb],
      ptoBalances: {},
    });
    expect(plain.sections.some((s) => s.kind === "table" && s.heading === "Deduction arrears")).toBe(false);
  });

  it("names before-tax arrears as such: a part-time check that could take only part of the medical premium", () => {
    const partTime: PaycheckFigures = {
      ...feb,
      deductions: [
        { code: "section125_medical", amount: "150.00", preTax: true },
        { code: "section125_dental", amount: "0.00", preTax: true },
      ],
      deductionArrears: {
        carriedIn: [],
        taken: [],
        carriedOut: [
          { code: "section125_dental", amount: "20.00" },
          { code: "section125_medical", amount: "30.00" },
        ],
      },
    };
    const stub = buildPayStub({
      employer: { name: "Acme" },
      employee: { name: "Alex" },
      paycheck: partTime,
      yearPaychecks: [partTime],
      ptoBalances: {},
    });
    expect(table(stub, "Deductions")).toEqual([["Medical premium", "$150.00", "$150.00"]]);
    expect(table(stub, "Deduction arrears")).toEqual([
      ["Dental premium (before tax)", "$0.00", "$0.00", "$20.00"],
      ["Medical premium (before tax)", "$0.00", "$0.00", "$30.00"],
    ]);
  });
});
