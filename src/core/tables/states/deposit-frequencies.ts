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
  | {
      readonly kind: "monthly";
      readonly dayOfNextMonth: number;
      readonly quarterEndDay?: number;
      /** January's payment is due this day of February instead (a short month's exception). */
      readonly februaryDay?: number;
    }
  /** Each calendar quarter, by this day of the month after it (31 means the last day). */
  | { readonly kind: "quarterly"; readonly dayOfMonthAfterQuarter: number }
  /** Weeks of Saturday to Friday, each due the Wednesday after the week ends. */
  | { readonly kind: "weekly_wednesday" }
  /** Each pay date, `businessDaysAfter` business days after it. */
  | { readonly kind: "every_payroll"; readonly businessDaysAfter: number };

export type StateWithholdingFrequency =
  | "semiweekly"
  | "weekly"
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
  AK: [
    {
      effective: "2020-01-01",
      value: { unemployment: { agency: "Alaska Department of Labor (TQ01C)", rule: quarterlyLastDay } },
      source:
        "AK has no income tax on wages; ADOL Employer Quarterly Contribution Report due the last day of the month after the quarter",
      unverified: true,
    },
  ],
  AL: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Alabama Department of Revenue (A-6 / A-1)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Alabama Department of Labor (UC-CR4)", rule: quarterlyLastDay },
      },
      source:
        "AL DOR Withholding Tax Tables and Instructions for Employers, 'Filing requirements' (monthly A-6 by the 15th, quarterly A-1 by the last day of the month after the quarter); ADOL quarterly contributions, same last day",
      unverified: true,
    },
  ],
  AZ: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Arizona Department of Revenue (A1-QRT, A1-WP)",
          default: "follows_federal",
          frequencies: {
            follows_federal: { kind: "federal_schedule" },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Arizona DES Unemployment Tax (UC-018)", rule: quarterlyLastDay },
      },
      source:
        "AZ DOR Withholding Tax FAQ and Form A1-QRT instructions (payments on the federal deposit schedule when the quarterly average exceeds $1,500, otherwise with the quarterly return by the last day of the month after the quarter); DES UC-018 quarterly",
      unverified: true,
    },
  ],
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
  CT: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Connecticut DRS (CT-WH, CT-941)",
          default: "monthly",
          frequencies: {
            // Connecticut's fastest remitters are weekly, not semiweekly as the federal schedule is.
            weekly: { kind: "weekly_wednesday" },
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Connecticut Department of Labor (UC-2)", rule: quarterlyLastDay },
      },
      source:
        "CT DRS Circular CT, 'Calendar of Duties' (portal.ct.gov): weekly remitters by the Wednesday after the weekly period (Saturday to Friday) in which wages were paid, monthly by the 15th of the next month, quarterly by the last day of the month after the quarter; a Saturday, Sunday or legal holiday moves to the next business day. Corrected from a semiweekly row. CT DOL UC-2 quarterly date not read in the state's text, hence unverified",
      unverified: true,
    },
  ],
  FL: [
    {
      effective: "2020-01-01",
      value: {
        unemployment: {
          agency: "Florida Department of Revenue reemployment tax (RT-6)",
          rule: quarterlyLastDay,
        },
      },
      source:
        "FL has no income tax on wages; RT-6 Employer's Quarterly Report due the last day of the month after the quarter",
      unverified: true,
    },
  ],
  GA: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Georgia Department of Revenue (GA-V, G-7)",
          default: "monthly",
          frequencies: {
            semiweekly: { kind: "semiweekly" },
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Georgia Department of Labor (DOL-4N)", rule: quarterlyLastDay },
      },
      source:
        "GA DOR Employer's Tax Guide, 'Payment schedules' (semiweekly as federal, monthly by the 15th, quarterly by the last day of the month after the quarter); GA DOL DOL-4N quarterly",
      unverified: true,
    },
  ],
  ID: [
    {
      effective: "2014-01-01",
      value: {
        withholding: {
          agency: "Idaho State Tax Commission (Form 910)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: 20 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Idaho Department of Labor (TAX020)", rule: quarterlyLastDay },
      },
      source:
        "Idaho State Tax Commission, 'Withholding Due Dates' (tax.idaho.gov): Form 910 monthly filers due the 20th of the month after the payment period, quarterly filers the last day of the month after the quarter, a weekend or state holiday moves to the next business day; 'Filing cycles': monthly when withholding under $25,000 a month and over $750 a quarter, quarterly at $750 or less a quarter. Semimonthly (20th / 5th) and annual not modelled. Withholding figures read in the agency's text; the UI quarterly date only in a payroll vendor's summary, hence unverified",
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
  KY: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Kentucky Department of Revenue (K-1, K-3)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Kentucky Office of Unemployment Insurance (UI-3)", rule: quarterlyLastDay },
      },
      source:
        "KY DOR Withholding Kentucky Income Tax, 'Filing frequency' (monthly by the 15th, quarterly by the last day of the month after the quarter; twice-monthly not modelled); KY OUI UI-3 quarterly",
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
  MD: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Comptroller of Maryland (MW506)",
          default: "monthly",
          frequencies: {
            follows_federal: { kind: "federal_schedule" },
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: { kind: "quarterly", dayOfMonthAfterQuarter: 15 },
          },
        },
        unemployment: { agency: "Maryland Division of Unemployment Insurance", rule: quarterlyLastDay },
      },
      source:
        "MD Employer Withholding Guide, 'Filing frequency' (accelerated on the federal schedule, monthly by the 15th, quarterly by the 15th of the month after the quarter); MD DUI quarterly contributions",
      unverified: true,
    },
  ],
  MI: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Michigan Department of Treasury (Form 5080)",
          default: "monthly",
          frequencies: {
            follows_federal: { kind: "federal_schedule" },
            monthly: { kind: "monthly", dayOfNextMonth: 20 },
            quarterly: { kind: "quarterly", dayOfMonthAfterQuarter: 20 },
          },
        },
        unemployment: {
          agency: "Michigan UIA (Form 1028)",
          rule: { kind: "quarterly", dayOfMonthAfterQuarter: 25 },
        },
      },
      source:
        "MI Treasury 'Filing and Payment Due Dates' (monthly by the 20th of the following month, quarterly by the 20th of the month after the quarter, accelerated payers on the federal schedule); UIA Form 1028 by the 25th of the month after the quarter",
      unverified: true,
    },
  ],
  MN: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Minnesota Department of Revenue (MW-1)",
          default: "follows_federal",
          frequencies: {
            follows_federal: { kind: "federal_schedule" },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Minnesota Unemployment Insurance", rule: quarterlyLastDay },
      },
      source:
        "MN Revenue Withholding Tax Instructions and Tables, 'Deposit due dates' (semiweekly or monthly as the federal schedule; quarterly filers by the last day of the month after the quarter); MN UI quarterly wage detail and tax",
      unverified: true,
    },
  ],
  MO: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Missouri Department of Revenue (MO-941)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: 15, quarterEndDay: LAST },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: {
          agency: "Missouri Division of Employment Security (MODES-4)",
          rule: quarterlyLastDay,
        },
      },
      source:
        "MO DOR Employer's Tax Guide (Form 4282), 'Filing frequencies' (monthly by the 15th, a quarter's last month by the last day of the month after; quarterly by the last day of the month after the quarter; quarter-monthly not modelled); MODES-4 quarterly",
      unverified: true,
    },
  ],
  NC: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "North Carolina Department of Revenue (NC-5)",
          default: "monthly",
          frequencies: {
            semiweekly: { kind: "semiweekly" },
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: {
          agency: "North Carolina Division of Employment Security (NCUI 101)",
          rule: quarterlyLastDay,
        },
      },
      source:
        "NC-30 Income Tax Withholding Tables and Instructions for Employers, 'Filing frequency' (semiweekly as federal, monthly by the 15th, quarterly by the last day of the month after the quarter); NC DES NCUI 101 quarterly",
      unverified: true,
    },
  ],
  ND: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "North Dakota Office of State Tax Commissioner (Form 306)",
          default: "quarterly",
          frequencies: { quarterly: quarterlyLastDay },
        },
        unemployment: { agency: "Job Service North Dakota (SFN 41263)", rule: quarterlyLastDay },
      },
      source:
        "N.D. Cent. Code 57-38-60(1): withholding paid on or before the last day of April, July, October and January for the preceding quarter (annual return allowed under $1,000 a year, not modelled); N.D. Admin. Code 27-02-07-02: UI contributions by the last day of the month after the quarter. Both read only in third-party copies of the code, hence unverified",
      unverified: true,
    },
  ],
  NH: [
    {
      effective: "2020-01-01",
      value: {
        unemployment: { agency: "New Hampshire Employment Security (NHES 0003)", rule: quarterlyLastDay },
      },
      source:
        "NH has no income tax on wages; NHES quarterly tax and wage report due the last day of the month after the quarter",
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
  NV: [
    {
      effective: "2020-01-01",
      value: {
        unemployment: {
          agency: "Nevada DETR Employment Security Division (NUCS-4072)",
          rule: quarterlyLastDay,
        },
      },
      source:
        "NV has no income tax on wages; ESD quarterly contribution and wage report due the last day of the month after the quarter",
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
  OH: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Ohio Department of Taxation (IT 501)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: {
          agency: "Ohio Department of Job and Family Services (JFS-20127)",
          rule: quarterlyLastDay,
        },
      },
      source:
        "OH Department of Taxation Employer Withholding FAQ, 'Payment frequency' (monthly by the 15th of the following month, quarterly by the last day of the month after the quarter; partial-weekly not modelled); ODJFS quarterly contribution report",
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
  SC: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "South Carolina Department of Revenue (WH-1601, WH-1605)",
          default: "follows_federal",
          frequencies: {
            follows_federal: { kind: "federal_schedule" },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "South Carolina DEW (UCE-120)", rule: quarterlyLastDay },
      },
      source:
        "SCDOR Form WH-1605 (Rev. 9/30/19) line 2: 'SC payments must be made at the same time as federal payments'; WH-1605 due the last day of the month after the quarter (Q1-Q3). Read only in a third-party copy of the form; UCE-120 quarterly date from a vendor summary; hence unverified",
      unverified: true,
    },
  ],
  SD: [
    {
      effective: "2020-01-01",
      value: { unemployment: { agency: "South Dakota DLR Reemployment Assistance", rule: quarterlyLastDay } },
      source:
        "SD has no income tax on wages; DLR quarterly contribution report due the last day of the month after the quarter",
      unverified: true,
    },
  ],
  TN: [
    {
      effective: "2020-01-01",
      value: { unemployment: { agency: "Tennessee Department of Labor (LB-0456)", rule: quarterlyLastDay } },
      source:
        "TN has no income tax on wages; premium and wage report due the last day of the month after the quarter",
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
  UT: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Utah State Tax Commission (TC-941)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: LAST },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Utah Department of Workforce Services (Form 3)", rule: quarterlyLastDay },
      },
      source:
        "UT Pub 14 Withholding Tax Guide, 'Filing and paying' (monthly by the last day of the following month, quarterly by the last day of the month after the quarter); DWS quarterly contribution report",
      unverified: true,
    },
  ],
  VA: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Virginia Department of Taxation (VA-5, VA-15, VA-16)",
          default: "monthly",
          frequencies: {
            semiweekly: { kind: "semiweekly" },
            monthly: { kind: "monthly", dayOfNextMonth: 25 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Virginia Employment Commission (VEC-FC-20)", rule: quarterlyLastDay },
      },
      source:
        "Code of Virginia § 58.1-472 (quarterly by the last day of the month after the quarter; monthly by the 25th of the following month; semiweekly within 3 banking days after a federal deposit period); VEC quarterly tax report",
      unverified: true,
    },
  ],
  VT: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Vermont Department of Taxes (WHT-430, WHT-436)",
          // Vermont mirrors the federal frequency but on its own dates (monthly by the 25th, not the
          // 15th), so the client's setting picks the row rather than the 941 schedule.
          default: "monthly",
          frequencies: {
            semiweekly: { kind: "semiweekly" },
            monthly: { kind: "monthly", dayOfNextMonth: 25, quarterEndDay: 25, februaryDay: 23 },
            quarterly: { kind: "quarterly", dayOfMonthAfterQuarter: 25 },
          },
        },
        unemployment: { agency: "Vermont Department of Labor (C-101)", rule: quarterlyLastDay },
      },
      source:
        "32 V.S.A. 5842(a) (legislature.vermont.gov): quarterly by 25 days after March, June, September, December; semiweekly Wed-Fri pay dates by the next Wednesday, others by the next Friday; monthly by the 25th (23rd of February) of the next month. Vermont Department of Taxes 'Withholding for Employers' (tax.vermont.gov): frequency mirrors the federal one; third monthly payment with the WHT-436. WHT-436 instructions: weekend or holiday moves to the next business day. UI: Vermont Department of Labor (labor.vermont.gov) release of 30 April 2020, first-quarter wage reports and contributions due April 30 (the last day of the month after the quarter)",
    },
  ],
  WA: [
    {
      effective: "2020-01-01",
      value: {
        unemployment: {
          agency: "Washington ESD (UI, Paid Family and Medical Leave, WA Cares)",
          rule: quarterlyLastDay,
        },
      },
      source:
        "WA has no income tax on wages; ESD quarterly tax and wage report (UI, PFML and WA Cares premiums) due the last day of the month after the quarter",
      unverified: true,
    },
  ],
  WI: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Wisconsin Department of Revenue (WT-6)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: LAST },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Wisconsin DWD Unemployment Insurance (UCT-101)", rule: quarterlyLastDay },
      },
      source:
        "WI DOR Publication W-166 Withholding Tax Guide, 'Filing frequency' (monthly by the last day of the following month, quarterly by the last day of the month after the quarter; semimonthly not modelled); DWD quarterly contributions",
      unverified: true,
    },
  ],
  WY: [
    {
      effective: "2020-01-01",
      value: { unemployment: { agency: "Wyoming DWS Unemployment Insurance", rule: quarterlyLastDay } },
      source:
        "WY has no income tax on wages; DWS quarterly summary report due the last day of the month after the quarter",
      unverified: true,
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
  // Employee UI is paid with the employer's quarterly contributions.
  AK_UI: "unemployment",
  // PFML and WA Cares premiums are reported and paid to ESD with the quarterly UI report.
  WA_PFML: "unemployment",
  WA_CARES: "unemployment",
};
