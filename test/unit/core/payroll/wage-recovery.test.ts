import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";

const check = (over: Partial<PaycheckInput> = {}): PaycheckInput => ({
  payDate: "2026-03-13",
  payFrequency: "biweekly",
  earnings: [{ code: "salary", amount: "3000.00" }],
  federalW4: { version: 2020, filingStatus: "single" },
  workState: "PA",
  deductions: [{ code: "section125_medical", amount: "100.00" }],
  employer: { sutaRate: "0.0307", sutaWageBase: "10000" },
  ...over,
});

describe("recovering an overpayment of wages on a later check", () => {
  it("takes it off gross and every wage base, so the check is the one its smaller wages would give", () => {
    const recovered = computePaycheck(check({ wageRecovery: "250.00" }));
    const smaller = computePaycheck(check({ earnings: [{ code: "salary", amount: "2750.00" }] }));
    expect(recovered.gross).toBe("2750.00");
    expect(recovered.wageRecovery).toBe("250.00");
    expect(recovered.taxableWages).toEqual(smaller.taxableWages);
    expect(recovered.employeeTaxes).toEqual(smaller.employeeTaxes);
    expect(recovered.employerTaxes).toEqual(smaller.employerTaxes);
    expect(recovered.net).toBe(smaller.net);
    // The earning lines still show what was earned; gross is what remains after the recovery.
    expect(recovered.earnings).toEqual([{ code: "salary", amount: "3000.00" }]);
    expect(recovered.explanation).toContain(
      "Overpayment recovered: −$250.00 of wages paid in error earlier this year, so this check's wages are $2,750.00.",
    );
    expect(new Decimal(computePaycheck(check()).net).minus(recovered.net).gt(0)).toBe(true);
  });

  it("leaves a check without it exactly as before, and recovers at most what the check earns", () => {
    expect(computePaycheck(check({ wageRecovery: "0" }))).toEqual(computePaycheck(check()));
    expect(computePaycheck(check()).wageRecovery).toBeUndefined();
    const capped = computePaycheck(check({ wageRecovery: "3500.00", deductions: [] }));
    expect(capped.wageRecovery).toBe("3000.00");
    expect(capped.gross).toBe("0.00");
    expect(capped.net).toBe("0.00");
    expect(capped.explanation).toContain(
      "Overpayment recovered: −$3,000.00 of wages paid in error earlier this year, so this check's wages are $0.00 ($500.00 is left to recover on a later check).",
    );
  });
});
