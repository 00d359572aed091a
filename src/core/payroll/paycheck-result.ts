/**
 * The engine's result (docs/contracts.md §3): every money value a decimal string with exactly two
 * decimals. Fields beyond the contract: earning `hours`/`rate`, `overtimePremium` (FLSA-qualified vs
 * state-only premium, for W-2 code TT), deduction `requested`/`capped`, `payDate`, `taxYear`.
 */
export type PaycheckResult = {
  id: string | undefined;
  gross: string;
  earnings: EarningLine[];
  taxableWages: {
    federalIncomeTax: string;
    socialSecurity: string;
    medicare: string;
    futa: string;
    suta: string;
    state: string;
    workersComp: string;
  };
  employeeTaxes: {
    federalIncomeTax: string;
    socialSecurity: string;
    medicare: string;
    additionalMedicare: string;
    stateIncomeTax: string;
  };
  deductions: DeductionLine[];
  net: string;
  employerTaxes: { socialSecurity: string; medicare: string; futa: string; suta: string };
  workersCompPremium: string;
  /** Overpaid wages recovered on this check (already taken off `gross`); present only when asked. */
  wageRecovery?: string;
  /** Deductions net pay could not cover (after- or before-tax), by code, to carry to the next check (when asked). */
  deductionArrears?: { code: string; amount: string }[];
  /** Overtime premium split: `flsaQualified` is the FLSA-required half-time (W-2 code TT); `stateOnly` is owed only under state law. */
  overtimePremium: { total: string; flsaQualified: string; stateOnly: string };
  explanation: string[];
  /**
   * Employee-paid state programs withheld besides income tax (e.g. `CA_SDI`, `PA_UC`); present only
   * for work states that have one. Their amounts are part of the taxes subtracted for net pay.
   */
  statePrograms?: StateProgramLine[];
  /**
   * Local taxes withheld (Pennsylvania EIT and LST, Philadelphia wage tax, New York City, Yonkers):
   * present only when the request gives `localities`. `jurisdiction` is the locality code owed;
   * the amounts are part of the taxes subtracted for net pay.
   */
  localTaxes?: LocalTaxResultLine[];
  /**
   * Local payroll taxes the employer owes on this check and does not withhold (Oregon's TriMet and
   * Lane Transit District taxes): present only when the request gives `localities.transitDistrict`.
   * They do not change net pay.
   */
  employerLocalTaxes?: LocalTaxResultLine[];
  /**
   * Tables used whose figures are unverified or were carried forward past their year; present only
   * when there is one, so a person (and the ASO) knows exactly which figures to confirm.
   */
  unverifiedTables?: string[];
};

export type LocalTaxResultLine = {
  code: string;
  name: string;
  jurisdiction: string;
  wages: string;
  amount: string;
};

export type StateProgramLine = { code: string; name: string; wages: string; amount: string };

export type EarningLine = {
  code: "regular" | "overtime" | "double_time" | "salary" | "bonus" | "overtime_premium";
  amount: string;
  hours?: string;
  rate?: string;
};

export type DeductionLine = {
  code: string;
  amount: string;
  preTax: boolean;
  /** The amount asked for, when a limit cut it. */
  requested?: string;
  capped?: boolean;
  /** The line takes arrears carried in (`deductionArrears` of the request), not this period's amount. */
  arrears?: true;
};
