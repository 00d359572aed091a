import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../../src/core/payroll/paycheck-input";

const check = (over: Partial<PaycheckInput> = {}): PaycheckInput => ({
  payDate: "2026-03-13",
  payFrequency: "biweekly",
  earnings: [{ code: "bonus", amount: "5000.00" }],
  federalW4: { version: 2020, filingStatus: "single" },
  workState: "TX",
  ...over,
});

describe("supplemental wages", () => {
  it("withholds a bonus-only check at the 22% flat rate, not as a period of regular pay", () => {
    const r = computePaycheck(check());
    expect(r.employeeTaxes.federalIncomeTax).toBe("1100.00");
    expect(r.explanation).toContain(
      "Federal income tax on supplemental pay: 22% flat rate on $5,000.00 = $1,100.00.",
    );
  });

  it("takes 37% on supplemental pay above $1 million for the year, whatever the W-4 or method says", () => {
    const ytd = { supplementalWages: "980000" };
    // $20,000 at 22% + $30,000 at 37% = $4,400 + $11,100.
    expect(
      computePaycheck(check({ earnings: [{ code: "bonus", amount: "50000.00" }], ytd })).employeeTaxes
        .federalIncomeTax,
    ).toBe("15500.00");
    const exempt = computePaycheck(
      check({
        earnings: [{ code: "bonus", amount: "50000.00" }],
        ytd,
        federalW4: { version: 2020, filingStatus: "single", exempt: true },
      }),
    );
    expect(exempt.employeeTaxes.federalIncomeTax).toBe("11100.00");
  });

  it("withholds a bonus paid with regular wages together with them unless the flat method is asked for", () => {
    const earnings: PaycheckInput["earnings"] = [
      { code: "salary", amount: "3000.00" },
      { code: "bonus", amount: "1000.00" },
    ];
    const aggregate = computePaycheck(check({ earnings }));
    const together = computePaycheck(check({ earnings: [{ code: "salary", amount: "4000.00" }] }));
    expect(aggregate.employeeTaxes.federalIncomeTax).toBe(together.employeeTaxes.federalIncomeTax);
    const flat = computePaycheck(check({ earnings, supplementalMethod: "flat" }));
    const regularOnly = computePaycheck(check({ earnings: [{ code: "salary", amount: "3000.00" }] }));
    expect(flat.employeeTaxes.federalIncomeTax).toBe(
      new Decimal(regularOnly.employeeTaxes.federalIncomeTax).plus("220").toFixed(2),
    );
  });

  it("refuses the aggregate method on a bonus-only check (it needs the period's regular wages)", () => {
    expect(() => computePaycheck(check({ supplementalMethod: "aggregate" }))).toThrow(/regular wages/);
  });

  it("withholds a bonus paid alone by the aggregate method with the period's regular wages, less their tax", () => {
    // Single, biweekly 2026: tax on $7,000 as one payment less the tax on the $2,000 of regular pay.
    const regular = computePaycheck(check({ earnings: [{ code: "salary", amount: "2000.00" }] }));
    const together = computePaycheck(check({ earnings: [{ code: "salary", amount: "7000.00" }] }));
    const expected = new Decimal(together.employeeTaxes.federalIncomeTax)
      .minus(regular.employeeTaxes.federalIncomeTax)
      .toFixed(2);
    const r = computePaycheck(
      check({ supplementalMethod: "aggregate", aggregateWith: { regularWages: "2000.00" } }),
    );
    expect(r.employeeTaxes.federalIncomeTax).toBe(expected);
    expect(r.employeeTaxes.federalIncomeTax).toBe("1090.54");
    expect(r.explanation).toContain(
      `Federal income tax on supplemental pay (aggregate method): $${Number(together.employeeTaxes.federalIncomeTax).toLocaleString("en-US", { minimumFractionDigits: 2 })} on $2,000.00 of regular pay for the period plus $5,000.00 as one payment, less $${regular.employeeTaxes.federalIncomeTax} withheld from the regular pay = $1,090.54.`,
    );
    // The tax actually withheld from the regular pay is what is subtracted.
    const withheld = computePaycheck(
      check({
        supplementalMethod: "aggregate",
        aggregateWith: { regularWages: "2000.00", federalIncomeTaxWithheld: "250.00" },
      }),
    );
    expect(withheld.employeeTaxes.federalIncomeTax).toBe(
      new Decimal(together.employeeTaxes.federalIncomeTax).minus("250.00").toFixed(2),
    );
  });

  it("no longer annualizes a $5,000 bonus paid alone as a period of regular pay ($766.69)", () => {
    const asRegular = computePaycheck(check({ earnings: [{ code: "salary", amount: "5000.00" }] }));
    expect(asRegular.employeeTaxes.federalIncomeTax).toBe("766.69");
    expect(computePaycheck(check()).employeeTaxes.federalIncomeTax).toBe("1100.00");
  });

  it("withholds California's 10.23% on a bonus paid alone", () => {
    const r = computePaycheck(check({ workState: "CA" }));
    expect(r.employeeTaxes.stateIncomeTax).toBe("511.50");
    expect(r.explanation).toContain(
      "California income tax on supplemental pay: 10.23% of $5,000.00 = $511.50.",
    );
  });
});
