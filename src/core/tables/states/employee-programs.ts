import type { Dated } from "../dated";

/**
 * Employee-paid state programs withheld from pay besides income tax (disability insurance, paid
 * leave, employee unemployment contributions, Oregon's statewide transit tax): a rate on the
 * program's wages. Keyed by work state; each program's years are a table the engine reads by name.
 * A year's caps are data, computed the same way for every state: the Social Security wage base, the
 * program's own yearly wage base, a weekly wage cap (so the cap of a check follows its pay
 * frequency). A pay date before a program's first year owes nothing (the program did not exist yet).
 *
 * Where a law lets the employer deduct "up to" a share, the table holds that largest employee share.
 * Programs whose employee share depends on the employer's headcount are written for the common case
 * and say so in their name and source (the paycheck input carries no headcount).
 */
export type EmployeeProgramYear = {
  /** The employee's rate as a decimal fraction of the program's wages. */
  readonly rate: string;
  /** Wages above the year's Social Security wage base owe nothing (WA PFML, CO FAMLI, CT, MA, OR …). */
  readonly capAtSocialSecurityBase?: boolean;
  /**
   * The program's own yearly taxable wage base: wages above it in the calendar year (with the year's
   * wages so far) owe nothing (NJ UI/TDI/FLI, RI TDI, AK UI; NY PFL's annual maximum contribution is
   * its rate on 52 × the state average weekly wage).
   */
  readonly wageBase?: string;
  /**
   * Wages above this amount a week owe nothing: a check's cap is this × 52 ÷ its pay periods a year,
   * so it follows the pay frequency (NY DBL: $120 a week, i.e. $0.60 at 0.5%; HI TDI: the maximum
   * weekly wage base).
   */
  readonly weeklyWageCap?: string;
  /**
   * The program's wages are the check's income-tax wages (401(k) deferrals out), not its Social
   * Security wages (Oregon's statewide transit tax: wages as defined in ORS 316.162).
   */
  readonly incomeTaxWages?: boolean;
};

export type EmployeeProgram = {
  /** Code on the paycheck and in the ledger memo, e.g. `CA_SDI`. */
  readonly code: string;
  /** What a person reads. */
  readonly name: string;
  /** The short name of a paycheck line ("New Jersey FLI"). */
  readonly label: string;
  /** Table name for `TableLookup` and `aso tables list`. */
  readonly table: string;
  readonly years: readonly Dated<EmployeeProgramYear>[];
};

export const EMPLOYEE_PROGRAMS: Readonly<Record<string, readonly EmployeeProgram[]>> = {
  CA: [
    {
      code: "CA_SDI",
      name: "California State Disability Insurance (SDI, incl. Paid Family Leave)",
      label: "California SDI",
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
      label: "Pennsylvania unemployment (employee)",
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
      label: "Washington paid leave",
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
      label: "WA Cares",
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
      label: "Colorado FAMLI",
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
  NJ: [
    {
      code: "NJ_UI",
      name: "New Jersey unemployment, workforce development and supplemental workforce funds (UI/WF/SWF, employee share)",
      label: "New Jersey unemployment (employee)",
      table: "state.NJ.ui_employee",
      years: [
        {
          effective: "2021-01-01",
          through: "2021-12-31",
          value: { rate: "0.00425", wageBase: "36200" },
          source:
            "N.J.S.A. 43:21-7(d): workers pay UI 0.3825% + WF/SWF 0.0425% = 0.425% of wages up to the UI taxable wage base, $36,200 for 2021 (as reported by EY, 2022 wage-base alert); re-check both on nj.gov/labor/ea/employer-services/rate-info",
          unverified: true,
        },
        {
          effective: "2025-01-01",
          through: "2025-12-31",
          value: { rate: "0.00425", wageBase: "43300" },
          source:
            "NJDOL press release 29 Dec 2025 (nj.gov): UI taxable wage base $43,300 in 2025; worker rate UI 0.3825% + WF/SWF 0.0425% = 0.425% (N.J.S.A. 43:21-7(d), as listed by payroll publishers; rate not seen on an NJDOL page, re-check nj.gov/labor/ea/employer-services/rate-info)",
          unverified: true,
        },
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.00425", wageBase: "44800" },
          source:
            "NJDOL press release 29 Dec 2025 (nj.gov): UI taxable wage base $44,800 in 2026; worker rate UI 0.3825% + WF/SWF 0.0425% = 0.425% (N.J.S.A. 43:21-7(d), as listed by payroll publishers; rate not seen on an NJDOL page, re-check nj.gov/labor/ea/employer-services/rate-info)",
          unverified: true,
        },
      ],
    },
    {
      code: "NJ_TDI",
      name: "New Jersey Temporary Disability Insurance (TDI, employee share)",
      label: "New Jersey disability (TDI)",
      table: "state.NJ.tdi_employee",
      years: [
        {
          effective: "2021-01-01",
          through: "2021-12-31",
          value: { rate: "0.0047", wageBase: "138200" },
          source:
            'NJDOL myleavebenefits "New Year, New Contribution Amount" (nj.gov): in 2021 workers contribute 0.47% of the first $138,200, at most $649.54',
        },
        {
          effective: "2025-01-01",
          through: "2025-12-31",
          value: { rate: "0.0023", wageBase: "165400" },
          source:
            "NJDOL press release 29 Dec 2025 (nj.gov): TDI/FLI worker wage base $165,400 in 2025; worker TDI rate 0.23% (at most $380.42) as reported by Risk Strategies and The Larkin Company (Nov 2024); re-check the rate on nj.gov/labor/ea/employer-services/rate-info",
          unverified: true,
        },
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.0019", wageBase: "171100" },
          source:
            "NJDOL press release 29 Dec 2025 (nj.gov): TDI/FLI worker wage base $171,100 in 2026; worker TDI rate 0.19% as reported by Symetra (Oct 2025, citing NJDOL rate information) and PolicyEngine; re-check the rate on nj.gov/labor/ea/employer-services/rate-info",
          unverified: true,
        },
      ],
    },
    {
      code: "NJ_FLI",
      name: "New Jersey Family Leave Insurance (FLI)",
      label: "New Jersey family leave (FLI)",
      table: "state.NJ.fli",
      years: [
        {
          effective: "2021-01-01",
          through: "2021-12-31",
          value: { rate: "0.0028", wageBase: "138200" },
          source:
            'NJDOL myleavebenefits "New Year, New Contribution Amount" (nj.gov): in 2021 workers contribute 0.28% of the first $138,200',
        },
        {
          effective: "2025-01-01",
          through: "2025-12-31",
          value: { rate: "0.0033", wageBase: "165400" },
          source:
            "NJDOL press release 29 Dec 2025 (nj.gov): TDI/FLI worker wage base $165,400 in 2025; FLI rate 0.33% (at most $545.82) as reported by Risk Strategies and The Larkin Company (Nov 2024); re-check the rate on nj.gov/labor/ea/employer-services/rate-info",
          unverified: true,
        },
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.0023", wageBase: "171100" },
          source:
            "NJDOL press release 29 Dec 2025 (nj.gov): TDI/FLI worker wage base $171,100 in 2026; FLI rate 0.23% only from PolicyEngine's NJ parameters (no NJDOL page seen); re-check the rate on nj.gov/labor/ea/employer-services/rate-info",
          unverified: true,
        },
      ],
    },
  ],
  NY: [
    {
      code: "NY_DBL",
      name: "New York disability benefits (DBL, employee contribution)",
      label: "New York disability (DBL)",
      table: "state.NY.dbl_employee",
      years: [
        {
          effective: "1950-07-01",
          value: { rate: "0.005", weeklyWageCap: "120" },
          source:
            "N.Y. Workers' Compensation Law §209(3): one-half of one per cent of wages, not in excess of sixty cents per week ($120 of weekly wages); 12 NYCRR 362.2: at most $0.60 weekly, $1.20 biweekly, $1.30 semimonthly, $2.60 monthly (statute and rule text as published by Justia and elaws)",
        },
      ],
    },
    {
      code: "NY_PFL",
      name: "New York Paid Family Leave (PFL)",
      label: "New York paid family leave",
      table: "state.NY.pfl",
      years: [
        {
          effective: "2021-01-01",
          through: "2021-12-31",
          value: { rate: "0.00511", wageBase: "75408.84" },
          source:
            "NY DFS 2021: 0.511% of gross wages, at most $385.34 a year (as reported by payroll publishers); the cap as a wage base: 52 × the 2021 NYSAWW $1,450.17 = $75,408.84 (NYSAWW from memory, not from a stored page; 0.511% of it gives the published $385.34); re-check on paidfamilyleave.ny.gov",
          unverified: true,
        },
        {
          effective: "2025-01-01",
          through: "2025-12-31",
          value: { rate: "0.00388", wageBase: "91373.88" },
          source:
            "NY Office of the State Comptroller, State Agencies Bulletin 2293 (13 Dec 2024): DFS 2025 rate 0.388% of wages, at most $354.53 a year; as a wage base: 52 × the 2025 NYSAWW $1,757.19 (DFS, as reported by Jackson Lewis) = $91,373.88, × 0.388% = $354.53",
        },
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.00432", wageBase: "95348.76" },
          source:
            "NY DFS 2026 (as reported by Baron Payroll and Ali Law Group, Nov 2025): 0.432% of gross wages, at most $411.91 a year; as a wage base: 52 × the 2026 NYSAWW $1,833.63 = $95,348.76, × 0.432% = $411.91; re-check on paidfamilyleave.ny.gov or the Comptroller's 2026 bulletin",
          unverified: true,
        },
      ],
    },
  ],
  RI: [
    {
      code: "RI_TDI",
      name: "Rhode Island Temporary Disability Insurance (TDI, incl. Temporary Caregiver Insurance)",
      label: "Rhode Island disability (TDI)",
      table: "state.RI.tdi",
      years: [
        {
          effective: "2021-01-01",
          through: "2021-12-31",
          value: { rate: "0.013", wageBase: "74000" },
          source:
            "RI DLT press release (ri.gov, 2020): 2021 TDI taxable wage base $74,000, employee rate 1.3%",
        },
        {
          effective: "2025-01-01",
          through: "2025-12-31",
          value: { rate: "0.013", wageBase: "89200" },
          source:
            "RI DLT press release 20 Dec 2024 (dlt.ri.gov): 2025 TDI taxable wage base $89,200, contribution rate 1.3%, at most $1,159.60",
        },
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.011", wageBase: "100000" },
          source:
            "RI DLT press release 18 Dec 2025 (text seen republished by Ocean State Observer and PBN, not on dlt.ri.gov): 2026 TDI taxable wage base $100,000, contribution rate 1.1%, at most $1,100; re-check on dlt.ri.gov",
          unverified: true,
        },
      ],
    },
  ],
  HI: [
    {
      code: "HI_TDI",
      name: "Hawaii Temporary Disability Insurance (TDI, employee share)",
      label: "Hawaii disability (TDI)",
      table: "state.HI.tdi_employee",
      years: [
        {
          effective: "2025-01-01",
          through: "2025-12-31",
          value: { rate: "0.005", weeklyWageCap: "1441.72" },
          source:
            "HRS §392-43: the employee pays up to half the plan cost, not more than 0.5% of weekly wages up to the maximum weekly wage base; 2025 base $1,441.72 (at most $7.21 a week) per the DLIR publication as reported by Bloomberg Tax; re-check on labor.hawaii.gov/dcd",
          unverified: true,
        },
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.005", weeklyWageCap: "1500.21" },
          source:
            "HRS §392-43 (0.5% of weekly wages up to the maximum weekly wage base); 2026 base $1,500.21, at most $7.50 a week, per the DLIR notice of 10 Dec 2025 as reported by ESA&A and EY (Jan 2026); re-check on labor.hawaii.gov/dcd",
          unverified: true,
        },
      ],
    },
  ],
  MA: [
    {
      code: "MA_PFML",
      name: "Massachusetts Paid Family and Medical Leave (PFML, employee share)",
      label: "Massachusetts paid leave",
      table: "state.MA.pfml_employee",
      years: [
        {
          effective: "2021-01-01",
          through: "2021-12-31",
          value: { rate: "0.00378", capAtSocialSecurityBase: true },
          source:
            "M.G.L. c. 175M: 2021 contribution 0.75% (medical 0.62%, family 0.13%), employees up to 40% of medical + 100% of family = 0.378%, up to the Social Security base (rate as reported for 2019–2021 by Greenberg Traurig and MassLive); re-check on mass.gov",
          unverified: true,
        },
        {
          effective: "2025-01-01",
          through: "2025-12-31",
          value: { rate: "0.0046", capAtSocialSecurityBase: true },
          source:
            "DFML 2025 rates (as reported by Seyfarth and Vensure, Oct 2024): 0.88% for employers with 25+ covered individuals (medical 0.70%, family 0.18%); employees up to 0.28% medical + 0.18% family = 0.46%, the same share at smaller employers; up to the Social Security base; re-check on mass.gov",
          unverified: true,
        },
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.0046", capAtSocialSecurityBase: true },
          source:
            "DFML 2026 rates (as reported by Jackson Lewis via Mondaq, 2025): total stays 0.88%; employees up to 0.18% family + 0.28% medical = 0.46%; up to the Social Security base; re-check on mass.gov",
          unverified: true,
        },
      ],
    },
  ],
  CT: [
    {
      code: "CT_PL",
      name: "Connecticut Paid Leave (employee contribution)",
      label: "Connecticut paid leave",
      table: "state.CT.paid_leave",
      years: [
        {
          effective: "2021-01-01",
          value: { rate: "0.005", capAtSocialSecurityBase: true },
          source:
            "C.G.S. §31-49g(b): from 1 Jan 2021, at most 0.5% of earnings up to the Social Security base; CT Paid Leave Authority, ctpaidleave.org Contributions: employers deduct 0.5% until the Social Security limit; Board vote 12 Sep 2024 keeps 0.5% for 2025",
        },
      ],
    },
  ],
  OR: [
    {
      code: "OR_PL",
      name: "Paid Leave Oregon (employee share)",
      label: "Paid Leave Oregon",
      table: "state.OR.paid_leave_employee",
      years: [
        {
          effective: "2023-01-01",
          through: "2025-12-31",
          value: { rate: "0.006", capAtSocialSecurityBase: true },
          source:
            "Paid Leave Oregon (paidleavecontact.oregon.gov): employees pay 60% of the contribution rate, 1% in 2023 (0.6%), at every employer size; 2024–2025 rate 1% up to the Social Security base ($176,100 in 2025) as reported by ADP (Jan 2025); re-check 2025 on oregon.gov/employ",
          unverified: true,
        },
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.006", capAtSocialSecurityBase: true },
          source:
            "Oregon Employment Department, 2026 Tax and Contribution Rates (oregon.gov/employ): Paid Leave 1% of subject wages up to $184,500 (the Social Security maximum); employees pay 60% (0.6%) per paidleavecontact.oregon.gov",
        },
      ],
    },
    {
      code: "OR_STT",
      name: "Oregon statewide transit tax",
      label: "Oregon transit tax",
      table: "state.OR.transit",
      years: [
        {
          effective: "2018-07-01",
          value: { rate: "0.001", incomeTaxWages: true },
          source:
            "Oregon HB 2017 (2017 session): one-tenth of 1% of wages as defined in ORS 316.162, no wage cap, from 1 Jul 2018 (Oregon DOR as quoted by The Oregonian, and the USDA NFC bulletin 2018); applies here to work in Oregon, not to Oregon residents working elsewhere; re-check on oregon.gov/dor",
          unverified: true,
        },
      ],
    },
  ],
  DE: [
    {
      code: "DE_PL",
      name: "Delaware Paid Leave (employee share, employer with 25 or more employees)",
      label: "Delaware paid leave",
      table: "state.DE.paid_leave_employee",
      years: [
        {
          effective: "2025-01-01",
          through: "2026-12-31",
          value: { rate: "0.004", capAtSocialSecurityBase: true },
          source:
            "19 Del. C. §3705(b): for 2025 and 2026 medical 0.4% + family caregiving 0.08% + parental 0.32% = 0.8%, contributions from 1 Jan 2025; employer may deduct up to half (0.4%) up to the Social Security base (Blank Rome, PlanSource, EY 2026); employers with 10–24 employees owe only parental leave (employee up to 0.16%) and fewer than 10 none: not modelled; re-check on labor.delaware.gov",
          unverified: true,
        },
      ],
    },
  ],
  MN: [
    {
      code: "MN_PL",
      name: "Minnesota Paid Leave (employee share)",
      label: "Minnesota paid leave",
      table: "state.MN.paid_leave_employee",
      years: [
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.0044", capAtSocialSecurityBase: true },
          source:
            "Minnesota Paid Leave premiums page (info.paidleave.mn.gov): 2026 total premium 0.88%, maximum employee contribution rate 0.44%; DEED employer toolkit: premiums capped at the OASDI limit, small employers' employees pay the same maximum; Minn. Stat. §268B.14 subd. 3",
        },
      ],
    },
  ],
  ME: [
    {
      code: "ME_PFML",
      name: "Maine Paid Family and Medical Leave (employee share)",
      label: "Maine paid leave",
      table: "state.ME.pfml_employee",
      years: [
        {
          effective: "2025-01-01",
          through: "2026-12-31",
          value: { rate: "0.005", capAtSocialSecurityBase: true },
          source:
            "Maine PFML law (SP 800, 2023): premium 1% of wages up to the Social Security base from 1 Jan 2025, employee up to 50% (0.5%) at every employer size (EY Tax Alert 2023-1317, PayrollOrg, EY 2026 chart); re-check on maine.gov/paidleave",
          unverified: true,
        },
      ],
    },
  ],
  AK: [
    {
      code: "AK_UI",
      name: "Alaska unemployment insurance (employee share)",
      label: "Alaska unemployment (employee)",
      table: "state.AK.ui_employee",
      years: [
        {
          effective: "2021-01-01",
          through: "2021-12-31",
          value: { rate: "0.005", wageBase: "43600" },
          source:
            "AK DOLWD 2021 (as reported by Wolters Kluwer, Jan 2021): employee rate 0.50%, taxable wage base $43,600; re-check on labor.alaska.gov/estax",
          unverified: true,
        },
        {
          effective: "2025-01-01",
          through: "2025-12-31",
          value: { rate: "0.005", wageBase: "51700" },
          source:
            "AK DOLWD, 2025 Unemployment Insurance Tax Rates (labor.alaska.gov/estax): taxable wage base $51,700, employee rate 0.50%",
        },
        {
          effective: "2026-01-01",
          through: "2026-12-31",
          value: { rate: "0.005", wageBase: "51700" },
          source:
            "2025 figures carried forward: no stored source gives Alaska's 2026 employee rate or taxable wage base (the base is indexed each year, so 2026's is likely higher); re-check on labor.alaska.gov/estax (2026 rates)",
          unverified: true,
        },
      ],
    },
  ],
};
