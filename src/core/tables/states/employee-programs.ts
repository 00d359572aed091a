import type { Dated } from "../dated";

/**
 * Employee-paid state programs withheld from pay besides income tax (disability insurance, paid
 * leave, employee unemployment contributions): a rate on the program's wages. Keyed by work state;
 * each program's years are a table the engine reads by name. A program capped at the Social
 * Security wage base stops where Social Security does; other annual caps are not modelled yet. A
 * pay date before a program's first year owes nothing (the program did not exist yet).
 */
export type EmployeeProgramYear = {
  /** The employee's rate as a decimal fraction of the program's wages. */
  readonly rate: string;
  /** Wages above the year's Social Security wage base owe nothing (WA PFML, CO FAMLI). */
  readonly capAtSocialSecurityBase?: boolean;
};

export type EmployeeProgram = {
  /** Code on the paycheck and in the ledger memo, e.g. `CA_SDI`. */
  readonly code: string;
  /** What a person reads. */
  readonly name: string;
  /** Table name for `TableLookup` and `aso tables list`. */
  readonly table: string;
  readonly years: readonly Dated<EmployeeProgramYear>[];
};

export const EMPLOYEE_PROGRAMS: Readonly<Record<string, readonly EmployeeProgram[]>> = {
  CA: [
    {
      code: "CA_SDI",
      name: "California State Disability Insurance (SDI, incl. Paid Family Leave)",
      table: "state.CA.sdi",
      years: [
        {
          effective: "2025-01-01",
          through: "2025-12-31",
          value: { rate: "0.012" },
          source:
            "EDD, Contribution Rates, Withholding Schedules, and Meals and Lodging Values (2025): SDI 1.2%, no taxable wage limit (SB 951)",
        },
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.013" },
          source:
            "EDD, Contribution Rates, Withholding Schedules, and Meals and Lodging Values (10/01/2025): SDI 1.3%, no taxable wage limit",
        },
      ],
    },
  ],
  PA: [
    {
      code: "PA_UC",
      name: "Pennsylvania unemployment compensation (employee share)",
      table: "state.PA.uc_employee",
      years: [
        {
          effective: "2021-01-01",
          value: { rate: "0.0007" },
          source:
            "PA Department of Labor & Industry, UC employee withholding 0.07% of total gross wages (43 P.S. §781.4); official page not reachable from here",
          unverified: true,
        },
      ],
    },
  ],
  WA: [
    {
      code: "WA_PFML",
      name: "Washington Paid Family and Medical Leave (employee share)",
      table: "state.WA.pfml_employee",
      years: [
        {
          effective: "2021-01-01",
          through: "2021-12-31",
          value: { rate: "0.0029288", capAtSocialSecurityBase: true },
          source:
            "Washington ESD Paid Leave, 2021 premium: 0.4% up to the Social Security base, employees 73.22% (0.29288%); official page not reachable from here",
          unverified: true,
        },
        {
          effective: "2022-01-01",
          through: "2022-12-31",
          value: { rate: "0.0043932", capAtSocialSecurityBase: true },
          source:
            "Washington ESD Paid Leave, 2022 premium: 0.6% up to the Social Security base, employees 73.22% (0.43932%); official page not reachable from here",
          unverified: true,
        },
        {
          effective: "2023-01-01",
          through: "2023-12-31",
          value: { rate: "0.0057144", capAtSocialSecurityBase: true },
          source:
            "Washington ESD Paid Leave, 2023 premium: 0.8% up to the Social Security base, employees 71.43% (0.57144%); official page not reachable from here",
          unverified: true,
        },
        {
          effective: "2024-01-01",
          through: "2024-12-31",
          value: { rate: "0.00528582", capAtSocialSecurityBase: true },
          source:
            "Washington ESD, paidleave.wa.gov premiums (2024): 0.74% of gross wages up to the Social Security cap ($168,600), employees up to 71.43% (0.528582%)",
        },
        {
          effective: "2025-01-01",
          through: "2025-12-31",
          value: { rate: "0.00657984", capAtSocialSecurityBase: true },
          source:
            "Washington ESD Paid Leave, 2025 premium: 0.92% of gross wages up to the Social Security base, employees 71.52% (0.92% × 71.52% = 0.657984%); official page not reachable from here",
          unverified: true,
        },
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.00807159", capAtSocialSecurityBase: true },
          source:
            "Washington ESD, paidleave.wa.gov/updates (2026 premiums): 1.13% of gross wages up to the Social Security cap ($184,500), employees pay 71.43% (1.13% × 71.43% = 0.807159%)",
        },
      ],
    },
    {
      code: "WA_CARES",
      name: "WA Cares Fund (long-term care)",
      table: "state.WA.cares",
      years: [
        {
          effective: "2023-07-01",
          value: { rate: "0.0058" },
          source:
            "RCW 50B.04.080: premium of 0.58% of all wages, no wage cap, from 1 July 2023 (employees with an approved exemption owe none)",
        },
      ],
    },
  ],
  CO: [
    {
      code: "CO_FAMLI",
      name: "Colorado Paid Family and Medical Leave Insurance (FAMLI, employee share)",
      table: "state.CO.famli_employee",
      years: [
        {
          effective: "2023-01-01",
          through: "2025-12-31",
          value: { rate: "0.0045", capAtSocialSecurityBase: true },
          source:
            "C.R.S. 8-13.3-507: premium 0.9% of wages up to the Social Security base, up to half (0.45%) deducted from the employee",
        },
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.0044", capAtSocialSecurityBase: true },
          source:
            "Colorado FAMLI Division, 2026 premium 0.88% of wages up to the Social Security base, employee half 0.44%; official notice not reachable from here",
          unverified: true,
        },
      ],
    },
  ],
};
