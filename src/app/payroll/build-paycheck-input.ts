import { addDays } from "../../core/calendar/iso-date";
import type { PaycheckFigures } from "../../core/ledger/paycheck-figures";
import { Money } from "../../core/money/money";
import { RoundingRule } from "../../core/money/rounding";
import { paycheckArrears } from "../../core/payroll/deduction-arrears";
import type { BenefitElectionBasis } from "../../core/payroll/paycheck-basis";
import type {
  DeductionCode,
  DeductionInput,
  LocalitiesInput,
  PaycheckInput,
} from "../../core/payroll/paycheck-input";
import type { PaycheckResult } from "../../core/payroll/paycheck-result";
import type { PayableHours } from "../../core/timesheets/payable-hours";
import type { PayrollClient, PayrollEmployee } from "../../db/payroll-inputs-repository";
import type { YtdDelta } from "../../db/payroll-run-repository";
import type { PayrollSettings } from "./payroll-settings";

/** Which engine deduction code an enrollment's employee premium becomes (none: not a payroll deduction). */
const DEDUCTION_FOR_PLAN_TYPE: Record<string, DeductionInput["code"] | undefined> = {
  medical: "section125_medical",
  dental: "section125_dental",
  vision: "section125_vision",
  hsa: "hsa_section125",
  health_fsa: "health_fsa",
  dependent_care_fsa: "dependent_care_fsa",
};

export type PayRunLine = { code: string; amount: string };

export type PaycheckPlan = {
  input: PaycheckInput;
  /** The enrollments behind the premium deductions (kept with the paycheck to explain tier changes). */
  benefits: BenefitElectionBasis[];
  employerContributions: { code: string; amount: string }[];
  ytdMedicareWagesBefore: string;
};

function tierAmounts(tiers: unknown, tier: string): { employee: string; employer: string } | undefined {
  if (typeof tiers !== "object" || tiers === null) return undefined;
  const found = (tiers as Record<string, unknown>)[tier];
  if (typeof found !== "object" || found === null) return undefined;
  const t = found as { employee?: unknown; employer?: unknown };
  return { employee: String(t.employee ?? "0"), employer: String(t.employer ?? "0") };
}

function ytdNumber(ytd: unknown, key: string): string {
  if (typeof ytd !== "object" || ytd === null) return "0";
  const v = (ytd as Record<string, unknown>)[key];
  return typeof v === "string" || typeof v === "number" ? String(v) : "0";
}

/**
 * The engine request for one employee's paycheck in a run: earnings from approved time (hourly:
 * the timesheet days, so the engine splits regular and overtime by the work state's rule; PTO hours
 * are paid at the base rate as a discretionary line, since time off is not hours worked and stays out
 * of the regular rate — 29 CFR 778.218) or from salary; standing deductions plus the employee share of
 * each benefit enrollment (§125 premiums, HSA, FSA); year-to-date figures from the census plus posted
 * runs. An adjustment run pays only its own lines.
 */
export function buildPaycheckInput(args: {
  client: PayrollClient;
  employee: PayrollEmployee;
  settings: PayrollSettings;
  payDate: string;
  periodStart: string;
  periodEnd: string;
  hours: PayableHours | undefined;
  postedYtd: YtdDelta | undefined;
  adjustmentLines?: readonly PayRunLine[];
  /** Overpaid wages still to recover from the employee (regular runs). */
  wageRecovery?: string;
  /**
   * Deduction arrears carried in (regular runs; empty when none): given, a deduction net pay cannot
   * cover (after-tax first, then before-tax) is carried to the next paycheck instead of refused.
   */
  deductionArrears?: { code: DeductionCode; amount: string }[];
}): PaycheckPlan {
  const { client, employee, payDate } = args;
  const year = Number(payDate.slice(0, 4));
  const earnings: PaycheckInput["earnings"] = [];
  let timesheet: PaycheckInput["timesheet"];
  if (args.adjustmentLines) {
    for (const line of args.adjustmentLines)
      earnings.push({
        code: "bonus",
        amount: line.amount,
        nondiscretionary: line.code !== "discretionary_bonus",
      });
  } else if (employee.payType === "salary") {
    earnings.push({
      code: "salary",
      amount: Money.of(employee.payRate).round(RoundingRule.HalfUp).toFixed(),
    });
  } else if (args.hours) {
    if (args.hours.days.length > 0) {
      timesheet = {
        rate: employee.payRate,
        rule: args.hours.rule,
        // Any date on the client's workweek start day names the workweek (2023-01-01 was a Sunday).
        workweekStart: addDays("2023-01-01", client.workweekStartDay),
        days: args.hours.days.map(([d, h]) => [d, h] as [string, string]),
      };
    }
    const ptoHours = Object.values(args.hours.pto).reduce((a, h) => a.plus(Money.of(h)), Money.zero());
    if (!ptoHours.isZero()) {
      // PTO pay: hours × base rate, rounded half up to cents (the amount the employee is owed).
      const amount = ptoHours.times(employee.payRate).round(RoundingRule.HalfUp).toFixed();
      earnings.push({ code: "bonus", amount, nondiscretionary: false });
    }
  }

  const employerContributions: { code: string; amount: string }[] = [];
  const deductions: DeductionInput[] = [];
  const benefits: BenefitElectionBasis[] = [];
  if (!args.adjustmentLines) {
    if (Array.isArray(employee.deductions)) deductions.push(...(employee.deductions as DeductionInput[]));
    for (const en of employee.enrollments) {
      if (en.effectiveFrom > args.periodEnd || (en.effectiveTo !== null && en.effectiveTo < args.periodStart))
        continue;
      const amounts = tierAmounts(en.tiers, en.tier);
      if (!amounts) continue;
      const code = DEDUCTION_FOR_PLAN_TYPE[en.planType];
      if (code && !Money.of(amounts.employee).isZero()) {
        deductions.push({ code, amount: amounts.employee });
        benefits.push({
          planType: en.planType,
          planCode: en.planCode,
          tier: en.tier,
          employeeCost: amounts.employee,
        });
      }
      if (!Money.of(amounts.employer).isZero())
        employerContributions.push({ code: en.planType, amount: amounts.employer });
    }
  }

  const census = employee.ytdYear === year ? employee.ytd : {};
  const posted = args.postedYtd;
  const sum = (censusKey: string, postedValue: string | undefined) =>
    Money.of(ytdNumber(census, censusKey))
      .plus(Money.of(postedValue ?? "0"))
      .toFixed();
  const ytd = {
    socialSecurityWages: sum("socialSecurityWages", posted?.socialSecurityWages),
    medicareWages: sum("medicareWages", posted?.medicareWages),
    futaWages: sum("futaWages", posted?.futaWages),
    sutaWages: sum("sutaWages", posted?.sutaWages),
    k401Deferrals: sum("k401Deferrals", posted?.k401Deferrals),
    hsa: sum("hsa", posted?.hsa),
    healthFsa: sum("healthFsa", posted?.healthFsa),
    dependentCareFsa: sum("dependentCareFsa", posted?.dependentCareFsa),
    localServicesTax: sum("localServicesTax", posted?.localServicesTax),
    supplementalWages: sum("supplementalWages", posted?.supplementalWages),
  };
  // The year's Social Security tax so far holds the check that reaches the wage base to the year's
  // maximum. Wages with no tax recorded beside them (posted before the tax was kept, or a census
  // without it) say nothing about it: the engine then rounds that check on its own.
  // A source states the tax when it has no wages, or a tax beside its wages.
  const states = (wages: string, tax: string | undefined) =>
    Money.of(wages).isZero() || (tax !== undefined && !Money.of(tax).isZero());
  const censusTax = (census as Record<string, unknown> | null)?.socialSecurityTax;
  const taxKnown =
    states(
      ytdNumber(census, "socialSecurityWages"),
      censusTax === undefined ? undefined : String(censusTax),
    ) &&
    (posted === undefined || states(posted.socialSecurityWages, posted.socialSecurityTax));
  const ytdWithTax = taxKnown
    ? { ...ytd, socialSecurityTax: sum("socialSecurityTax", posted?.socialSecurityTax) }
    : ytd;

  const input: PaycheckInput = {
    id: employee.id,
    payDate,
    payFrequency: client.payFrequency,
    earnings,
    ...(timesheet ? { timesheet } : {}),
    federalW4: employee.federalW4 as PaycheckInput["federalW4"],
    workState: employee.workState,
    ...(employee.stateW4 ? { stateW4: employee.stateW4 as PaycheckInput["stateW4"] } : {}),
    ...(employee.localities ? { localities: employee.localities as LocalitiesInput } : {}),
    ...(employee.birthDate ? { birthDate: employee.birthDate } : {}),
    deductions,
    ytd: ytdWithTax,
    ...(args.wageRecovery && !args.adjustmentLines ? { wageRecovery: args.wageRecovery } : {}),
    ...(args.deductionArrears && !args.adjustmentLines ? { deductionArrears: args.deductionArrears } : {}),
    // An adjustment run pays supplemental lines alone: the work state's flat rate where it has one.
    ...(args.adjustmentLines ? { stateSupplementalMethod: "flat" as const } : {}),
    employer: {
      sutaRate: client.sutaRate,
      sutaWageBase: client.sutaWageBase,
      futaCreditReduction: args.settings.futaCreditReduction,
      workersComp: client.workersComp,
    },
  };
  return { input, benefits, employerContributions, ytdMedicareWagesBefore: ytd.medicareWages };
}

/** The ledger figures of a computed paycheck (what posting, Form 941 and W-2 read). */
export function toPaycheckFigures(
  plan: Pick<PaycheckPlan, "employerContributions" | "ytdMedicareWagesBefore"> &
    Partial<Pick<PaycheckPlan, "input">>,
  result: PaycheckResult,
  context: { employeeId: string; payDate: string; periodStart: string; periodEnd: string; workState: string },
): PaycheckFigures {
  const arrears = paycheckArrears(plan.input?.deductionArrears ?? [], result);
  return {
    ...context,
    gross: result.gross,
    net: result.net,
    ...(result.wageRecovery ? { wageRecovery: result.wageRecovery } : {}),
    earnings: result.earnings.map((e) => ({
      code: e.code,
      amount: e.amount,
      ...(e.hours === undefined ? {} : { hours: e.hours }),
      ...(e.rate === undefined ? {} : { rate: e.rate }),
    })),
    taxableWages: result.taxableWages,
    employeeTaxes: result.employeeTaxes,
    deductions: result.deductions.map((d) => ({
      code: d.code,
      amount: d.amount,
      preTax: d.preTax,
      ...(d.capped ? { capped: true } : {}),
      ...(d.arrears ? { arrears: true as const } : {}),
    })),
    ...(arrears ? { deductionArrears: arrears } : {}),
    employerTaxes: result.employerTaxes,
    workersCompPremium: result.workersCompPremium,
    ...(plan.input?.employer?.workersComp
      ? {
          workersComp: {
            classCode: plan.input.employer.workersComp.classCode,
            ratePer100: plan.input.employer.workersComp.ratePer100,
            experienceMod: plan.input.employer.workersComp.experienceMod ?? "1",
          },
        }
      : {}),
    employerContributions: plan.employerContributions,
    flsaOvertimePremium: result.overtimePremium.flsaQualified,
    ytdMedicareWagesBefore: plan.ytdMedicareWagesBefore,
    ...(result.statePrograms
      ? { statePrograms: result.statePrograms.map((p) => ({ code: p.code, amount: p.amount })) }
      : {}),
    ...(result.localTaxes
      ? {
          localTaxes: result.localTaxes.map((l) => ({
            code: l.code,
            jurisdiction: l.jurisdiction,
            amount: l.amount,
            wages: l.wages,
          })),
        }
      : {}),
    ...(result.employerLocalTaxes
      ? {
          employerLocalTaxes: result.employerLocalTaxes.map((l) => ({
            code: l.code,
            jurisdiction: l.jurisdiction,
            amount: l.amount,
            wages: l.wages,
          })),
        }
      : {}),
    ...(result.unverifiedTables ? { unverifiedTables: result.unverifiedTables } : {}),
  };
}

/** What a posted paycheck adds to year-to-date figures. */
export function ytdDeltaOf(figures: PaycheckFigures): YtdDelta {
  const sumCodes = (codes: readonly string[]) =>
    figures.deductions
      .filter((d) => codes.includes(d.code))
      .reduce((a, d) => a.plus(Money.of(d.amount)), Money.zero());
  const employerHsa = (figures.employerContributions ?? [])
    .filter((c) => c.code === "hsa")
    .reduce((a, c) => a.plus(Money.of(c.amount)), Money.zero());
  return {
    gross: figures.gross,
    federalWages: figures.taxableWages.federalIncomeTax,
    socialSecurityWages: figures.taxableWages.socialSecurity,
    medicareWages: figures.taxableWages.medicare,
    futaWages: figures.taxableWages.futa,
    sutaWages: figures.taxableWages.suta,
    k401Deferrals: sumCodes(["401k", "roth_401k"]).toFixed(),
    hsa: sumCodes(["hsa_section125"]).plus(employerHsa).toFixed(),
    healthFsa: sumCodes(["health_fsa"]).toFixed(),
    dependentCareFsa: sumCodes(["dependent_care_fsa"]).toFixed(),
    socialSecurityTax: figures.employeeTaxes.socialSecurity,
    supplementalWages: figures.earnings
      .filter((e) => e.code === "bonus")
      .reduce((a, e) => a.plus(Money.of(e.amount)), Money.zero())
      .toFixed(),
    localServicesTax: (figures.localTaxes ?? [])
      .filter((l) => l.code === "PA_LST")
      .reduce((a, l) => a.plus(Money.of(l.amount)), Money.zero())
      .toFixed(),
  };
}
