import { describe, expect, it } from "vitest";
import { comparePaychecks } from "../../../../src/core/ledger/paycheck-diff";
import { paycheck } from "./fixtures";

describe("comparing two paychecks", () => {
  it("lists only the lines that changed, with before, after and the change", () => {
    const before = paycheck();
    const after = paycheck({
      gross: "2100.00",
      net: "1390.00",
      earnings: [...before.earnings, { code: "bonus", amount: "100.00" }],
      employeeTaxes: { ...before.employeeTaxes, federalIncomeTax: "174.40" },
    });
    expect(comparePaychecks(before, after)).toEqual([
      { item: "Bonus / other pay", before: "0.00", after: "100.00", change: "100.00" },
      { item: "Federal income tax", before: "150.00", after: "174.40", change: "24.40" },
      { item: "Gross pay", before: "2000.00", after: "2100.00", change: "100.00" },
      { item: "Net pay", before: "1314.40", after: "1390.00", change: "75.60" },
    ]);
    expect(comparePaychecks(before, paycheck())).toEqual([]);
  });
});

describe("local taxes between two paychecks", () => {
  it("names a local tax that appeared as its own line", () => {
    const before = paycheck();
    const after = paycheck({
      net: "1222.40",
      localTaxes: [
        { code: "PA_EIT", jurisdiction: "PA:700102", amount: "90.00" },
        { code: "PA_LST", jurisdiction: "PA:700102", amount: "2.00" },
      ],
    });
    expect(comparePaychecks(before, after)).toEqual(
      expect.arrayContaining([
        { item: "Local earned income tax", before: "0.00", after: "90.00", change: "90.00" },
        { item: "Local services tax", before: "0.00", after: "2.00", change: "2.00" },
      ]),
    );
  });
});
