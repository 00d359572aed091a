import type { Dated } from "../dated";

/**
 * When each state wants its employer withholding and unemployment contributions paid. A state assigns
 * each employer one withholding frequency (usually from the amount withheld); the client's assigned
 * frequency is a client setting (`settings.payroll.stateDepositFrequencies`), and `default` here is
 * only what applies when the setting is absent (every calendar item says which one it used). A state
 * missing from this table is never guessed: its liabilities are listed as unscheduled.
 *
 * Dates that fall on a weekend or a federal legal holiday move to the next business day; the states'
 * own holidays are not modelled. Figures marked `unverified` could not be checked against the
 * agency's current publication when they were entered.
 */

/** How one deposit frequency sets its due date. */
export type StateDepositRule =
  /** The client's Form 941 dates (monthly: 15th of the next month; semiweekly: next Wednesday/Friday). */
  | { readonly kind: "federal_schedule" }
  /** The 941 semiweekly dates whatever the client's federal schedule. */
  | { readonly kind: "semiweekly" }
  /** Periods 1st–15th and 16th–end of month, due `businessDaysAfter` business days after the period. */
  | { readonly kind: "semimonthly"; readonly businessDaysAfter: number }
  /**
   * Each month by `dayOfNextMonth`; with `quarterEndDay`, the third month of a quarter is due with the
   * quarterly return instead (that day of the month after the quarter; 31 means its last day).
   */
  | { readonly kind: "monthly"; readonly dayOfNextMonth: number; readonly quarterEndDay?: number }
  /** Each calendar quarter, by this day of the month after it (31 means the last day). */
  | { readonly kind: "quarterly"; readonly dayOfMonthAfterQuarter: number }
  /** Each pay date, `businessDaysAfter` business days after it. */
  | { readonly kind: "every_payroll"; readonly businessDaysAfter: number };

export type StateWithholdingFrequency =
  | "semiweekly"
  | "semimonthly"
  | "monthly"
  | "quarterly"
  | "every_payroll"
  | "follows_federal";

export type StateDepositRules = {
  /** Absent for a state with no income tax on wages. */
  readonly withholding?: {
    readonly agency: string;
    readonly default: StateWithholdingFrequency;
    readonly frequencies: Readonly<Partial<Record<StateWithholdingFrequency, StateDepositRule>>>;
  };
  readonly unemployment: { readonly agency: string; readonly rule: StateDepositRule };
};

const LAST = 31;
const quarterlyLastDay: StateDepositRule = { kind: "quarterly", dayOfMonthAfterQuarter: LAST };

/** State deposit rules by two-letter code, each a dated list like every other table. */
export const STATE_DEPOSIT_RULES: Readonly<Record<string, readonly Dated<StateDepositRules>[]>> = {
  CA: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "California EDD (PIT and SDI, DE 88)",
          default: "follows_federal",
          frequencies: {
            follows_federal: { kind: "federal_schedule" },
            semiweekly: { kind: "semiweekly" },
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: { kind: "quarterly", dayOfMonthAfterQuarter: 15 },
          },
        },
        unemployment: { agency: "California EDD (UI and ETT, DE 88)", rule: quarterlyLastDay },
      },
      source:
        "CA EDD DE 44 California Employer's Guide, 'Payroll Tax Deposits' (PIT/SDI follow the federal schedule; UI/ETT quarterly, delinquent after the last day of the month after the quarter)",
      unverified: true,
    },
  ],
  CO: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Colorado Department of Revenue (DR 1094)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Colorado CDLE Unemployment Insurance", rule: quarterlyLastDay },
      },
      source:
        "CO DOR Colorado Wage Withholding Tax Guide, 'Filing Frequency'; CDLE UITR-1 quarterly premiums",
      unverified: true,
    },
  ],
  IL: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Illinois Department of Revenue (IL-941)",
          default: "monthly",
          frequencies: {
            semiweekly: { kind: "semiweekly" },
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
          },
        },
        unemployment: { agency: "Illinois IDES (UI-3/40)", rule: quarterlyLastDay },
      },
      source:
        "IL DOR Booklet IL-700, 'When must I pay' (monthly by the 15th, semiweekly as federal); IDES quarterly contributions",
      unverified: true,
    },
  ],
  MA: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Massachusetts DOR (M-941)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: 15, quarterEndDay: LAST },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Massachusetts DUA", rule: quarterlyLastDay },
      },
      source:
        "MA DOR Circular M, 'Filing frequency' (monthly by the 15th, third month with the quarterly return); DUA quarterly contributions",
      unverified: true,
    },
  ],
  NJ: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "New Jersey Division of Revenue (NJ-927)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: 15, quarterEndDay: 30 },
            quarterly: { kind: "quarterly", dayOfMonthAfterQuarter: 30 },
          },
        },
        unemployment: {
          agency: "New Jersey Department of Labor (NJ-927, WR-30)",
          rule: { kind: "quarterly", dayOfMonthAfterQuarter: 30 },
        },
      },
      source:
        "NJ-WT Employer's Instruction Guide, 'Payment frequency' (monthly by the 15th; quarter returns by the 30th)",
      unverified: true,
    },
  ],
  NY: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "New York State DTF (NYS-1)",
          default: "every_payroll",
          frequencies: {
            every_payroll: { kind: "every_payroll", businessDaysAfter: 3 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "New York State DOL (NYS-45)", rule: quarterlyLastDay },
      },
      source:
        "NYS-50 Employer's Guide, 'Remitting withheld tax' (within 3 business days of the payroll once $700 has accumulated, else with NYS-45)",
      unverified: true,
    },
  ],
  OR: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Oregon Department of Revenue (OQ)",
          default: "follows_federal",
          frequencies: { follows_federal: { kind: "federal_schedule" }, quarterly: quarterlyLastDay },
        },
        unemployment: { agency: "Oregon Employment Department (OQ)", rule: quarterlyLastDay },
      },
      source:
        "OR DOR Oregon Combined Payroll Tax Report instructions (withholding deposited on the federal schedule; OQ quarterly)",
      unverified: true,
    },
  ],
  PA: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Pennsylvania Department of Revenue (PA-501)",
          default: "semimonthly",
          frequencies: {
            semiweekly: { kind: "semiweekly" },
            semimonthly: { kind: "semimonthly", businessDaysAfter: 3 },
            monthly: { kind: "monthly", dayOfNextMonth: 15, quarterEndDay: LAST },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: {
          agency: "Pennsylvania Department of Labor & Industry (UC-2)",
          rule: quarterlyLastDay,
        },
      },
      source:
        "PA DOR REV-415 Employer Withholding Information Guide, 'Filing frequency' (semi-weekly, semi-monthly 3 banking days after the 15th and month end, monthly by the 15th, quarterly); PA UC-2 quarterly",
      unverified: true,
    },
  ],
  TX: [
    {
      effective: "2020-01-01",
      value: { unemployment: { agency: "Texas Workforce Commission (C-3)", rule: quarterlyLastDay } },
      source:
        "TX has no income tax on wages; TWC Employer's Quarterly Report due the last day of the month after the quarter",
    },
  ],
};

/**
 * Employee-paid state programs (`state_programs_payable`, memo = program code) and which state
 * deposit they travel with. A program missing here is listed as unscheduled, never guessed.
 */
export const STATE_PROGRAM_DEPOSITS: Readonly<Record<string, "withholding" | "unemployment">> = {
  // SDI is reported and paid with PIT on the DE 88.
  CA_SDI: "withholding",
  // Employee UC is paid with the employer's UC-2 contributions.
  PA_UC: "unemployment",
  // Employee UI, TDI and FLI are paid with the quarterly NJ-927 / WR-30 contributions.
  NJ_UI: "unemployment",
  NJ_TDI: "unemployment",
  NJ_FLI: "unemployment",
  OR_STT: "withholding",
  OR_PL: "unemployment",
};
