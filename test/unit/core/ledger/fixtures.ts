import type { PaycheckFigures } from "../../../../src/core/ledger/paycheck-figures";

/** A consistent paycheck: gross = net + employee taxes + deductions. */
export function paycheck(overrides: Partial<PaycheckFigures> = {}): PaycheckFigures {
  return {
    employeeId: "e1",
    payDate: "2026-01-16",
    periodStart: "2026-01-03",
    periodEnd: "2026-01-16",
    workState: "PA",
    gross: "2000.00",
    net: "1314.40",
    earnings: [
      { code: "regular", amount: "1900.00" },
      { code: "overtime", amount: "66.67" },
      { code: "overtime_premium", amount: "33.33" },
    ],
    taxableWages: {
      federalIncomeTax: "1730.00",
      socialSecurity: "1850.00",
      medicare: "1850.00",
      futa: "1850.00",
      suta: "1850.00",
      state: "1880.00",
      workersComp: "1966.67",
    },
    employeeTaxes: {
      federalIncomeTax: "150.00",
      socialSecurity: "114.70",
      medicare: "26.83",
      additionalMedicare: "0.00",
      stateIncomeTax: "57.72",
    },
    deductions: [
      { code: "401k", amount: "120.00", preTax: true },
      { code: "section125_medical", amount: "100.00", preTax: true },
      { code: "hsa_section125", amount: "50.00", preTax: true },
      { code: "roth_401k", amount: "66.35", preTax: false },
    ],
    employerTaxes: { socialSecurity: "114.70", medicare: "26.83", futa: "11.10", suta: "56.80" },
    workersCompPremium: "4.92",
    employerContributions: [
      { code: "medical", amount: "400.00" },
      { code: "hsa", amount: "25.00" },
    ],
    ytdMedicareWagesBefore: "0",
    ...overrides,
  };
}
