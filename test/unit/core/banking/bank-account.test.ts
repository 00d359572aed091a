import { describe, expect, it } from "vitest";
import {
  accountNumberProblem,
  type DepositSplit,
  describeAccount,
  routingNumberProblem,
  splitNetPay,
  splitProblem,
} from "../../../../src/core/banking/bank-account";
import { Decimal } from "../../../../src/core/money/decimal";

describe("routing and account numbers", () => {
  it("accepts routing numbers that pass the ABA 3-7-1 checksum", () => {
    for (const routing of ["011000015", "021000021", "091000019", "111000025"])
      expect(routingNumberProblem(routing)).toBeNull();
  });

  it("refuses a routing number whose check digit is wrong, or that is not 9 digits", () => {
    expect(routingNumberProblem("011000016")).toMatch(/checksum/);
    expect(routingNumberProblem("01100001")).toMatch(/9 digits/);
    expect(routingNumberProblem("000000000")).toMatch(/checksum/);
  });

  it("takes account numbers of 4 to 17 digits only", () => {
    expect(accountNumberProblem("1234")).toBeNull();
    expect(accountNumberProblem("12345678901234567")).toBeNull();
    expect(accountNumberProblem("123")).toMatch(/4 to 17/);
    expect(accountNumberProblem("123456789012345678")).toMatch(/4 to 17/);
    expect(accountNumberProblem("12AB5678")).toMatch(/digits only/);
  });

  it("names an account by its type and last four digits only", () => {
    expect(describeAccount({ accountType: "savings", last4: "6789" })).toBe("savings ending 6789");
  });
});

describe("splitting net pay", () => {
  const net = new Decimal("1234.56");

  it("pays fixed amounts and percents in order and the rest to the remainder account", () => {
    const splits: DepositSplit[] = [
      { kind: "amount", amount: "200.00" },
      { kind: "percent", percent: "10" },
      { kind: "remainder" },
    ];
    const parts = splitNetPay(net, splits).map((d) => d.toFixed(2));
    // 10% of 1,234.56 = 123.456 → 123.46 (half-up to the cent).
    expect(parts).toEqual(["200.00", "123.46", "911.10"]);
  });

  it("never pays more than net: a fixed amount above what is left takes what is left", () => {
    const parts = splitNetPay(new Decimal("150.00"), [
      { kind: "amount", amount: "100.00" },
      { kind: "amount", amount: "100.00" },
      { kind: "remainder" },
    ]).map((d) => d.toFixed(2));
    expect(parts).toEqual(["100.00", "50.00", "0.00"]);
  });

  it("always adds up to net pay exactly", () => {
    for (const cents of [1, 99, 100001, 333333, 1234567]) {
      const pay = new Decimal(cents).dividedBy(100);
      const parts = splitNetPay(pay, [
        { kind: "percent", percent: "33.3333" },
        { kind: "percent", percent: "33.3333" },
        { kind: "remainder" },
      ]);
      expect(parts.reduce((a, b) => a.plus(b), new Decimal(0)).equals(pay)).toBe(true);
    }
  });

  it("needs exactly one remainder account and percents within 100", () => {
    expect(splitProblem([{ kind: "remainder" }])).toBeNull();
    expect(splitProblem([{ kind: "amount", amount: "50" }])).toMatch(/exactly one remainder/);
    expect(splitProblem([{ kind: "remainder" }, { kind: "remainder" }])).toMatch(/exactly one remainder/);
    expect(
      splitProblem([
        { kind: "percent", percent: "60" },
        { kind: "percent", percent: "50" },
        { kind: "remainder" },
      ]),
    ).toMatch(/more than 100/);
  });
});
