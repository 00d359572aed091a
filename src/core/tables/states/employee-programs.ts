import type { Dated } from "../dated";

/**
 * Employee-paid state programs withheld from pay besides income tax (disability insurance, paid
 * leave, employee unemployment contributions): a rate on the program's wages. Keyed by work state;
 * each program's years are a table the engine reads by name. Programs with an annual wage cap need
 * the program's year-to-date wages and are not modelled yet.
 */
export type EmployeeProgramYear = {
  /** Rate as a decimal fraction of the program's wages (the programs here have no wage cap). */
  readonly rate: string;
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
};
