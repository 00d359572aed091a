import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import {
  arrearsMovements,
  arrearsToCarryIn,
  buildArrearsReport,
  overdrawnArrears,
  paycheckArrears,
  reversedMovements,
} from "../../../../src/core/payroll/deduction-arrears";
import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";
import { isDomainError } from "../../../../src/errors/domain-error";

/** A small check whose net pay cannot cover the Roth 401(k) asked. */
const check = (over: Partial<PaycheckInput> = {}): PaycheckInput => ({
  payDate: "2026-03-13",
  payFrequency: "biweekly",
  earnings: [{ code: "salary", amount: "300.00" }],
  federalW4: { version: 2020, filingStatus: "single" },
  workState: "TX",
  deductions: [
    { code: "section125_medical", amount: "100.00" },
    { code: "roth_401k", amount: "250.00" },
  ],
  ...over,
});

describe("deduction arrears", () => {
  it("refuses as today without the field", () => {
    try {
      computePaycheck(check());
      throw new Error("not refused");
    } catch (e) {
      expect(isDomainError(e, "payroll.negative_net_pay")).toBe(true);
    }
  });

  it("takes what net pay covers, never below zero, and carries the rest", () => {
    const r = computePaycheck(check({ deductionArrears: [] }));
    expect(r.net).toBe("0.00");
    const roth = r.deductions.find((d) => d.code === "roth_401k")!;
    const taxes = Object.values(r.employeeTaxes).reduce((a, v) => a.plus(v), new Decimal(0));
    // Gross − taxes − the medical premium is what the Roth deduction could take.
    expect(roth.amount).toBe(new Decimal("300").minus(taxes).minus("100").toFixed(2));
    expect(r.deductionArrears).toEqual([
      { code: "roth_401k", amount: new Decimal("250").minus(roth.amount).toFixed(2) },
    ]);
    expect(r.explanation.join("\n")).toContain("is carried to your next paycheck");
    // After-tax deductions are cut first: the pre-tax premium is taken whole.
    expect(r.deductions.find((d) => d.code === "section125_medical")!.amount).toBe("100.00");
  });

  it("takes arrears carried in with the deduction of the same code, and reports none when all is covered", () => {
    const r = computePaycheck(
      check({
        earnings: [{ code: "salary", amount: "3000.00" }],
        deductionArrears: [{ code: "roth_401k", amount: "40.00" }],
      }),
    );
    expect(r.deductions.filter((d) => d.code === "roth_401k").map((d) => d.amount)).toEqual([
      "250.00",
      "40.00",
    ]);
    expect(r.deductionArrears).toEqual([]);
    const without = computePaycheck(check({ earnings: [{ code: "salary", amount: "3000.00" }] }));
    expect(new Decimal(without.net).minus(r.net).toFixed(2)).toBe("40.00");
  });
});

describe("arrears carried between paychecks", () => {
  /** A check whose net pay covers nothing of its Roth deduction beyond what taxes and premiums leave. */
  const short = (over: Partial<PaycheckInput> = {}) =>
    computePaycheck(check({ deductionArrears: [], ...over }));

  it("marks the line that takes arrears and explains it, apart from the period's own deduction", () => {
    const r = computePaycheck(
      check({
        earnings: [{ code: "salary", amount: "3000.00" }],
        deductionArrears: [{ code: "roth_401k", amount: "40.00" }],
      }),
    );
    expect(r.deductions.filter((d) => d.code === "roth_401k").map((d) => d.arrears ?? false)).toEqual([
      false,
      true,
    ]);
    expect(r.explanation).toContain("Roth 401(k) carried from earlier paychecks: $40.00 (taken after tax).");
    expect(paycheckArrears([{ code: "roth_401k", amount: "40.00" }], r)).toEqual({
      carriedIn: [{ code: "roth_401k", amount: "40.00" }],
      taken: [{ code: "roth_401k", amount: "40.00" }],
      carriedOut: [],
    });
  });

  it("records nothing for a paycheck with no arrears in or out", () => {
    const r = computePaycheck(
      check({ earnings: [{ code: "salary", amount: "3000.00" }], deductionArrears: [] }),
    );
    expect(paycheckArrears([], r)).toBeUndefined();
  });

  it("cuts the arrears line first when net pay is short again, and carries the total left", () => {
    const r = short({ deductionArrears: [{ code: "roth_401k", amount: "40.00" }] });
    const a = paycheckArrears([{ code: "roth_401k", amount: "40.00" }], r)!;
    const period = r.deductions.find((d) => d.code === "roth_401k" && !d.arrears)!;
    // The arrears line comes after the period's line, so the cut reaches it first: nothing is taken.
    expect(a.taken).toEqual([]);
    expect(a.carriedOut).toEqual([
      { code: "roth_401k", amount: new Decimal("290").minus(period.amount).toFixed(2) },
    ]);
    // The balance grows by this period's shortfall only.
    expect(arrearsMovements(a)).toEqual([
      { code: "roth_401k", amount: new Decimal("250").minus(period.amount).toFixed(2) },
    ]);
  });

  it("moves the balance by carried out less carried in, and a void moves it back", () => {
    const posted = arrearsMovements({
      carriedIn: [{ code: "roth_401k", amount: "100.00" }],
      carriedOut: [{ code: "roth_401k", amount: "30.00" }],
    });
    expect(posted).toEqual([{ code: "roth_401k", amount: "-70.00" }]);
    expect(reversedMovements(posted)).toEqual([{ code: "roth_401k", amount: "70.00" }]);
    expect(arrearsMovements({ carriedIn: [], carriedOut: [] })).toEqual([]);
    expect(
      arrearsMovements({
        carriedIn: [{ code: "roth_401k", amount: "10.00" }],
        carriedOut: [{ code: "roth_401k", amount: "10.00" }],
      }),
    ).toEqual([]);
  });

  it("carries in the posted balance less what other open runs already carry in, never below zero", () => {
    const balance = [
      { code: "roth_401k", amount: "120.00" },
      { code: "401k", amount: "5.00" },
    ];
    expect(arrearsToCarryIn(balance, [])).toEqual([
      { code: "401k", amount: "5.00" },
      { code: "roth_401k", amount: "120.00" },
    ]);
    expect(arrearsToCarryIn(balance, [{ code: "roth_401k", amount: "100.00" }])).toEqual([
      { code: "401k", amount: "5.00" },
      { code: "roth_401k", amount: "20.00" },
    ]);
    expect(arrearsToCarryIn(balance, [{ code: "roth_401k", amount: "150.00" }])).toEqual([
      { code: "401k", amount: "5.00" },
    ]);
  });

  it("names the codes a posting or a void would overdraw", () => {
    const balance = [{ code: "roth_401k", amount: "50.00" }];
    expect(overdrawnArrears(balance, [{ code: "roth_401k", amount: "-50.00" }])).toEqual([]);
    expect(overdrawnArrears(balance, [{ code: "roth_401k", amount: "-50.01" }])).toEqual([
      { code: "roth_401k", amount: "-0.01" },
    ]);
    expect(overdrawnArrears([], [{ code: "roth_401k", amount: "25.00" }])).toEqual([]);
  });
});

describe("the arrears report", () => {
  it("lists what each employee owes by census id and code, naming the deduction and whether it is before tax, leaving out what is settled, with the total", () => {
    const report = buildArrearsReport(
      { ein: "12-3456789", name: "Acme" },
      new Map([
        [
          "b",
          [
            { code: "roth_401k", amount: "12.50" },
            { code: "section125_medical", amount: "30.00" },
          ],
        ],
        [
          "a",
          [
            { code: "roth_401k", amount: "100.00" },
            { code: "401k", amount: "0.00" },
          ],
        ],
      ]),
      new Map([
        ["a", { externalId: "E00002", name: "Ann" }],
        ["b", { externalId: "E00001", name: "Bo" }],
      ]),
    );
    expect(report).toEqual({
      client: "12-3456789",
      name: "Acme",
      employees: [
        {
          employeeId: "b",
          externalId: "E00001",
          name: "Bo",
          code: "roth_401k",
          deduction: "Roth 401(k)",
          preTax: false,
          owed: "12.50",
        },
        {
          employeeId: "b",
          externalId: "E00001",
          name: "Bo",
          code: "section125_medical",
          deduction: "Medical premium (Section 125)",
          preTax: true,
          owed: "30.00",
        },
        {
          employeeId: "a",
          externalId: "E00002",
          name: "Ann",
          code: "roth_401k",
          deduction: "Roth 401(k)",
          preTax: false,
          owed: "100.00",
        },
      ],
      total: "142.50",
    });
  });
});
