import type { PayFrequency } from "../tables/us/pay-periods";
import type { OvertimeRule } from "./overtime/derive-hours";

/**
 * The engine's input, one employee's pay period. Money, hours, rates and percents are decimal strings
 * ("1234.50", "6", "0.027"), never JS numbers; dates are ISO "YYYY-MM-DD". It mirrors the JSON request
 * of docs/contracts.md §3 so that the CLI maps it 1:1, and the payroll run builds it from the database.
 * Validation happens at the edge (`src/app/paycheck`); the core trusts the shapes but still refuses
 * inconsistent requests with a DomainError.
 */
export type PaycheckInput = {
  /** Echoed in the result. */
  id?: string;
  /** Pay date: picks the tax year and every dated table (wages are taxed when paid). */
  payDate: string;
  payFrequency: PayFrequency;
  /**
   * Earnings lines. With a `timesheet`, only `bonus` lines may be given here (the timesheet derives the
   * regular and overtime hours).
   */
  earnings: EarningInput[];
  /** Alternative to hour lines: the core splits the days into regular / overtime / double-time hours. */
  timesheet?: TimesheetInput;
  federalW4: FederalW4Input;
  /** Two-letter work state; absent → no state withholding (explained), never a guess. */
  workState?: string;
  stateW4?: StateW4Input;
  deductions?: DeductionInput[];
  /** Year-to-date figures for this employee at this employer before this paycheck; missing → zero. */
  ytd?: YtdInput;
  employer?: EmployerInput;
  /** Age the employee reaches by 31 December of the pay year: 50+ allows 401(k) catch-up (60–63: the larger one), 55+ the HSA catch-up. */
  age?: number;
  /** Date of birth (ISO); gives `age` when that is absent. Personal data: never in explanations or logs. */
  birthDate?: string;
  /** HSA coverage tier for the annual limit; absent → the family limit (the largest any employee may have). */
  hsaCoverage?: "self" | "family";
  /**
   * How the check's bonus lines (supplemental wages) are withheld: `flat` (22% federal, the state's
   * supplemental rate where it has one) or `aggregate` (with the period's regular wages, as one
   * payment). Absent → flat for a bonus-only check, aggregate otherwise. Supplemental wages above
   * $1 million in the year take the mandatory 37% whatever the method.
   */
  supplementalMethod?: "flat" | "aggregate";
  /**
   * Where the employee lives and works, for local taxes (Pennsylvania EIT, LST and Philadelphia wage
   * tax, New York City and Yonkers). Absent → no local tax is computed, as before.
   */
  localities?: LocalitiesInput;
  /**
   * For the aggregate method on a check that pays only bonuses: the regular wages paid for the
   * current or most recent pay period (federal taxable wages) and the federal income tax withheld
   * from them (absent → recomputed with this check's W-4). The bonus is withheld as the tax on both
   * together less the tax on the regular wages alone.
   */
  aggregateWith?: { regularWages: string; federalIncomeTaxWithheld?: string };
  /**
   * Social Security wages the employer paid the employee in the previous calendar year. Above the
   * year's threshold, the catch-up part of traditional 401(k) deferrals (above the base limit) is
   * taken as Roth. Absent → the rule is not applied.
   */
  priorYearFicaWages?: string;
  /**
   * Wages overpaid on an earlier check this year, to recover from this one: taken off gross (and every
   * wage base) before taxes, up to this check's earnings (the result's `wageRecovery` is what was).
   */
  wageRecovery?: string;
  /**
   * `flat`: the bonus lines withheld flat federally are withheld at the work state's published
   * supplemental rate where the state has one (`state.XX.supplemental`); absent → the state taxes them
   * as today (California's own rate, elsewhere with the regular wages).
   */
  stateSupplementalMethod?: "flat";
  /**
   * Deductions carried from earlier checks that net pay could not cover, taken right after the
   * deduction of the same code. When given (even empty), deductions net pay cannot cover are cut just
   * enough that net pay is zero: after-tax ones first (the last first), then before-tax ones (401(k),
   * HSA, FSAs, then vision, dental, medical premiums), with the taxes figured on the wages after the
   * cut; the result's `deductionArrears` says what to carry. Taxes are never cut. Absent → such a
   * check is refused as before.
   */
  deductionArrears?: { code: DeductionCode; amount: string }[];
};

/**
 * Locality codes: `PA:<six-digit PSD code>` (Pennsylvania political subdivision), `NY:NYC`,
 * `NY:YONKERS`. The Maryland or Indiana county the state form itself withholds stays
 * `stateW4.locality`.
 */
export type LocalitiesInput = {
  /** Where the employee lives (resident taxes). */
  home?: string;
  /** Where the employee works (non-resident rates, Pennsylvania's local services tax). */
  work?: string;
  /**
   * The Oregon transit district the work is done in (`OR:TRIMET`, `OR:LTD`): its payroll tax is the
   * employer's, reported under `employerLocalTaxes` and never withheld.
   */
  transitDistrict?: string;
  certificate?: LocalCertificateInput;
};

/**
 * The employee's local certificates: New York's IT-2104 city lines (line 2 NYC allowances, line 4
 * Yonkers / line 5 NYC extra per period) and a Pennsylvania LST exemption certificate.
 */
export type LocalCertificateInput = {
  /** IT-2104 line 2; absent → the state allowances (line 1). */
  allowances?: number;
  extraWithholding?: string;
  /** Exempt from the city's tax (IT-2104-E); absent → as the state certificate says. */
  exempt?: boolean;
  /** An LST exemption certificate is on file (income under the exemption level, military service). */
  localServicesTaxExempt?: boolean;
  /** The Metro/Multnomah OPT form's election for Metro's Supportive Housing Services tax. */
  metroShs?: OregonLocalElection;
  /** The same form's election for Multnomah County's Preschool for All tax. */
  multnomahPfa?: OregonLocalElection;
};

/** Opted out of withholding, or a designated amount withheld every check instead of the computed one. */
export type OregonLocalElection = { optOut?: boolean; amountPerPeriod?: string };

export type EarningInput =
  /** Straight-time hours. */
  | { code: "regular"; hours: string; rate: string }
  /** Overtime hours: paid at `rate` straight time plus half the FLSA regular rate as the premium. */
  | { code: "overtime"; hours: string; rate: string }
  /** Salary for the period; `hours` = hours the salary is meant to cover (default 40 a week) for the regular rate. */
  | { code: "salary"; amount: string; hours?: string }
  /** A bonus: non-discretionary ones (the default, 29 CFR 778.211) count in the overtime regular rate. */
  | { code: "bonus"; amount: string; nondiscretionary?: boolean };

export type TimesheetInput = {
  rate: string;
  rule: OvertimeRule;
  workweekStart?: string;
  days: [string, string][];
};

export type FederalW4Input = FederalW4From2020 | FederalW4Before2020;

/** Form W-4 (2020 or later). Steps 3, 4(a) and 4(b) are annual amounts; 4(c) is per pay period. */
export type FederalW4From2020 = {
  version: 2020;
  filingStatus: "single" | "married_jointly" | "married_separately" | "head_of_household";
  step2Checkbox?: boolean;
  step3Credits?: string;
  step4aOtherIncome?: string;
  step4bDeductions?: string;
  step4cExtraWithholding?: string;
  exempt?: boolean;
  /**
   * The date an exempt claim lapses (February 15 of the year after the year claimed); a pay date after
   * it withholds as Single with no other entries. Absent → the claim is taken as given.
   */
  exemptExpires?: string;
};

/** Form W-4 (2019 or earlier): single/married with allowances. */
export type FederalW4Before2020 = {
  version: 2019;
  filingStatus: "single" | "married";
  allowances: number;
  extraWithholding?: string;
  exempt?: boolean;
  /** As on the 2020 form: after this date an exempt claim withholds as Single with no allowances. */
  exemptExpires?: string;
};

/**
 * The state withholding certificate, read by the work state's module. Each module's comment says
 * which of its form's lines each field holds; e.g. IL-W-4 (allowances = line 1, additionalAllowances
 * = line 2); CA DE 4 (allowances = regular allowances, additionalAllowances = estimated-deduction
 * allowances, filingStatus); CO DR 0004 (annualAllowance = line 2). PA has no certificate.
 */
export type StateW4Input = {
  allowances?: number;
  additionalAllowances?: number;
  /** Dependents claimed on a state form that counts them apart from personal allowances (e.g. GA G-4). */
  dependents?: number;
  extraWithholding?: string;
  /**
   * The status marked on the state form; absent → taken from the federal W-4 by the state's module
   * (married filing jointly → married; head of household; else single). `married_two_incomes` is a
   * married status whose form asks whether both spouses work (e.g. GA, MS).
   */
  filingStatus?: StateFilingStatus;
  /** NJ-W4 rate table (A–E). */
  rateTable?: "A" | "B" | "C" | "D" | "E";
  /** The county or locality whose income tax the state's form withholds with the state's (e.g. MD, IN). */
  locality?: string;
  /** A yearly allowance or exemption stated in dollars on the form (CO DR 0004 line 2, MS-W-4). */
  annualAllowance?: string;
  exempt?: boolean;
};

export const STATE_FILING_STATUSES = [
  "single",
  "married",
  "married_two_incomes",
  "married_separately",
  "head_of_household",
] as const;
export type StateFilingStatus = (typeof STATE_FILING_STATUSES)[number];

/** The deductions the engine knows (their tax treatment is in deductions.ts). */
export const DEDUCTION_CODES = [
  "401k",
  "roth_401k",
  "section125_medical",
  "section125_dental",
  "section125_vision",
  "hsa_section125",
  "health_fsa",
  "dependent_care_fsa",
] as const;
export type DeductionCode = (typeof DEDUCTION_CODES)[number];

/** A deduction: a fixed `amount` per period, or a `percent` of gross pay ("6" = 6%). */
export type DeductionInput = { code: DeductionCode; amount?: string; percent?: string };

export type YtdInput = {
  socialSecurityWages?: string;
  /** Supplemental wages (bonuses) paid so far this year: past $1 million they take the mandatory rate. */
  supplementalWages?: string;
  /** Employee Social Security withheld so far this year: holds the check that reaches the wage base to the year's maximum. */
  socialSecurityTax?: string;
  medicareWages?: string;
  futaWages?: string;
  sutaWages?: string;
  /** Elective 401(k) deferrals so far this year, traditional and Roth together (§402(g)). */
  k401Deferrals?: string;
  /** HSA contributions so far this year through this employer (employee and employer). */
  hsa?: string;
  /** Pennsylvania local services tax withheld so far this year by this employer (its yearly cap). */
  localServicesTax?: string;
  healthFsa?: string;
  dependentCareFsa?: string;
};

export type EmployerInput = {
  /** SUTA rate as a fraction ("0.027" = 2.7%). */
  sutaRate?: string;
  sutaWageBase?: string;
  /** FUTA credit reduction for the state as a fraction ("0.012" = 1.2%). */
  futaCreditReduction?: string;
  workersComp?: { classCode: string; ratePer100: string; experienceMod?: string };
};
