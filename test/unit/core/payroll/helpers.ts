import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";

/** A minimal valid paycheck input: one salary line, single W-4, Texas (no state tax). */
export function salaryInput(amount: string, overrides: Partial<PaycheckInput> = {}): PaycheckInput {
  return {
    payDate: "2026-01-15",
    payFrequency: "weekly",
    earnings: [{ code: "salary", amount }],
    federalW4: { version: 2020, filingStatus: "single" },
    workState: "TX",
    ...overrides,
  };
}
