/**
 * The figures of one calculated paycheck that the ledger, Form 941 and Form W-2 read. They are the
 * engine's result (docs/contracts.md §3) as persisted, plus the run context; every report sums these
 * same stored figures, so nothing is recomputed a second way. Money is decimal strings.
 */
export type PaycheckFigures = {
  employeeId: string;
  payDate: string;
  periodStart: string;
  periodEnd: string;
  workState: string;
  gross: string;
  net: string;
  /** Overpaid wages recovered on this paycheck (already off gross); absent when none. */
  wageRecovery?: string;
  /** Hours and rate are kept for hour lines (absent on paychecks stored before they were). */
  earnings: readonly { code: string; amount: string; hours?: string; rate?: string }[];
  taxableWages: {
    federalIncomeTax: string;
    socialSecurity: string;
    medicare: string;
    futa: string;
    suta: string;
    state: string;
    workersComp?: string;
  };
  employeeTaxes: {
    federalIncomeTax: string;
    socialSecurity: string;
    medicare: string;
    additionalMedicare: string;
    stateIncomeTax: string;
  };
  /** `capped`: an annual limit cut the amount asked for; `arrears`: the line takes carried arrears. */
  deductions: readonly { code: string; amount: string; preTax?: boolean; capped?: boolean; arrears?: true }[];
  /**
   * Deduction arrears (`core/payroll/deduction-arrears.ts`): carried in from earlier paychecks, taken
   * on this one, and left to carry on; absent when the paycheck had none in and left none.
   */
  deductionArrears?: {
    carriedIn: readonly { code: string; amount: string }[];
    taken: readonly { code: string; amount: string }[];
    carriedOut: readonly { code: string; amount: string }[];
  };
  employerTaxes: { socialSecurity: string; medicare: string; futa: string; suta: string };
  workersCompPremium: string;
  /**
   * The workers' compensation terms the premium was accrued at (class code, rate per $100, experience
   * mod); absent on paychecks stored before they were recorded (the premium audit then uses the
   * client's current terms and says so).
   */
  workersComp?: { classCode: string; ratePer100: string; experienceMod: string };
  /** Employer benefit contributions (employer share of premiums, employer HSA), by plan type code. */
  employerContributions?: readonly { code: string; amount: string }[];
  /**
   * The FLSA-required overtime premium (W-2 box 12 code TT), from the engine's
   * `overtimePremium.flsaQualified`; absent → the `overtime_premium` earning line.
   */
  flsaOvertimePremium?: string;
  /** Medicare wages paid by this employer earlier in the calendar year (for line 5d of Form 941). */
  ytdMedicareWagesBefore?: string;
  /** Employee-paid state programs withheld (the engine's `statePrograms`). */
  statePrograms?: readonly { code: string; amount: string }[];
  /** Local taxes withheld (the engine's `localTaxes`), each owed to its locality code. */
  localTaxes?: readonly { code: string; jurisdiction: string; amount: string; wages?: string }[];
  /** Local payroll taxes the employer owes and did not withhold (the engine's `employerLocalTaxes`). */
  employerLocalTaxes?: readonly { code: string; jurisdiction: string; amount: string; wages?: string }[];
  /** The engine's `unverifiedTables`: reports that include this paycheck list them. */
  unverifiedTables?: readonly string[];
};

/**
 * Taxes withheld besides the engine's `employeeTaxes`: the work state's programs, then local taxes
 * (coded by tax, e.g. `PA_EIT`), as code and amount. Every reader of "the taxes on a paycheck" adds these.
 */
export function otherWithheldTaxes(p: PaycheckFigures): { code: string; amount: string }[] {
  return [
    ...(p.statePrograms ?? []).map((s) => ({ code: s.code, amount: s.amount })),
    ...(p.localTaxes ?? []).map((l) => ({ code: l.code, amount: l.amount })),
  ];
}

/** Deduction codes reported in W-2 box 12 code D (traditional 401(k) elective deferrals). */
export function isTraditional401k(code: string): boolean {
  const c = code.toLowerCase();
  return c === "401k" || c === "401k_catchup" || c === "401k_pretax";
}

/** Deduction codes reported in W-2 box 12 code AA (designated Roth 401(k) contributions). */
export function isRoth401k(code: string): boolean {
  const c = code.toLowerCase();
  return c === "roth_401k" || c === "roth_401k_catchup" || c === "401k_roth";
}

/** HSA contributions through a §125 salary reduction (W-2 box 12 code W with employer HSA). */
export function isSection125Hsa(code: string): boolean {
  const c = code.toLowerCase();
  return c === "hsa_section125" || c === "section125_hsa" || c === "hsa_125";
}

/** Employee premiums for employer-sponsored health coverage (W-2 box 12 code DD with the employer share). */
export function isHealthCoveragePremium(code: string): boolean {
  const c = code.toLowerCase();
  return /^(section125_)?(medical|dental|vision)/.test(c);
}
