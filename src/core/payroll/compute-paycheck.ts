import { DomainError } from "../../errors/domain-error";
import { Decimal } from "../money/decimal";
import { TableLookup, type TableSources } from "../tables/table-lookup";
import { BENEFIT_LIMITS } from "../tables/us/benefit-limits";
import { FEDERAL_INCOME_TAX } from "../tables/us/federal-income-tax";
import { FICA } from "../tables/us/fica";
import { FUTA } from "../tables/us/futa";
import { PAY_PERIODS_PER_YEAR } from "../tables/us/pay-periods";
import { ROTH_CATCH_UP } from "../tables/us/roth-catch-up";
import { SUPPLEMENTAL, type SupplementalYear } from "../tables/us/supplemental";
import {
  ageAtYearEnd,
  type ComputedDeduction,
  type ComputedDeductions,
  computeDeductions,
  type DeductionToTake,
  deductionLabel,
  isPreTaxDeduction,
  recountDeductions,
} from "./deductions";
import { computeEarnings } from "./earnings";
import { computeFica } from "./fica";
import { centsString, constant, usd } from "./format";
import { computeLocalTaxes } from "./local-taxes";
import { compare, isPositive, max, min, ZERO } from "./math";
import type { PaycheckInput } from "./paycheck-input";
import type { PaycheckResult } from "./paycheck-result";
import { computeEmployeePrograms } from "./state-programs";
import { transitDistrictTax } from "./transit-districts";
import { computeUnemploymentTax } from "./unemployment";
import { federalW4InForce } from "./withholding/exempt-claim";
import { computeFederalWithholding } from "./withholding/federal";
import { withStateSupplementalRate } from "./withholding/state-supplemental";
import { stateWithholdingFor } from "./withholding/states/registry";
import type { StateWithholdingContext } from "./withholding/states/state-module";
import { aggregateApartWithholding, flatSupplementalWithholding } from "./withholding/supplemental";
import { computeWorkersComp } from "./workers-comp";

function dec(value: string | undefined): Decimal {
  return value === undefined ? ZERO : new Decimal(value);
}

/**
 * The withholding method for the check's bonus lines: the one asked for, else flat when the check
 * pays only bonuses (supplemental wages paid apart from regular wages) and aggregate otherwise.
 * Supplemental wages that take the year past the mandatory threshold are always withheld flat.
 *
 * @throws DomainError `input.invalid` when the aggregate method is asked for a bonus-only check
 *   without `aggregateWith` (it needs the period's regular wages, which are not on this check).
 */
function supplementalMethod(
  input: PaycheckInput,
  bonus: Decimal,
  gross: Decimal,
  ytdSupplemental: Decimal,
  table: SupplementalYear,
): "flat" | "aggregate" {
  if (!isPositive(bonus)) return "aggregate";
  const bonusOnly = bonus.equals(gross);
  if (input.supplementalMethod === "aggregate" && bonusOnly && input.aggregateWith === undefined)
    throw new DomainError(
      "input.invalid",
      "supplementalMethod aggregate needs the period's regular wages on the same check or in aggregateWith",
      {
        userMessage:
          "The aggregate method adds a bonus to the regular pay of the same period: pay the bonus with that pay, or use the flat rate.",
      },
    );
  if (compare(ytdSupplemental.plus(bonus), constant(table.mandatoryOver)) > 0) return "flat";
  return input.supplementalMethod ?? (bonusOnly ? "flat" : "aggregate");
}

/**
 * The prior-year wage threshold the employee exceeded, when their 401(k) catch-up must be Roth; the
 * table is read only when the rule could apply (age 50+, prior-year wages given, a 401(k) deferral).
 */
function rothCatchUpOver(input: PaycheckInput, tables: TableLookup, payDate: string): Decimal | undefined {
  if (input.priorYearFicaWages === undefined || (ageAtYearEnd(input) ?? 0) < 50) return undefined;
  if (!input.deductions?.some((d) => d.code === "401k")) return undefined;
  const over = tables.pick(
    "federal.roth_catch_up",
    ROTH_CATCH_UP,
    payDate,
    "Roth catch-up",
  ).priorYearFicaWagesOver;
  if (over === null) return undefined;
  const threshold = constant(over);
  return compare(new Decimal(input.priorYearFicaWages), threshold) > 0 ? threshold : undefined;
}

/**
 * The check's deductions with the arrears carried from earlier checks placed right after the
 * deduction of the same code (its priority), or last when this check has none of that code.
 */
function withArrears(input: PaycheckInput): PaycheckInput {
  if (!input.deductionArrears?.length) return input;
  const merged = [...(input.deductions ?? [])];
  for (const a of input.deductionArrears) {
    let at = -1;
    merged.forEach((d, i) => {
      if (d.code === a.code) at = i;
    });
    const line: DeductionToTake = { code: a.code, amount: a.amount, arrears: true };
    if (at < 0) merged.push(line);
    else merged.splice(at + 1, 0, line);
  }
  return { ...input, deductions: merged };
}

/** A check's wage bases and employee taxes, figured on the deductions it takes. */
type EmployeeTaxes = {
  fitWages: Decimal;
  ficaWages: Decimal;
  fitTax: Decimal;
  fica: ReturnType<typeof computeFica>;
  stateWages: Decimal;
  stateTax: Decimal;
  programs: ReturnType<typeof computeEmployeePrograms>;
  locals: ReturnType<typeof computeLocalTaxes> | undefined;
  transit: ReturnType<typeof transitDistrictTax> | undefined;
  /** Every employee tax withheld: what net pay subtracts besides the deductions. */
  total: Decimal;
  said: string[];
};

/**
 * Which before-tax deduction a shortfall cuts first: savings (401(k), HSA) before reimbursement
 * accounts, and those before the premiums of coverage already given, medical last.
 */
const PRE_TAX_CUT_ORDER: readonly string[] = [
  "401k",
  "hsa_section125",
  "dependent_care_fsa",
  "health_fsa",
  "section125_vision",
  "section125_dental",
  "section125_medical",
];

/**
 * The deductions with `afterTax` cut from the after-tax lines (the last first) and `beforeTax` from
 * the before-tax lines in {@link PRE_TAX_CUT_ORDER} (of one code, the later line first, so arrears
 * carried in are cut before the period's own amount). A new set of lines; `d` is left as it was.
 */
function cutDeductions(d: ComputedDeductions, afterTax: Decimal, beforeTax: Decimal): ComputedDeductions {
  if (!isPositive(afterTax) && !isPositive(beforeTax)) return d;
  const lines = d.lines.map((l) => ({ ...l }));
  const rank = (code: string) => PRE_TAX_CUT_ORDER.indexOf(code);
  const last = [...lines].reverse();
  const cutFrom = (from: ComputedDeduction[], budget: Decimal) => {
    for (const l of from) {
      if (!isPositive(budget)) return;
      const cut = min(l.amount, budget);
      l.amount = l.amount.minus(cut);
      budget = budget.minus(cut);
    }
  };
  cutFrom(
    last.filter((l) => !l.preTax),
    afterTax,
  );
  // A stable sort of the lines from the last: of one code, the later line is cut first.
  cutFrom(
    last.filter((l) => l.preTax).sort((x, y) => rank(x.code) - rank(y.code)),
    beforeTax,
  );
  return recountDeductions(lines, d.explanation);
}

/**
 * When net pay cannot cover the deductions, cuts them just enough that net pay is zero and returns
 * what was not taken by code, to carry to the next check. After-tax deductions are cut first: the
 * taxes do not move. Then before-tax ones: a dollar not taken before tax is a dollar more of taxable
 * wages, so the taxes are figured again on the wages after the cut and the cut grows by what net pay
 * is still short, until it is not. Every figure is whole cents and taxes grow by less than the wages
 * they are on, so the cut only grows and settles within a few rounds, at a net pay of zero. Taxes are
 * never cut; when nothing is left to cut the caller refuses the check as before.
 */
function deferDeductions(
  d: ComputedDeductions,
  gross: Decimal,
  taxesOn: (taken: ComputedDeductions) => EmployeeTaxes,
): {
  taken: ComputedDeductions;
  taxed: EmployeeTaxes;
  carried: { code: string; amount: string }[];
  /** What the before-tax cut added to the taxable wages (none of what was above the pay). */
  taxedMore: Decimal;
} {
  let afterTaxTotal = ZERO;
  for (const l of d.lines) if (!l.preTax) afterTaxTotal = afterTaxTotal.plus(l.amount);
  const beforeTaxTotal = d.k401.plus(d.section125);
  // Before-tax deductions above the pay leave negative wages: cut those first, and then every
  // after-tax deduction, as nothing is left to take them from.
  const abovePay = max(ZERO, beforeTaxTotal.minus(gross));
  let beforeTax = abovePay;
  let afterTax = isPositive(beforeTax) ? afterTaxTotal : ZERO;
  let taken = cutDeductions(d, afterTax, beforeTax);
  let taxed = taxesOn(taken);
  for (;;) {
    const short = taxed.total.plus(taken.total).minus(gross);
    if (!isPositive(short)) break;
    if (compare(afterTax, afterTaxTotal) < 0) {
      afterTax = min(afterTaxTotal, afterTax.plus(short));
      taken = cutDeductions(d, afterTax, beforeTax);
    } else if (compare(beforeTax, beforeTaxTotal) < 0) {
      beforeTax = min(beforeTaxTotal, beforeTax.plus(short));
      taken = cutDeductions(d, afterTax, beforeTax);
      taxed = taxesOn(taken);
    } else break;
  }
  const carried = new Map<string, Decimal>();
  d.lines.forEach((l, i) => {
    const cut = l.amount.minus(taken.lines[i]!.amount);
    if (isPositive(cut)) carried.set(l.code, (carried.get(l.code) ?? ZERO).plus(cut));
  });
  return {
    taken,
    taxed,
    carried: [...carried].map(([code, amount]) => ({ code, amount: fixed(amount) })),
    taxedMore: beforeTax.minus(abovePay),
  };
}

/**
 * One explanation line per deduction cut, the after-tax ones first, and when a before-tax cut left
 * more pay to tax, a line saying how much.
 */
function carriedWords(carried: readonly { code: string; amount: string }[], taxedMore: Decimal): string[] {
  const ordered = [...carried].sort(
    (a, b) => Number(isPreTaxDeduction(a.code)) - Number(isPreTaxDeduction(b.code)),
  );
  const words = ordered.map(
    (c) =>
      `${deductionLabel(c.code)}: ${usd(new Decimal(c.amount))} could not be taken because net pay could not cover it; it is carried to your next paycheck.`,
  );
  if (isPositive(taxedMore))
    words.push(
      `Of what was not taken before tax, ${usd(taxedMore)} is pay left in your taxable wages, so the taxes above are figured on the wages after the cut.`,
    );
  return words;
}

/**
 * Wages overpaid earlier in the year and recovered on this check: they come off this check's wages
 * (and so off every wage base), as the overpayment never was wages. At most the check's earnings;
 * the rest is left for a later check and the explanation says how much.
 */
function wageRecovery(input: PaycheckInput, earned: Decimal, explanation: string[]): Decimal {
  if (input.wageRecovery === undefined) return ZERO;
  const asked = new Decimal(input.wageRecovery);
  const recovery = min(asked, earned);
  if (!isPositive(recovery)) return ZERO;
  const rest = asked.minus(recovery);
  explanation.push(
    `Overpayment recovered: −${usd(recovery)} of wages paid in error earlier this year, so this check's wages are ${usd(earned.minus(recovery))}${isPositive(rest) ? ` (${usd(rest)} is left to recover on a later check)` : ""}.`,
  );
  return recovery;
}

function fixed(value: Decimal): string {
  return centsString(value);
}

/**
 * Gross-to-net for one employee's pay period: every cent of gross pay, deductions, employee taxes,
 * employer taxes and net pay, with one plain-language explanation line per step.
 *
 * Steps, always in this order:
 * 1. earnings and the overtime premium ({@link computeEarnings});
 * 2. deductions, capped by annual limits from the YTD input ({@link computeDeductions});
 * 3. wage bases: federal income tax = gross − 401(k) − Section 125; Social Security / Medicare / FUTA /
 *    SUTA = gross − Section 125; state per the state's module; workers' comp per NCCI Rule 2;
 * 4. federal income tax (Pub 15-T Worksheet 1A); 5. Social Security, Medicare, Additional Medicare;
 * 6. state income tax, the work state's employee programs and local taxes ({@link computeLocalTaxes}, only
 * with `localities`); 7. net pay, and with `deductionArrears` the cut of what it cannot cover
 * ({@link deferDeductions}, steps 3–6 figured again after a before-tax cut); 8. employer FICA, FUTA,
 * SUTA; 9. workers' compensation premium.
 *
 * Every amount is rounded to cents (half-up) at one named point in its step; net pay is then exact:
 * net = gross − employee taxes − deductions. Pure: tables are chosen by `payDate` from the built-in
 * tables and `sources` (tables loaded at run time, the client's carry-forward choice); no clock, no I/O.
 * A result computed with any unverified table lists them in `unverifiedTables`.
 *
 * @throws DomainError `payroll.unsupported_state` (work state without a module),
 *   `payroll.no_table_for_date` (no table for the pay date), `payroll.unknown_locality` (a locality code
 *   that names no known place), `payroll.negative_net_pay`,
 *   `input.invalid` (inconsistent earnings or timesheet).
 */
export function computePaycheck(input: PaycheckInput, sources?: TableSources): PaycheckResult {
  const { payDate, payFrequency } = input;
  const periods = PAY_PERIODS_PER_YEAR[payFrequency];
  const taxYear = payDate.slice(0, 4);
  const tables = new TableLookup(sources);
  const fitTable = tables.pick("federal.income_tax", FEDERAL_INCOME_TAX, payDate, "federal income tax");
  const ficaTable = tables.pick("federal.fica", FICA, payDate, "Social Security and Medicare");
  const futaTable = tables.pick("federal.futa", FUTA, payDate, "FUTA");
  const limits = tables.pick("federal.benefit_limits", BENEFIT_LIMITS, payDate, "benefit limit");
  const supplementalTable = tables.pick("federal.supplemental", SUPPLEMENTAL, payDate, "supplemental wages");
  const stateModule = input.workState === undefined ? undefined : stateWithholdingFor(input.workState);
  const ytd = input.ytd ?? {};
  const employer = input.employer ?? {};

  // 1. Earnings.
  const earnings = computeEarnings(input.earnings, input.timesheet, periods);
  const explanation = [...earnings.explanation];
  const recovered = wageRecovery(input, earnings.gross, explanation);
  const gross = earnings.gross.minus(recovered);

  // 2. Deductions.
  let deductions = computeDeductions(
    withArrears(input),
    gross,
    limits,
    taxYear,
    rothCatchUpOver(input, tables, payDate),
  );
  explanation.push(...deductions.explanation);

  // 3–6. Wage bases and employee taxes, on the deductions taken (figured again after a cut).
  const bonus = earnings.lines.filter((l) => l.code === "bonus").reduce((a, l) => a.plus(l.amount), ZERO);
  const method = supplementalMethod(input, bonus, gross, dec(ytd.supplementalWages), supplementalTable);
  const inForce = federalW4InForce(input.federalW4, payDate);
  const federalW4 = inForce.w4;
  if (inForce.lapsedExemption)
    explanation.push(
      `Your W-4's exemption from withholding lapsed on ${inForce.lapsedExemption} (an exempt claim must be renewed by February 15 each year), so federal income tax is withheld as Single with no adjustments until you give a new W-4.`,
    );
  const taxesOn = (taken: ComputedDeductions): EmployeeTaxes => {
    const said: string[] = [];
    // 3. Wage bases.
    const fitWages = gross.minus(taken.k401).minus(taken.section125);
    const ficaWages = gross.minus(taken.section125);
    if (fitWages.isNegative() || ficaWages.isNegative())
      throw new DomainError("payroll.negative_net_pay", "pre-tax deductions exceed gross pay", {
        userMessage: "The deductions are larger than the pay for this period.",
      });

    // 4. Federal income tax: regular wages by Worksheet 1A; bonus lines at the flat rates when the
    // check is withheld that way (supplemental wages come out of federal wages after the regular pay).
    const supplementalFit = method === "flat" ? min(bonus, fitWages) : ZERO;
    const regularFit = fitWages.minus(supplementalFit);
    let fitTax = ZERO;
    const paidApart = method === "aggregate" && bonus.equals(gross) ? input.aggregateWith : undefined;
    if (paidApart) {
      const aggregate = aggregateApartWithholding(fitWages, paidApart, periods, federalW4, fitTable, taxYear);
      fitTax = aggregate.tax;
      said.push(aggregate.explanation);
    } else if (isPositive(regularFit) || supplementalFit.isZero()) {
      const regular = computeFederalWithholding(regularFit, periods, federalW4, fitTable, taxYear);
      fitTax = regular.tax;
      said.push(regular.explanation);
    }
    if (isPositive(supplementalFit)) {
      const supplemental = flatSupplementalWithholding(
        supplementalFit,
        dec(ytd.supplementalWages),
        federalW4.exempt === true,
        supplementalTable,
      );
      fitTax = fitTax.plus(supplemental.tax);
      said.push(supplemental.explanation);
    }
    // 5. FICA.
    const fica = computeFica(
      ficaWages,
      dec(ytd.socialSecurityWages),
      dec(ytd.medicareWages),
      ficaTable,
      ytd.socialSecurityTax === undefined ? undefined : dec(ytd.socialSecurityTax),
    );
    said.push(...fica.explanation);

    // 6. State income tax.
    let stateWages = ZERO;
    let stateTax = ZERO;
    const stateContext: StateWithholdingContext = {
      payDate,
      payFrequency,
      periodsPerYear: periods,
      wages: { gross, federal: fitWages, fica: ficaWages, k401: taken.k401, hsa: taken.hsa },
      federalIncomeTax: fitTax,
      stateW4: input.stateW4,
      federalW4,
      tables,
      supplementalFlat: supplementalFit,
      ...(input.localities ? { localTaxesFollow: true } : {}),
    };
    if (stateModule) {
      const state =
        input.stateSupplementalMethod === "flat"
          ? withStateSupplementalRate(stateModule, stateContext)
          : stateModule.compute(stateContext);
      stateWages = state.wages;
      stateTax = state.tax;
      said.push(state.explanation);
    } else {
      said.push("State income tax: none computed, because no work state was given.");
    }

    // 6b. The work state's employee-paid programs (disability insurance, paid leave, employee
    // unemployment). The year's program wages so far are the YTD Medicare wages (gross − Section 125,
    // never capped), or the Social Security wages when only those were given.
    const programs = computeEmployeePrograms({
      workState: input.workState,
      wages: ficaWages,
      incomeTaxWages: fitWages,
      socialSecurityWages: fica.socialSecurityWages,
      ytdWages: max(dec(ytd.medicareWages), dec(ytd.socialSecurityWages)),
      periodsPerYear: periods,
      payDate,
      tables,
    });
    said.push(...programs.explanation);

    // 6c. Local taxes, only when the request says where the employee lives or works.
    const locals = input.localities
      ? computeLocalTaxes({
          localities: input.localities,
          workState: input.workState,
          ctx: stateContext,
          ytdLocalServicesTax: dec(ytd.localServicesTax),
          ytdWages: dec(ytd.medicareWages),
        })
      : undefined;
    if (locals) said.push(...locals.explanation);
    const transitDistrict = input.localities?.transitDistrict;
    const transit =
      transitDistrict === undefined
        ? undefined
        : transitDistrictTax(transitDistrict, stateContext.wages.fica, tables, payDate);
    if (transit) said.push(transit.explanation);

    const stateAndFederal = programs.lines.reduce(
      (sum, p) => sum.plus(p.amount),
      fitTax.plus(fica.socialSecurity).plus(fica.medicare).plus(fica.additionalMedicare).plus(stateTax),
    );
    const total = locals
      ? locals.lines.reduce((sum, l) => sum.plus(l.amount), stateAndFederal)
      : stateAndFederal;
    return {
      fitWages,
      ficaWages,
      fitTax,
      fica,
      stateWages,
      stateTax,
      programs,
      locals,
      transit,
      total,
      said,
    };
  };

  // 7. Net pay; with `deductionArrears`, a shortfall cuts deductions and is carried to the next check.
  let arrears: { code: string; amount: string }[] | undefined;
  let taxedMore = ZERO;
  let taxed: EmployeeTaxes;
  if (input.deductionArrears === undefined) taxed = taxesOn(deductions);
  else {
    const deferred = deferDeductions(deductions, gross, taxesOn);
    deductions = deferred.taken;
    taxed = deferred.taxed;
    arrears = deferred.carried;
    taxedMore = deferred.taxedMore;
  }
  const { fitWages, ficaWages, fitTax, fica, stateWages, stateTax, programs, locals, transit } = taxed;
  const employeeTaxes = taxed.total;
  explanation.push(...taxed.said);
  if (arrears) explanation.push(...carriedWords(arrears, taxedMore));
  const net = gross.minus(employeeTaxes).minus(deductions.total);
  if (net.isNegative())
    throw new DomainError(
      "payroll.negative_net_pay",
      `taxes and deductions (${usd(employeeTaxes.plus(deductions.total))}) exceed gross pay (${usd(gross)})`,
      { userMessage: "Taxes and deductions are larger than the pay for this period." },
    );
  explanation.push(
    `Net pay: ${usd(gross)} gross − ${usd(employeeTaxes)} taxes − ${usd(deductions.total)} deductions = ${usd(net)}.`,
  );

  // 8. Employer taxes.
  explanation.push(
    `Your employer also pays Social Security ${usd(fica.socialSecurity)} and Medicare ${usd(fica.medicare)}, matching yours.`,
  );
  const futaRate =
    employer.futaCreditReduction === undefined || employer.futaCreditReduction === "0"
      ? constant(futaTable.netRate)
      : constant(futaTable.netRate).plus(employer.futaCreditReduction);
  const futa = computeUnemploymentTax(
    "Federal unemployment tax (FUTA)",
    ficaWages,
    dec(ytd.futaWages),
    futaRate,
    constant(futaTable.wageBase),
  );
  explanation.push(futa.explanation);
  let suta = { wages: ZERO, tax: ZERO };
  if (employer.sutaRate !== undefined && employer.sutaWageBase !== undefined) {
    const s = computeUnemploymentTax(
      `State unemployment tax${input.workState ? ` (${input.workState})` : ""}`,
      ficaWages,
      dec(ytd.sutaWages),
      constant(employer.sutaRate),
      constant(employer.sutaWageBase),
    );
    suta = s;
    explanation.push(s.explanation);
  }

  // 9. Workers' compensation.
  let wcPayroll = gross.minus(earnings.premium);
  let wcPremium = ZERO;
  if (employer.workersComp) {
    const wc = computeWorkersComp(gross, earnings.premium, input.workState, employer.workersComp);
    wcPayroll = wc.payroll;
    wcPremium = wc.premium;
    explanation.push(wc.explanation);
  }

  return {
    id: input.id,
    gross: fixed(gross),
    earnings: earnings.lines.map((l) => {
      const line: PaycheckResult["earnings"][number] = { code: l.code, amount: fixed(l.amount) };
      if (l.hours) line.hours = l.hours.toString();
      if (l.rate) line.rate = l.rate.toString();
      return line;
    }),
    taxableWages: {
      federalIncomeTax: fixed(fitWages),
      socialSecurity: fixed(fica.socialSecurityWages),
      medicare: fixed(ficaWages),
      futa: fixed(futa.wages),
      suta: fixed(suta.wages),
      state: fixed(stateWages),
      workersComp: fixed(wcPayroll),
    },
    employeeTaxes: {
      federalIncomeTax: fixed(fitTax),
      socialSecurity: fixed(fica.socialSecurity),
      medicare: fixed(fica.medicare),
      additionalMedicare: fixed(fica.additionalMedicare),
      stateIncomeTax: fixed(stateTax),
    },
    deductions: deductions.lines.map((d) => {
      const line: PaycheckResult["deductions"][number] = {
        code: d.code,
        amount: fixed(d.amount),
        preTax: d.preTax,
      };
      if (d.capped) {
        line.requested = fixed(d.requested);
        line.capped = true;
      }
      if (d.arrears) line.arrears = true;
      return line;
    }),
    net: fixed(net),
    employerTaxes: {
      socialSecurity: fixed(fica.socialSecurity),
      medicare: fixed(fica.medicare),
      futa: fixed(futa.tax),
      suta: fixed(suta.tax),
    },
    workersCompPremium: fixed(wcPremium),
    ...(isPositive(recovered) ? { wageRecovery: fixed(recovered) } : {}),
    ...(arrears ? { deductionArrears: arrears } : {}),
    overtimePremium: {
      total: fixed(earnings.premium),
      flsaQualified: fixed(earnings.flsaPremium),
      stateOnly: fixed(earnings.stateOnlyPremium),
    },
    explanation,
    ...(programs.lines.length
      ? {
          statePrograms: programs.lines.map((p) => ({
            code: p.code,
            name: p.name,
            wages: fixed(p.wages),
            amount: fixed(p.amount),
          })),
        }
      : {}),
    ...(locals
      ? {
          localTaxes: locals.lines.map((l) => ({
            code: l.code,
            name: l.name,
            jurisdiction: l.jurisdiction,
            wages: fixed(l.wages),
            amount: fixed(l.amount),
          })),
        }
      : {}),
    ...(transit
      ? {
          employerLocalTaxes: [transit.line].map((l) => ({
            code: l.code,
            name: l.name,
            jurisdiction: l.jurisdiction,
            wages: fixed(l.wages),
            amount: fixed(l.amount),
          })),
        }
      : {}),
    ...unverified(tables),
  };
}

/** `unverifiedTables` only when there are some, so results on verified tables stay as they were. */
function unverified(tables: TableLookup): Pick<PaycheckResult, "unverifiedTables"> {
  const list = tables.unverifiedTables();
  return list.length ? { unverifiedTables: list } : {};
}
