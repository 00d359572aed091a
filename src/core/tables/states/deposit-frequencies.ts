import type { Dated } from "../dated";

/**
 * When each state wants its employer withholding and unemployment contributions paid. A state assigns
 * each employer one withholding frequency (usually from the amount withheld); the client's assigned
 * frequency is a client setting (`settings.payroll.stateDepositFrequencies`), and `default` here is
 * only what applies when the setting is absent (every calendar item says which one it used). A state
 * missing from this table is never guessed: its liabilities are listed as unscheduled.
 *
 * Dates that fall on a weekend or a federal legal holiday move to the next business day; for a state
 * whose withholding rule also names its own holidays, the withholding date moves past those too
 * (`STATE_LEGAL_HOLIDAYS`, ./state-holidays.ts). Figures marked `unverified` could not be checked
 * against the agency's current publication when they were entered.
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
  /**
   * Periods 1st–15th and 16th–end of month on fixed days: the first half by `firstHalfDay` of the
   * same month, the second by `secondHalfDayOfNextMonth` of the next (31 means the month's last day).
   */
  | {
      readonly kind: "semimonthly_fixed";
      readonly firstHalfDay: number;
      readonly secondHalfDayOfNextMonth: number;
    }
  /** Weeks of Saturday to Friday, each due the Wednesday after the week ends. */
  | { readonly kind: "weekly_wednesday" }
  /** Weeks of Sunday to Saturday, each due the first business day after the Saturday. */
  | { readonly kind: "weekly_next_business_day" }
  /** Each pay date, `businessDaysAfter` business days after it. */
  | { readonly kind: "every_payroll"; readonly businessDaysAfter: number }
  /**
   * Periods within each month ending on `endDays` (ascending; 31 means the month's last day), each
   * due `businessDaysAfter` business days after the period ends. `label` names the frequency.
   */
  | {
      readonly kind: "periods_in_month";
      readonly label: string;
      readonly endDays: readonly number[];
      readonly businessDaysAfter: number;
    };

/** Every frequency a state may assign, as the client setting names it. */
export const STATE_WITHHOLDING_FREQUENCIES = [
  "semiweekly",
  "weekly",
  "semimonthly",
  "monthly",
  "quarterly",
  "every_payroll",
  "follows_federal",
  /** Delaware's W-1A: eight periods a month. */
  "eighth_monthly",
  /** Kansas's quad-monthly: four periods a month. */
  "quad_monthly",
] as const;

export type StateWithholdingFrequency = (typeof STATE_WITHHOLDING_FREQUENCIES)[number];

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
  AR: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Arkansas DFA Withholding Tax (AR941M)",
          default: "monthly",
          frequencies: { monthly: { kind: "monthly", dayOfNextMonth: 15 } },
        },
        unemployment: { agency: "Arkansas Division of Workforce Services", rule: quarterlyLastDay },
      },
      source:
        "Ark. Admin. Code 006.05.307, Rule 1.26-51-908(a): every employer files monthly, on or before the 15th of each month for the month before; no quarterly returns; annual (January 31) only at $199 or less a year, not modelled. Read only in Westlaw's and Justia's copies of the rule; the UI quarterly date not read in the state's text; hence unverified",
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
  DC: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "DC Office of Tax and Revenue (FR-900Q)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: 20 },
            quarterly: { kind: "quarterly", dayOfMonthAfterQuarter: 20 },
          },
        },
        unemployment: { agency: "DC Department of Employment Services (UC-30)", rule: quarterlyLastDay },
      },
      source:
        "DC OTR withholding forms pages (otr.cfo.dc.gov): monthly returns and payments 'on or before 20th of month following month being reported' (2010 forms table); FR-900Q, for monthly or quarterly payers, 'on or before the 20th day of the quarter following the quarter being reported' (Withholding Tax Forms for 2021 Filing Season); a Saturday, Sunday or legal holiday moves to the next business day; annual FR-900A (under $200 a year) not modelled. DOES 'Reporting Questions': UC-30 quarterly reports due April 30, July 31, October 31 and January 31",
    },
  ],
  DE: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Delaware Division of Revenue (W1, W1Q)",
          default: "monthly",
          frequencies: {
            eighth_monthly: {
              kind: "periods_in_month",
              label: "eighth-monthly",
              endDays: [3, 7, 11, 15, 19, 22, 25, LAST],
              businessDaysAfter: 3,
            },
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: {
          agency: "Delaware Division of Unemployment Insurance (UC-8)",
          rule: quarterlyLastDay,
        },
      },
      source:
        "Delaware Division of Revenue, Employer's Guide Section 5 'Depositing Taxes' (revenue.delaware.gov): monthly W-1 on or before the 15th of the next month, quarterly W-1Q by the last day of the month after the quarter, a Saturday, Sunday or State holiday moves to the next working day (Delaware's holidays in STATE_LEGAL_HOLIDAYS); eighth-monthly W-1A (periods ending the 3rd, 7th, 11th, 15th, 19th, 22nd, 25th and last day of the month, due 3 working days after) is the client frequency `eighth_monthly`, a State holiday not counted as a working day here. UI: 19 Del. Admin. Code 1202-3.3 (last day of the month after the quarter) read only in a third-party copy, hence unverified",
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
  HI: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Hawaii Department of Taxation (HW-14)",
          default: "monthly",
          frequencies: {
            semiweekly: { kind: "semiweekly" },
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: { kind: "quarterly", dayOfMonthAfterQuarter: 15 },
          },
        },
        unemployment: { agency: "Hawaii DLIR Unemployment Insurance (UC-B6)", rule: quarterlyLastDay },
      },
      source:
        "HRS 235-62: return by the 15th of the month after the quarter; semi-weekly schedule over $40,000 a year (or as the federal semi-weekly depositor), monthly over $5,000; Haw. Code R. 18-235-61-08: monthly HW-14 by the 15th of the next month (January's by February 15). Both read only in third-party copies; the UC-B6 quarterly date only in a vendor summary; hence unverified",
      unverified: true,
    },
  ],
  IA: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Iowa Department of Revenue (withholding deposits, quarterly return)",
          default: "monthly",
          frequencies: {
            semimonthly: { kind: "semimonthly_fixed", firstHalfDay: 25, secondHalfDayOfNextMonth: 10 },
            monthly: { kind: "monthly", dayOfNextMonth: 15, quarterEndDay: LAST },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: {
          agency: "Iowa Workforce Development (quarterly contribution report)",
          rule: quarterlyLastDay,
        },
      },
      source:
        "Iowa Department of Revenue 'Filing Frequencies and Return Due Dates' and 'Iowa Withholding Due Date Calendars' (tax.iowa.gov): quarterly by the last day of the month after the quarter; monthly deposits for the first two months by the 15th, the third month with the quarterly return; semimonthly 1st–15th by the 25th, 16th–end by the 10th of the next month; a weekend or federal or Iowa legal holiday moves to the next bank working day (Iowa's holidays in STATE_LEGAL_HOLIDAYS). UI: Iowa Admin. Code r. 871-23.8 (last day of the month after the quarter) read only in a third-party copy, hence unverified",
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
            semimonthly: { kind: "semimonthly_fixed", firstHalfDay: 20, secondHalfDayOfNextMonth: 5 },
            monthly: { kind: "monthly", dayOfNextMonth: 20 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Idaho Department of Labor (TAX020)", rule: quarterlyLastDay },
      },
      source:
        "Idaho State Tax Commission, 'Withholding Due Dates' (tax.idaho.gov): Form 910 monthly filers due the 20th of the month after the payment period, quarterly filers the last day of the month after the quarter, a weekend or state holiday moves to the next business day (Idaho Code 73-108, read on legislature.idaho.gov, lists only days that are also federal legal holidays, besides days the governor appoints, so the federal roll-forward covers them); 'Filing cycles': monthly when withholding under $25,000 a month and over $750 a quarter, quarterly at $750 or less a quarter. Semimonthly filers: the 1st–15th due the 20th of the same month, the 16th–end the 5th of the next. Annual not modelled. Withholding figures read in the agency's text; the UI quarterly date only in a payroll vendor's summary, hence unverified",
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
  IN: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Indiana Department of Revenue (WH-1)",
          default: "monthly",
          // 20 days after the month ends is always the 20th of the next month.
          frequencies: { monthly: { kind: "monthly", dayOfNextMonth: 20 } },
        },
        unemployment: { agency: "Indiana Department of Workforce Development", rule: quarterlyLastDay },
      },
      source:
        "IC 6-3-4-8.1(a): monthly WH-1 and payment 20 days (rather than 30) after the month when the average monthly remittance exceeds $1,000. A smaller filer's 30-day date is not modelled, so such a client is shown the earlier date; quarterly, semiannual and annual filers are not modelled. Statute read only in third-party copies; the UI quarterly date not read in the state's text; hence unverified",
      unverified: true,
    },
  ],
  KS: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Kansas Department of Revenue (KW-5)",
          default: "monthly",
          frequencies: {
            quad_monthly: {
              kind: "periods_in_month",
              label: "quad-monthly",
              endDays: [7, 15, 21, LAST],
              businessDaysAfter: 3,
            },
            semimonthly: { kind: "semimonthly_fixed", firstHalfDay: 25, secondHalfDayOfNextMonth: 10 },
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: { kind: "quarterly", dayOfMonthAfterQuarter: 25 },
          },
        },
        unemployment: { agency: "Kansas Department of Labor (K-CNS 100)", rule: quarterlyLastDay },
      },
      source:
        "KDOR Withholding Tax Booklet KW-100 (filing frequencies): semi-monthly 1st–15th by the 25th, 16th–end by the 10th of the next month; monthly by the 15th; quarterly by the 25th of the month after the quarter; quad-monthly (periods ending the 7th, 15th, 21st and last day of the month, due 3 banking days after) is the client frequency `quad_monthly`; annual (January 25) is not modelled; a weekend or legal holiday moves to the next working day (read as the federal legal holidays: no Kansas list was read). Read only in a copy of KW-100 and in summaries; K-CNS 100 date only in a vendor summary; hence unverified",
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
  LA: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Louisiana Department of Revenue (L-1, L-1V)",
          default: "monthly",
          frequencies: {
            semimonthly: { kind: "semimonthly_fixed", firstHalfDay: LAST, secondHalfDayOfNextMonth: 15 },
            monthly: { kind: "monthly", dayOfNextMonth: LAST },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Louisiana Workforce Commission", rule: quarterlyLastDay },
      },
      source:
        "Louisiana Department of Revenue FAQ 'When are my payments due?' and 'Withholding for Preparers' (revenue.louisiana.gov): quarterly by the last day of the month after the quarter; monthly by the last day of the next month (the quarter's last month with the L-1); semi-monthly 1st–15th by the end of the same month, 16th–end by the 15th of the next. Louisiana Workforce Commission employer FAQ (laworks.net): UI taxes due the last day of the month after the quarter",
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
  ME: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Maine Revenue Services (900ME, 941ME)",
          default: "quarterly",
          frequencies: { semiweekly: { kind: "semiweekly" }, quarterly: quarterlyLastDay },
        },
        unemployment: { agency: "Maine Department of Labor (ME UC-1)", rule: quarterlyLastDay },
      },
      source:
        "Maine Revenue Services 'Due Dates' (maine.gov/revenue/tax-return-forms/due-dates): 941ME and ME UC-1 due April 30, July 31, October 31, January 31; 900ME the Wednesday (wages paid Wed–Fri) or Friday (wages paid Sat–Tue) after each payroll; a holiday or weekend moves to the next business day",
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
  MS: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Mississippi Department of Revenue (withholding return)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
            quarterly: { kind: "quarterly", dayOfMonthAfterQuarter: 15 },
          },
        },
        unemployment: { agency: "Mississippi Department of Employment Security", rule: quarterlyLastDay },
      },
      source:
        "Mississippi DOR 'Withholding Tax', Due Dates (dor.ms.gov): withholding returns due the 15th of the month following the period; a Saturday, Sunday or legal holiday moves to the next business day (annual filers not modelled). MDES 'Quarterly Report and Tax Due Dates' (mdes.ms.gov): by the last day of the month after the quarter, a weekend moving to the next business day",
    },
  ],
  MT: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Montana Department of Revenue (wage withholding)",
          default: "monthly",
          frequencies: {
            follows_federal: { kind: "federal_schedule" },
            monthly: { kind: "monthly", dayOfNextMonth: 15 },
          },
        },
        unemployment: { agency: "Montana Department of Labor & Industry (UI-5)", rule: quarterlyLastDay },
      },
      source:
        "Montana DOR 'Wage Withholding Returns and Payments' (revenue.mt.gov): $12,000 or more in the lookback period on the accelerated schedule, the same as federal tax deposits; $1,200–$11,999 monthly by the 15th of the following month; up to $1,199 annual by January 31 (not modelled); a weekend due date moves to the next business day. UI-5 quarterly date (last day of the month after the quarter) read only in copies of ARM rules and vendor summaries, hence unverified",
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
  NE: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Nebraska Department of Revenue (501N, 941N)",
          // Over $500 in a month means monthly deposits; the earlier dates unless the client is quarterly.
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: 15, quarterEndDay: LAST },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Nebraska Department of Labor (UI-11T)", rule: quarterlyLastDay },
      },
      source:
        "316 Neb. Admin. Code ch. 21, 007.01C and 007.02: Form 941N by the last day of the month after each filing period (quarterly for most employers); monthly deposits (Form 501N) on or before the 15th of the second and third month of the quarter when a month's withholding exceeds $500, the quarter's last month with the 941N; Form 501N instructions: due the 15th of the month following the month covered; annual filers not modelled. Read only in third-party copies; the UI date not read in the state's text; hence unverified",
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
  NM: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "New Mexico Taxation and Revenue Department (CRS-1 / TRD-41414)",
          default: "monthly",
          frequencies: {
            monthly: { kind: "monthly", dayOfNextMonth: 25 },
            quarterly: { kind: "quarterly", dayOfMonthAfterQuarter: 25 },
          },
        },
        unemployment: {
          agency: "New Mexico Department of Workforce Solutions (ES-903A)",
          rule: quarterlyLastDay,
        },
      },
      source:
        "NMSA 7-3-6: taxes withheld paid on or before the 25th of the month following the month they were withheld; quarterly filers (under $200 a month) by the 25th of the month after the quarter, semiannual not modelled; a weekend or legal holiday moves to the next business day. Statute read only in a third-party copy, the quarterly date and UI date only in vendor summaries; hence unverified",
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
  OK: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Oklahoma Tax Commission (WTH 10001, WTH 10004)",
          default: "monthly",
          frequencies: {
            semiweekly: { kind: "semiweekly" },
            monthly: { kind: "monthly", dayOfNextMonth: 20 },
            quarterly: { kind: "quarterly", dayOfMonthAfterQuarter: 20 },
          },
        },
        unemployment: { agency: "Oklahoma Employment Security Commission (OES-3)", rule: quarterlyLastDay },
      },
      source:
        "OTC 'Withholding' (oklahoma.gov/tax): more than $500 a quarter monthly, less quarterly, $10,000 a month twice a week on the federal schedule; Form WTH 10001 (Rev. 11-2019) instructions: returns due on or before the 20th of the month after each quarter, monthly payments on coupon WTH 10004. The monthly day (20th) read only in a copy of the form and vendor summaries (an older OW-9 copy says the 15th, and the OTC page says payments follow 'the same schedule the employer remits payments to the IRS'), the OES-3 date only in a vendor summary; hence unverified",
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
  RI: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "Rhode Island Division of Taxation (RI-941)",
          default: "monthly",
          frequencies: {
            weekly: { kind: "weekly_next_business_day" },
            monthly: { kind: "monthly", dayOfNextMonth: 20 },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: {
          agency: "Rhode Island DLT Employer Tax Unit (TX-17: UI, Job Development Fund, TDI)",
          rule: quarterlyLastDay,
        },
      },
      source:
        "280-RICR-20-55-10.8(B): weekly ($600 or more in any month) for the Sunday–Saturday week, due the next banking day, usually Monday (a banking or state holiday moves it to Tuesday; Rhode Island's holidays in STATE_LEGAL_HOLIDAYS); monthly ($50–$600) within 20 days after the month; RI-941 quarterly by the last day of the month after the quarter. Read only in a third-party copy of the rule. TX-17 instructions (ri.gov/taxation/tx17/help): the quarterly report carries Employment Security, Job Development Fund and TDI taxes; its due date, the last day of the month after the quarter (260-RICR-40-05-1.27(C)), read only in a third-party copy; hence unverified",
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
            semimonthly: { kind: "semimonthly_fixed", firstHalfDay: LAST, secondHalfDayOfNextMonth: 15 },
            monthly: { kind: "monthly", dayOfNextMonth: LAST },
            quarterly: quarterlyLastDay,
          },
        },
        unemployment: { agency: "Wisconsin DWD Unemployment Insurance (UCT-101)", rule: quarterlyLastDay },
      },
      source:
        "WI DOR Publication W-166 Withholding Tax Guide, 'Filing frequency' (monthly by the last day of the following month, quarterly by the last day of the month after the quarter; semimonthly: the 1st–15th by the month's last day, the 16th–end by the 15th of the next month, read only in vendor summaries of W-166); DWD quarterly contributions",
      unverified: true,
    },
  ],
  WV: [
    {
      effective: "2020-01-01",
      value: {
        withholding: {
          agency: "West Virginia Tax Division (WV/IT-101V, WV/IT-101Q)",
          default: "monthly",
          frequencies: { monthly: { kind: "monthly", dayOfNextMonth: 15 } },
        },
        unemployment: {
          agency: "WorkForce West Virginia (quarterly contribution report)",
          rule: quarterlyLastDay,
        },
      },
      source:
        "West Virginia Tax Division 'Withholding Help and General Information' (tax.wv.gov): withheld tax remitted on or before the 15th of the succeeding month, quarterly returns by the last day of the month after the quarter; the accelerated June payment ($100,000 a month, due June 23) and annual filers are not modelled. WorkForce WV 'Tax Filing & Reporting' (workforcewv.org): contributions due April 30, July 31, October 31, January 31",
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
  // Employee TDI is paid on the quarterly TX-17 with UI and the Job Development Fund.
  RI_TDI: "unemployment",
  // PFML and WA Cares premiums are reported and paid to ESD with the quarterly UI report.
  WA_PFML: "unemployment",
  WA_CARES: "unemployment",
};
