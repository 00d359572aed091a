import { Money } from "../money/money";
import { pickDated } from "../tables/dated";
import { FICA } from "../tables/us/fica";
import { deductionLabel, isPreTaxDeduction } from "./deductions";
import type { BenefitElectionBasis, PaycheckBasis } from "./paycheck-basis";
import type { DeductionInput, FederalW4Input, LocalitiesInput, StateW4Input } from "./paycheck-input";

/**
 * The figures of a computed paycheck that explaining a change reads. Both the engine's result and the
 * stored ledger figures have this shape, so a posted paycheck and a what-if are explained one way.
 */
export type PaycheckOutcome = {
  payDate?: string;
  gross: string;
  net: string;
  earnings: readonly { code: string; amount: string; hours?: string; rate?: string }[];
  taxableWages: { socialSecurity: string; medicare: string };
  employeeTaxes: {
    federalIncomeTax: string;
    socialSecurity: string;
    medicare: string;
    additionalMedicare: string;
    stateIncomeTax: string;
  };
  deductions: readonly { code: string; amount: string; capped?: boolean; arrears?: true }[];
  statePrograms?: readonly { code: string; amount: string }[];
  /**
   * What net pay could not cover and was carried on: the engine's list, or the stored figures'
   * `carriedOut`.
   */
  deductionArrears?:
    | readonly { code: string; amount: string }[]
    | { carriedOut: readonly { code: string; amount: string }[] };
};

/** One paycheck of a comparison: its pay date, what it was computed from (when kept) and its figures. */
export type ComparedPaycheck = {
  payDate: string;
  basis?: PaycheckBasis | undefined;
  outcome: PaycheckOutcome;
};

export const CHANGE_CAUSES = [
  "hours",
  "overtime",
  "pay_rate",
  "salary",
  "bonus",
  "deduction",
  "benefit_tier",
  "tax_year",
  "social_security_wage_base",
  "additional_medicare",
  "401k_limit",
  "hsa_limit",
  "deduction_arrears",
  "work_state",
  "locality",
  "federal_w4",
  "state_w4",
  "pay_frequency",
  "rounding",
  "unexplained",
] as const;
export type ChangeCauseKind = (typeof CHANGE_CAUSES)[number];

/** A reason the second paycheck differs from the first, in plain words. */
export type ChangeCause = { kind: ChangeCauseKind; text: string };

/**
 * Whether the second check is smaller, bigger or essentially the same: a net difference under a dollar
 * with nothing changed in what the checks were computed from is rounding, not a change.
 */
export type ChangeVerdict = {
  direction: "smaller" | "bigger" | "same";
  /** after.net − before.net (decimal string). */
  netChange: string;
  essentiallySame: boolean;
};

export type PaycheckChangeExplanation = { verdict: ChangeVerdict; causes: ChangeCause[] };

const ESSENTIALLY_SAME_UNDER = Money.of("1.00");

const fmt = (m: Money) => m.format();
const sumOf = (lines: readonly { amount: string }[]) =>
  lines.reduce((a, l) => a.plus(Money.of(l.amount)), Money.zero());
const hoursOf = (o: PaycheckOutcome, codes: readonly string[]) =>
  o.earnings
    .filter((e) => codes.includes(e.code) && e.hours !== undefined)
    .reduce((a, e) => a.plus(Money.of(e.hours ?? "0")), Money.zero());
const hoursText = (m: Money) => m.toFixed().replace(/\.?0+$/, "");

function regularRate(o: PaycheckOutcome, basis: PaycheckBasis | undefined): Money | undefined {
  const line = o.earnings.find((e) => e.code === "regular" && e.rate !== undefined);
  if (line?.rate) return Money.of(line.rate);
  if (basis?.input.timesheet) return Money.of(basis.input.timesheet.rate);
  const input = basis?.input.earnings.find((e) => e.code === "regular");
  return input && "rate" in input ? Money.of(input.rate) : undefined;
}

const DEDUCTION_PLAN_TYPE: Record<string, string> = {
  section125_medical: "medical",
  section125_dental: "dental",
  section125_vision: "vision",
  hsa_section125: "hsa",
  health_fsa: "health_fsa",
  dependent_care_fsa: "dependent_care_fsa",
};

const DEDUCTION_LABEL: Record<string, string> = {
  "401k": "401(k)",
  roth_401k: "Roth 401(k)",
  section125_medical: "medical premium",
  section125_dental: "dental premium",
  section125_vision: "vision premium",
  hsa_section125: "HSA contribution",
  health_fsa: "health FSA contribution",
  dependent_care_fsa: "dependent care FSA contribution",
};

const TIER_LABEL: Record<string, string> = {
  employee: "employee only",
  employee_spouse: "employee + spouse",
  employee_children: "employee + children",
  employee_plus_one: "employee + one",
  family: "family",
};

function describeDeduction(d: DeductionInput): string {
  return d.percent !== undefined ? `${d.percent}% of pay` : fmt(Money.of(d.amount ?? "0"));
}

function deductionsByCode(basis: PaycheckBasis): Map<string, DeductionInput[]> {
  const map = new Map<string, DeductionInput[]>();
  for (const d of basis.input.deductions ?? []) map.set(d.code, [...(map.get(d.code) ?? []), d]);
  return map;
}

function sameDeductions(a: DeductionInput[] | undefined, b: DeductionInput[] | undefined): boolean {
  const key = (l: DeductionInput[] | undefined) =>
    (l ?? [])
      .map((d) =>
        d.percent !== undefined
          ? `p${Money.of(d.percent).toFixed()}`
          : `a${Money.of(d.amount ?? "0").toFixed()}`,
      )
      .sort()
      .join(",");
  return key(a) === key(b);
}

function electionFor(
  benefits: readonly BenefitElectionBasis[] | undefined,
  planType: string,
): BenefitElectionBasis | undefined {
  return benefits?.find((b) => b.planType === planType);
}

function deductionCauses(before: PaycheckBasis, after: PaycheckBasis): ChangeCause[] {
  const causes: ChangeCause[] = [];
  const a = deductionsByCode(before);
  const b = deductionsByCode(after);
  for (const code of new Set([...a.keys(), ...b.keys()])) {
    if (sameDeductions(a.get(code), b.get(code))) continue;
    const label = DEDUCTION_LABEL[code] ?? code.replaceAll("_", " ");
    const planType = DEDUCTION_PLAN_TYPE[code];
    const was = electionFor(before.benefits, planType ?? "");
    const now = electionFor(after.benefits, planType ?? "");
    if (was && now && was.tier !== now.tier) {
      causes.push({
        kind: "benefit_tier",
        text: `Your ${planType} coverage changed from ${TIER_LABEL[was.tier] ?? was.tier} to ${TIER_LABEL[now.tier] ?? now.tier}: your share went from ${fmt(Money.of(was.employeeCost))} to ${fmt(Money.of(now.employeeCost))} a paycheck.`,
      });
      continue;
    }
    const from = a.get(code);
    const to = b.get(code);
    const text = !from
      ? `A new ${label} deduction started: ${to?.map(describeDeduction).join(" + ")} a paycheck.`
      : !to
        ? `Your ${label} deduction (${from.map(describeDeduction).join(" + ")}) stopped.`
        : `Your ${label} deduction changed from ${from.map(describeDeduction).join(" + ")} to ${to.map(describeDeduction).join(" + ")}.`;
    causes.push({ kind: "deduction", text });
  }
  return causes;
}

const FILING_LABEL: Record<string, string> = {
  single: "single",
  married: "married",
  married_jointly: "married filing jointly",
  married_separately: "married filing separately",
  head_of_household: "head of household",
};

function federalW4Change(a: FederalW4Input, b: FederalW4Input): string | undefined {
  if (JSON.stringify(normalizeW4(a)) === JSON.stringify(normalizeW4(b))) return undefined;
  const parts: string[] = [];
  if (a.filingStatus !== b.filingStatus)
    parts.push(
      `filing status ${FILING_LABEL[a.filingStatus] ?? a.filingStatus} → ${FILING_LABEL[b.filingStatus] ?? b.filingStatus}`,
    );
  if (Boolean(a.exempt) !== Boolean(b.exempt))
    parts.push(b.exempt ? "now claims exemption from withholding" : "no longer claims exemption");
  const extra = (w: FederalW4Input) =>
    Money.of((w.version === 2020 ? w.step4cExtraWithholding : w.extraWithholding) ?? "0");
  if (!extra(a).equals(extra(b)))
    parts.push(`extra withholding ${fmt(extra(a))} → ${fmt(extra(b))} a paycheck`);
  if (parts.length === 0) parts.push("its amounts changed");
  return `Your federal W-4 changed (${parts.join("; ")}), so federal income tax withholding changed.`;
}

/** A W-4 with money fields as cents and absent booleans false, so equal certificates compare equal. */
function normalizeW4(w: FederalW4Input): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(w)) {
    if (v === undefined || v === false) continue;
    out[k] = typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) ? Money.of(v).toFixed() : v;
  }
  return Object.fromEntries(Object.entries(out).sort(([x], [y]) => x.localeCompare(y)));
}

/** Where the employee lives or works for local taxes, when either changed (home first). */
function localityMove(a: LocalitiesInput | undefined, b: LocalitiesInput | undefined): string | undefined {
  const parts: string[] = [];
  for (const [key, words] of [
    ["home", "where you live"],
    ["work", "where you work"],
  ] as const) {
    const from = a?.[key]?.toUpperCase() ?? "none";
    const to = b?.[key]?.toUpperCase() ?? "none";
    if (from !== to) parts.push(`${words} changed from ${from} to ${to}`);
  }
  return parts.length ? `For local taxes, ${parts.join(" and ")}.` : undefined;
}

function stateW4WithoutLocality(w: StateW4Input | undefined): string {
  const { locality: _l, ...rest } = w ?? {};
  return JSON.stringify(normalizeW4(rest as unknown as FederalW4Input));
}

function limitCause(
  code: "401k" | "hsa",
  before: PaycheckOutcome,
  after: PaycheckOutcome,
  year: string,
): ChangeCause | undefined {
  const codes = code === "401k" ? ["401k", "roth_401k"] : ["hsa_section125"];
  const lines = (o: PaycheckOutcome) => o.deductions.filter((d) => codes.includes(d.code));
  const cappedNow = lines(after).some((d) => d.capped);
  if (!cappedNow) return undefined;
  const cappedBefore = lines(before).some((d) => d.capped);
  if (cappedBefore && !sumOf(lines(after)).lessThan(sumOf(lines(before)))) return undefined;
  return code === "401k"
    ? {
        kind: "401k_limit",
        text: `You reached the ${year} 401(k) contribution limit: only ${fmt(sumOf(lines(after)))} could go in this paycheck, and nothing more until next year.`,
      }
    : {
        kind: "hsa_limit",
        text: `You reached the ${year} HSA contribution limit: only ${fmt(sumOf(lines(after)))} could go in this paycheck, and nothing more until next year.`,
      };
}

const carriedOutLines = (o: PaycheckOutcome): readonly { code: string; amount: string }[] =>
  o.deductionArrears === undefined
    ? []
    : "carriedOut" in o.deductionArrears
      ? o.deductionArrears.carriedOut
      : o.deductionArrears;

/** "Medical premium (Section 125) $48.13, Dental premium (Section 125) $20.00": each code once. */
function namedAmounts(lines: readonly { code: string; amount: string }[]): string {
  const byCode = new Map<string, Money>();
  for (const l of lines) byCode.set(l.code, (byCode.get(l.code) ?? Money.zero()).plus(Money.of(l.amount)));
  return [...byCode]
    .filter(([, m]) => !m.isZero())
    .map(([code, m]) => `${deductionLabel(code)} ${fmt(m)}`)
    .join(", ");
}

/**
 * Deduction arrears, a figure only the engine knows: what net pay could not cover this time (carried
 * to the next check), and what this check took of arrears earlier checks left. Each deduction is
 * named; a before-tax one not taken was taxed as wages, which moves the taxes too.
 */
function arrearsCauses(before: PaycheckOutcome, after: PaycheckOutcome): ChangeCause[] {
  const causes: ChangeCause[] = [];
  const out = carriedOutLines(after);
  const carried = sumOf(out);
  if (carried.isPositive() && !carried.equals(sumOf(carriedOutLines(before))))
    causes.push({
      kind: "deduction_arrears",
      text: `Your pay could not cover all of your deductions after taxes: ${fmt(carried)} was not taken (${namedAmounts(out)}) and is carried to your next paycheck.${
        out.some((l) => isPreTaxDeduction(l.code))
          ? " What was not taken before tax was taxed as wages, so your taxes are higher too."
          : ""
      }`,
    });
  const takenLines = (o: PaycheckOutcome) => o.deductions.filter((d) => d.arrears);
  const takenA = sumOf(takenLines(before));
  const takenB = sumOf(takenLines(after));
  if (!takenA.equals(takenB))
    causes.push({
      kind: "deduction_arrears",
      text: takenB.isZero()
        ? `The earlier check also took ${fmt(takenA)} of deductions earlier paychecks could not cover (${namedAmounts(takenLines(before))}); this one has none to take.`
        : `This check also took ${fmt(takenB)} of deductions earlier paychecks could not cover (${namedAmounts(takenLines(after))}).`,
    });
  return causes;
}

function wageBaseCause(before: ComparedPaycheck, after: ComparedPaycheck): ChangeCause | undefined {
  const capped = (o: PaycheckOutcome) =>
    Money.of(o.taxableWages.socialSecurity).lessThan(Money.of(o.taxableWages.medicare));
  const base = pickDated(FICA, after.payDate)?.value.socialSecurityWageBase;
  const baseText = base ? ` (${fmt(Money.of(base))})` : "";
  if (capped(after.outcome) && !capped(before.outcome))
    return {
      kind: "social_security_wage_base",
      text: `Your pay this year reached Social Security's wage base${baseText}: Social Security tax (6.2%) stops on pay above it until next year, so ${Money.of(after.outcome.taxableWages.socialSecurity).isZero() ? "none was" : "less was"} taken this time.`,
    };
  if (
    capped(before.outcome) &&
    !capped(after.outcome) &&
    before.payDate.slice(0, 4) !== after.payDate.slice(0, 4)
  )
    return {
      kind: "social_security_wage_base",
      text: `Social Security tax starts again with the new year: last year your pay had reached its wage base, so the earlier check had ${Money.of(before.outcome.taxableWages.socialSecurity).isZero() ? "none" : "less"}.`,
    };
  return undefined;
}

function additionalMedicareCause(before: ComparedPaycheck, after: ComparedPaycheck): ChangeCause | undefined {
  const a = Money.of(before.outcome.employeeTaxes.additionalMedicare);
  const b = Money.of(after.outcome.employeeTaxes.additionalMedicare);
  const threshold = pickDated(FICA, after.payDate)?.value.additionalMedicareThreshold;
  const over = threshold ? ` ${fmt(Money.of(threshold))}` : " the threshold";
  if (a.isZero() && b.isPositive())
    return {
      kind: "additional_medicare",
      text: `Your pay from this employer this year passed${over}, so Additional Medicare tax (0.9%) started: ${fmt(b)} this paycheck.`,
    };
  if (a.isPositive() && b.isZero() && before.payDate.slice(0, 4) !== after.payDate.slice(0, 4))
    return {
      kind: "additional_medicare",
      text: `Additional Medicare tax (${fmt(a)} on the earlier check) stops with the new year until your pay passes${over} again.`,
    };
  return undefined;
}

/**
 * Why the second paycheck differs from the first, decided from what each was computed from (the engine
 * input and enrollments kept with it) and their figures: hours, overtime, pay rate or salary, a bonus, a
 * new or changed deduction, a benefit tier, the tax year's tables, Social Security's wage base,
 * Additional Medicare, a 401(k) or HSA limit, the work state or locality, a W-4, the pay frequency.
 * Consequences (the taxes that follow a change in pay) are not causes. A net change under a dollar
 * with no cause is rounding, and said to be essentially the same. Without a kept input (paychecks
 * stored before inputs were kept) only the causes the figures show are named.
 */
export function explainPaycheckDifference(
  before: ComparedPaycheck,
  after: ComparedPaycheck,
): PaycheckChangeExplanation {
  const causes: ChangeCause[] = [];
  const a = before.outcome;
  const b = after.outcome;
  const yearA = before.payDate.slice(0, 4);
  const yearB = after.payDate.slice(0, 4);

  const regA = hoursOf(a, ["regular"]);
  const regB = hoursOf(b, ["regular"]);
  if (!regA.equals(regB))
    causes.push({
      kind: "hours",
      text: `You were paid for ${hoursText(regB)} regular hours, against ${hoursText(regA)} before.`,
    });
  const otA = hoursOf(a, ["overtime", "double_time"]);
  const otB = hoursOf(b, ["overtime", "double_time"]);
  if (!otA.equals(otB))
    causes.push({
      kind: "overtime",
      text: otB.isZero()
        ? `No overtime this time (${hoursText(otA)} overtime hours before).`
        : `You had ${hoursText(otB)} overtime hours, against ${hoursText(otA)} before (overtime pays 1.5× your regular rate).`,
    });
  const rateA = regularRate(a, before.basis);
  const rateB = regularRate(b, after.basis);
  if (rateA && rateB && !rateA.equals(rateB))
    causes.push({ kind: "pay_rate", text: `Your hourly rate changed from ${fmt(rateA)} to ${fmt(rateB)}.` });
  const salaryA = sumOf(a.earnings.filter((e) => e.code === "salary"));
  const salaryB = sumOf(b.earnings.filter((e) => e.code === "salary"));
  if (!salaryA.equals(salaryB) && !salaryA.isZero() && !salaryB.isZero())
    causes.push({
      kind: "salary",
      text: `Your salary for the pay period changed from ${fmt(salaryA)} to ${fmt(salaryB)}.`,
    });
  const bonusA = sumOf(a.earnings.filter((e) => e.code === "bonus"));
  const bonusB = sumOf(b.earnings.filter((e) => e.code === "bonus"));
  if (!bonusA.equals(bonusB))
    causes.push({
      kind: "bonus",
      text: bonusB.isZero()
        ? `The earlier check included one-time pay (a bonus or paid time off) of ${fmt(bonusA)}; this one has none.`
        : bonusA.isZero()
          ? `This check includes one-time pay (a bonus or paid time off) of ${fmt(bonusB)}.`
          : `One-time pay (bonus or paid time off) was ${fmt(bonusB)}, against ${fmt(bonusA)} before.`,
    });

  if (before.basis && after.basis) {
    causes.push(...deductionCauses(before.basis, after.basis));
    const inA = before.basis.input;
    const inB = after.basis.input;
    if (inA.payFrequency !== inB.payFrequency)
      causes.push({
        kind: "pay_frequency",
        text: `You are now paid ${inB.payFrequency} instead of ${inA.payFrequency}.`,
      });
    if ((inA.workState ?? "") !== (inB.workState ?? ""))
      causes.push({
        kind: "work_state",
        text: `Your work state changed from ${inA.workState ?? "none"} to ${inB.workState ?? "none"}: ${inB.workState ?? "no"} state's income tax and programs apply now.`,
      });
    else if ((inA.stateW4?.locality ?? "") !== (inB.stateW4?.locality ?? ""))
      causes.push({
        kind: "locality",
        text: `Your locality for local income tax changed from ${inA.stateW4?.locality ?? "none"} to ${inB.stateW4?.locality ?? "none"}.`,
      });
    else {
      const moved = localityMove(inA.localities, inB.localities);
      if (moved) causes.push({ kind: "locality", text: moved });
    }
    const fed = federalW4Change(inA.federalW4, inB.federalW4);
    if (fed) causes.push({ kind: "federal_w4", text: fed });
    if (
      (inA.workState ?? "") === (inB.workState ?? "") &&
      stateW4WithoutLocality(inA.stateW4) !== stateW4WithoutLocality(inB.stateW4)
    )
      causes.push({
        kind: "state_w4",
        text: "Your state withholding certificate changed, so state income tax withholding changed.",
      });
  }
  const k401 = limitCause("401k", a, b, yearB);
  if (k401) causes.push(k401);
  const hsa = limitCause("hsa", a, b, yearB);
  if (hsa) causes.push(hsa);
  causes.push(...arrearsCauses(a, b));
  const wageBase = wageBaseCause(before, after);
  if (wageBase) causes.push(wageBase);
  const addlMedicare = additionalMedicareCause(before, after);
  if (addlMedicare) causes.push(addlMedicare);
  if (yearA !== yearB)
    causes.push({
      kind: "tax_year",
      text: `This check is paid in ${yearB}, so ${yearB}'s tax tables apply (federal withholding brackets and standard amounts, the Social Security wage base, benefit limits), not ${yearA}'s.`,
    });

  const change = Money.of(b.net).minus(Money.of(a.net));
  const small = change.negated().max(change).lessThan(ESSENTIALLY_SAME_UNDER);
  const essentiallySame = small && causes.length === 0;
  if (causes.length === 0 && !change.isZero())
    causes.push(
      small
        ? {
            kind: "rounding",
            text: `Nothing in your pay, hours, deductions or tax forms changed: the ${fmt(change.negated().max(change))} difference is rounding of the taxes to the cent.`,
          }
        : {
            kind: "unexplained",
            text: "I can't tie the difference to a change in your pay, hours, deductions, benefits or tax forms; a payroll specialist can look at it with you.",
          },
    );
  return {
    verdict: {
      direction: change.isZero() ? "same" : change.isNegative() ? "smaller" : "bigger",
      netChange: change.toFixed(),
      essentiallySame: essentiallySame || change.isZero(),
    },
    causes,
  };
}
