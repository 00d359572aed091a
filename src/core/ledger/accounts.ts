/**
 * The chart of accounts of one client employer's payroll ledger. There is one ledger per client EIN
 * (the employer of record under the ASO model); the ASO never books these liabilities as its own.
 * @see IRS Pub 15 (2025) §16 (payroll service providers act under the employer's EIN);
 *   us-payroll-2026.md §8 (ASO accounting).
 */

/** Who a liability is owed to, which drives its deposit rule. */
export type Payee =
  | "employees"
  | "irs_941"
  | "irs_futa"
  | "state_withholding"
  | "state_unemployment"
  | "local_tax_collector"
  | "retirement_plan"
  | "benefit_carriers"
  | "hsa_custodian"
  | "fsa_administrator"
  | "workers_comp_carrier"
  | "garnishment_payees"
  | "other_payees";

export type AccountDefinition = {
  code: string;
  name: string;
  kind: "expense" | "liability" | "asset";
  /** Liabilities only: who receives the money. */
  payee?: Payee;
};

/** Account codes, stable strings stored on every journal line. */
export const Accounts = {
  wagesExpense: "wages_expense",
  payrollTaxExpense: "payroll_tax_expense",
  employerBenefitsExpense: "employer_benefits_expense",
  workersCompExpense: "workers_comp_expense",
  netPayPayable: "net_pay_payable",
  federalIncomeTaxPayable: "federal_income_tax_withheld_payable",
  socialSecurityEmployeePayable: "social_security_employee_payable",
  socialSecurityEmployerPayable: "social_security_employer_payable",
  medicareEmployeePayable: "medicare_employee_payable",
  medicareEmployerPayable: "medicare_employer_payable",
  futaPayable: "futa_payable",
  sutaPayable: "suta_payable",
  stateWithholdingPayable: "state_withholding_payable",
  stateProgramsPayable: "state_programs_payable",
  localTaxesPayable: "local_taxes_payable",
  retirementDeferralsPayable: "401k_deferrals_payable",
  section125PremiumsPayable: "section125_premiums_payable",
  hsaPayable: "hsa_payable",
  fsaPayable: "fsa_payable",
  employerBenefitsPayable: "employer_benefits_payable",
  workersCompPremiumPayable: "workers_comp_premium_payable",
  garnishmentsPayable: "garnishments_payable",
  otherDeductionsPayable: "other_deductions_payable",
  clientCashClearing: "client_cash_clearing",
} as const;
export type AccountCode = (typeof Accounts)[keyof typeof Accounts];

const DEFINITIONS: readonly AccountDefinition[] = [
  { code: Accounts.wagesExpense, name: "Wages expense", kind: "expense" },
  { code: Accounts.payrollTaxExpense, name: "Employer payroll tax expense", kind: "expense" },
  { code: Accounts.employerBenefitsExpense, name: "Employer benefit contributions expense", kind: "expense" },
  { code: Accounts.workersCompExpense, name: "Workers' compensation premium expense", kind: "expense" },
  { code: Accounts.netPayPayable, name: "Net pay payable", kind: "liability", payee: "employees" },
  {
    code: Accounts.federalIncomeTaxPayable,
    name: "Federal income tax withheld payable",
    kind: "liability",
    payee: "irs_941",
  },
  {
    code: Accounts.socialSecurityEmployeePayable,
    name: "Social Security withheld (employee) payable",
    kind: "liability",
    payee: "irs_941",
  },
  {
    code: Accounts.socialSecurityEmployerPayable,
    name: "Social Security (employer) payable",
    kind: "liability",
    payee: "irs_941",
  },
  {
    code: Accounts.medicareEmployeePayable,
    name: "Medicare withheld (employee, incl. Additional Medicare) payable",
    kind: "liability",
    payee: "irs_941",
  },
  {
    code: Accounts.medicareEmployerPayable,
    name: "Medicare (employer) payable",
    kind: "liability",
    payee: "irs_941",
  },
  { code: Accounts.futaPayable, name: "FUTA payable", kind: "liability", payee: "irs_futa" },
  { code: Accounts.sutaPayable, name: "SUTA payable", kind: "liability", payee: "state_unemployment" },
  {
    code: Accounts.stateWithholdingPayable,
    name: "State income tax withheld payable",
    kind: "liability",
    payee: "state_withholding",
  },
  {
    // Remitted to the state agency with its withholding deposits (CA SDI goes with PIT on the DE 88).
    code: Accounts.stateProgramsPayable,
    name: "State programs withheld payable (SDI, employee UC)",
    kind: "liability",
    payee: "state_withholding",
  },
  {
    // Memo: the locality code and the tax (e.g. "PA:700102 PA_EIT"), one collector each.
    code: Accounts.localTaxesPayable,
    name: "Local taxes withheld payable (EIT, LST, city wage taxes)",
    kind: "liability",
    payee: "local_tax_collector",
  },
  {
    code: Accounts.retirementDeferralsPayable,
    name: "401(k) deferrals payable to the plan trustee",
    kind: "liability",
    payee: "retirement_plan",
  },
  {
    code: Accounts.section125PremiumsPayable,
    name: "Section 125 premiums payable to carriers",
    kind: "liability",
    payee: "benefit_carriers",
  },
  {
    code: Accounts.hsaPayable,
    name: "HSA contributions payable to the custodian",
    kind: "liability",
    payee: "hsa_custodian",
  },
  {
    code: Accounts.fsaPayable,
    name: "FSA contributions payable",
    kind: "liability",
    payee: "fsa_administrator",
  },
  {
    code: Accounts.employerBenefitsPayable,
    name: "Employer benefit contributions payable to carriers",
    kind: "liability",
    payee: "benefit_carriers",
  },
  {
    code: Accounts.workersCompPremiumPayable,
    name: "Workers' compensation premium payable (client's policy)",
    kind: "liability",
    payee: "workers_comp_carrier",
  },
  {
    code: Accounts.garnishmentsPayable,
    name: "Garnishments payable",
    kind: "liability",
    payee: "garnishment_payees",
  },
  {
    code: Accounts.otherDeductionsPayable,
    name: "Other deductions payable",
    kind: "liability",
    payee: "other_payees",
  },
  {
    // The client's own funds the ASO draws deposits from (the client's bank account or the ASO's
    // clearing account for that client); a deposit made debits a liability and credits this.
    code: Accounts.clientCashClearing,
    name: "Client cash / payroll clearing",
    kind: "asset",
  },
];

/** The accounts that make up Form 941 deposits (income tax withheld and both FICA shares). */
export const FORM_941_ACCOUNTS: ReadonlySet<string> = new Set([
  Accounts.federalIncomeTaxPayable,
  Accounts.socialSecurityEmployeePayable,
  Accounts.socialSecurityEmployerPayable,
  Accounts.medicareEmployeePayable,
  Accounts.medicareEmployerPayable,
]);

/**
 * The chart of accounts for one client employer. Account codes are the same for every client; the
 * ledger is partitioned by the client's EIN, so `ein` only labels the chart.
 */
export function chartOfAccounts(ein: string): { ein: string; accounts: readonly AccountDefinition[] } {
  return { ein, accounts: DEFINITIONS };
}

/** The definition of an account code; throws on an unknown code (a programming error). */
export function accountDefinition(code: string): AccountDefinition {
  const found = DEFINITIONS.find((d) => d.code === code);
  if (!found) throw new Error(`unknown ledger account: ${code}`);
  return found;
}

/**
 * Which liability account an employee deduction code is credited to. Unknown codes go to "other
 * deductions payable" rather than being dropped, so entries still balance.
 */
export function accountForDeduction(code: string): AccountCode {
  const c = code.toLowerCase();
  if (
    c === "401k" ||
    c === "roth_401k" ||
    c.startsWith("401k_") ||
    c.startsWith("403b") ||
    c.startsWith("457")
  )
    return Accounts.retirementDeferralsPayable;
  if (c.startsWith("hsa")) return Accounts.hsaPayable;
  if (c.includes("fsa") || c.startsWith("dependent_care") || c === "dcap") return Accounts.fsaPayable;
  if (
    c.startsWith("section125") ||
    c.startsWith("medical") ||
    c.startsWith("dental") ||
    c.startsWith("vision")
  )
    return Accounts.section125PremiumsPayable;
  if (c.startsWith("garnish") || c.startsWith("child_support") || c.startsWith("levy"))
    return Accounts.garnishmentsPayable;
  return Accounts.otherDeductionsPayable;
}

/** Which liability account an employer benefit contribution is credited to. */
export function accountForEmployerContribution(code: string): AccountCode {
  const c = code.toLowerCase();
  if (c.startsWith("hsa")) return Accounts.hsaPayable;
  if (c.startsWith("401k") || c.includes("match")) return Accounts.retirementDeferralsPayable;
  return Accounts.employerBenefitsPayable;
}
